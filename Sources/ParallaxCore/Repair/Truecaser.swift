/// Restores the case of a lower-cased paragraph: first from how the story's other articles write each
/// word in the same context, then from the built-in lexicon, then by sentence starts and titles.
///
/// Only the case of letters changes, and apostrophes are added where the story writes them
/// (`voters faith` → `voters’ faith`); no letter is ever added, dropped or replaced.
struct Truecaser {
    let model: CaseModel

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "jan", "feb", "aug",
        "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "jr", "sr", "no", "vs", "mt", "ft", "ave", "prof", "rev",
    ]

    /// True when the text between two words ends a sentence (a period, question or exclamation mark)
    /// and the word before it is not an abbreviation or an initial.
    static func endsSentence(gap: Substring, before previous: Substring?) -> Bool {
        guard let mark = gap.last(where: { $0 == "." || $0 == "?" || $0 == "!" || $0 == ":" || $0 == ";" || $0.isLetter }) else { return false }
        guard mark == "." || mark == "?" || mark == "!" else { return false }
        // An ellipsis marks words left out, usually mid-sentence.
        if gap.containsBytes("...") || gap.containsBytes("…") { return false }
        if mark == ".", let previous {
            if previous.containsBytes(".") || previous.count == 1 && previous.first!.isLetter { return false }
            if abbreviations.contains(previous.lowercased()) { return false }
        }
        return true
    }

    /// Words that start a sentence but never follow an abbreviation inside one: "in the U.S. The …".
    static let sentenceOpeners: Set<String> = ["the", "he", "she", "it", "they", "we", "but", "this", "there", "his", "her", "their", "its"]

    static func startsAfterAbbreviation(gap: Substring, previous: String?, key: String) -> Bool {
        guard let previous, previous.containsBytes("."), gap.hasPrefixBytes("."), sentenceOpeners.contains(key) else { return false }
        return true
    }

    func apply(_ paragraph: String) -> String {
        let words = TextScanning.words(paragraph)
        guard !words.isEmpty else { return paragraph }
        let keys = words.map { $0.lowercased() }
        var forms: [String] = []
        forms.reserveCapacity(words.count)
        var starts: [Bool] = []
        var previousEnd = paragraph.startIndex
        for (index, word) in words.enumerated() {
            let gap = paragraph[previousEnd..<word.startIndex]
            starts.append(index == 0 || Self.endsSentence(gap: gap, before: index > 0 ? words[index - 1] : nil)
                || Self.startsAfterAbbreviation(gap: gap, previous: index > 0 ? keys[index - 1] : nil, key: keys[index]))
            previousEnd = word.endIndex
            var (form, storySays) = form(at: index, keys: keys)
            // An initial: a lone letter with a period ("george w. bush").
            if !storySays, keys[index].count == 1, keys[index] != "a", word.endIndex < paragraph.endIndex, paragraph[word.endIndex] == "." {
                form = form.uppercased()
            }
            forms.append(form)
        }
        // Titles, right to left ("vice president Pence"): the story's form in this exact context if it
        // has one; else capitalised before a capitalised name, lower-case otherwise.
        for index in forms.indices.reversed() where Lexicon.titles.contains(keys[index]) {
            let next = index + 1 < keys.count ? keys[index + 1] : nil
            if let next, let form = model.titledForm(for: keys[index], previous: index > 0 ? keys[index - 1] : nil, next: next) {
                forms[index] = form
            } else if let nextForm = index + 1 < forms.count ? forms[index + 1] : nil, nextForm.first?.isUppercase == true,
                !["the", "a", "an"].contains(index > 0 ? keys[index - 1] : "")
            {
                forms[index] = capitalisingFirst(keys[index])
            } else if !keys[index].isOne(of: ["mr", "mrs", "ms", "dr"]) {
                forms[index] = keys[index]
            }
        }
        // Outlet names that begin with "The": "told the associated press" → "told The Associated Press".
        for index in keys.indices where keys[index] == "the" {
            for name in Lexicon.namesWithThe where index + name.count <= keys.count {
                if zip(name, keys[index...]).allSatisfy({ $0.lowercased() == $1 }) {
                    for (offset, part) in name.enumerated() { forms[index + offset] = part }
                    break
                }
            }
        }
        for index in forms.indices where starts[index] { forms[index] = capitalisingFirst(forms[index]) }

        var out = ""
        out.reserveCapacity(paragraph.utf8.count + 8)
        var cursor = paragraph.startIndex
        for (index, word) in words.enumerated() {
            out += paragraph[cursor..<word.startIndex]
            // Guard the law: only case may differ.
            out += forms[index].lowercased() == keys[index] ? forms[index] : String(word)
            cursor = word.endIndex
            if index + 1 < words.count, let restored = model.apostrophes[keys[index] + " " + keys[index + 1]],
                cursor < paragraph.endIndex, paragraph[cursor] == " "
            {
                out.append(restored.last!)
            }
        }
        out += paragraph[cursor...]
        return out
    }

    /// The word's form, and whether the story's own articles gave it.
    private func form(at index: Int, keys: [String]) -> (String, Bool) {
        let key = keys[index]
        let previous = index > 0 ? keys[index - 1] : nil
        let next = index + 1 < keys.count ? keys[index + 1] : nil
        if let form = model.form(for: key, previous: previous, next: next) { return (form, true) }
        return (builtInForm(key, previous: previous, next: next), false)
    }

    private func builtInForm(_ key: String, previous: String?, next: String?) -> String {
        // A possessive takes its owner's form: "ruiz's" → "Ruiz's".
        for suffix in ["'s", "’s"] where key.hasSuffixBytes(suffix) && key.count > 2 {
            let owner = String(key.dropLast(2))
            let form = model.form(for: owner, previous: previous, next: next) ?? builtInForm(owner, previous: previous, next: next)
            return form + suffix
        }
        if let next, let parts = Lexicon.phrases[key + " " + next] { return parts[0] }
        if let previous, let parts = Lexicon.phrases[previous + " " + key] { return parts[1] }
        if let form = Lexicon.words[key] { return form }
        if let month = Lexicon.monthsBeforeNumbers[key], let next, next.first?.isNumber == true { return month }
        if key == "i" { return "I" }
        if key.containsBytes("."), key.split(separator: ".").allSatisfy({ $0.count == 1 }) { return key.uppercased() }
        if key.containsBytes("-") {
            // Party labels: "d-calif" → "D-Calif", "r-n.y" → "R-N.Y".
            let parts = key.split(separator: "-", maxSplits: 1).map(String.init)
            if parts.count == 2, parts[0].isOne(of: ["d", "r", "i"]), Lexicon.stateAbbreviations.contains(parts[1]) {
                return parts[0].uppercased() + "-" + (parts[1].containsBytes(".") ? parts[1].uppercased() : parts[1].prefix(1).uppercased() + parts[1].dropFirst())
            }
            // Hyphenated words: each part on its own ("pro-russian" → "pro-Russian").
            return key.split(separator: "-", omittingEmptySubsequences: false).map { part in
                let part = String(part)
                return model.form(for: part, previous: nil, next: nil) ?? Lexicon.words[part] ?? part
            }.joined(separator: "-")
        }
        return key
    }

    private func capitalisingFirst(_ form: String) -> String {
        guard let first = form.first, first.isLowercase else { return form }
        return first.uppercased() + form.dropFirst()
    }
}
