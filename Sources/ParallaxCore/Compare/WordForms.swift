/// Words reduced for comparing outlets: lower case, one spelling edition, crude stems, no function words.
enum WordForms {
    static let stopwords: Set<String> = Set("""
        a an the and or but if then than so of in on at to for from by with about as into over after before under
        between through during against without within is are was were be been being has have had do does did will
        would can could should may might must shall it its this that these those there here he she they we i you him
        her them us me my our your their his who whom whose which what when where why how not no nor also just very
        more most some any all each every both either neither other such only own same too s said says say told tell
        one two three per cent percent mr mrs ms dr according
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// A crude stem: `prejudices`, `prejudiced`, `prejudice` → `prejudic`; `naturally` → `natural`.
    static func stem(_ word: String) -> String {
        var word = DamagedCopyQuotes.fold(word)
        for suffix in ["ingly", "edly", "ness", "ment", "ings", "ing", "ies", "ied", "ly", "es", "ed", "er", "s", "e", "y"]
        where word.count > suffix.count + 3 && word.hasSuffixBytes(suffix) {
            word.removeLast(suffix.count)
            break
        }
        return word
    }

    /// Stems that translations and paraphrases use for one idea, mapped to one of them
    /// ("alarm and worry other users" / "arouse anxiety and concerns among other users").
    static let synonyms: [String: String] = {
        let groups = [
            "concern worr anxiet alarm fear", "respons retaliat retaliatory countermeasur reaction", "prejudic bias",
            "press media", "platform network site", "ban block bar", "regret sorry", "user client customer",
            "attack assault", "aggressiv hostil", "decision decid", "step move measur",
        ]
        var table: [String: String] = [:]
        for group in groups {
            let stems = group.spaceSeparated().map(String.init)
            for stem in stems.dropFirst() { table[stem] = stems[0] }
        }
        return table
    }()

    /// The content stems of a text, in order, synonyms folded together.
    static func contentStems(_ text: String) -> [String] {
        TextScanning.words(text).compactMap { raw in
            let word = DamagedCopyQuotes.fold(String(raw))
            guard !stopwords.contains(word), word.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) || word.count > 1 else { return nil }
            let stem = stem(word)
            return synonyms[stem] ?? stem
        }
    }
}
