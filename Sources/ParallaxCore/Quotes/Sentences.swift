/// Sentence bounds inside a paragraph's tokens, never inside a quotation.
struct Sentences: Sendable {
    private let tokens: [Token]

    /// `ends[i]` is true when a sentence ends after token `i`.
    private var ends: [Bool] = []
    /// `quotedBefore[i]` counts the quoted tokens before token `i`.
    private var quotedBefore: [Int32] = []
    /// `closesQuote[i]` is true when a quotation ends with token `i`.
    private var closesQuote: [Bool] = []

    init(tokens: [Token], quoted: [Range<Int>]) {
        self.tokens = tokens
        if !quoted.isEmpty {
            // Depth changes at each quotation's bounds, so nested quotations cost no more than flat ones.
            var depthChange = [Int32](repeating: 0, count: tokens.count + 1)
            closesQuote = [Bool](repeating: false, count: tokens.count)
            for range in quoted where !range.isEmpty {
                closesQuote[range.upperBound - 1] = true
                depthChange[range.lowerBound] += 1
                depthChange[range.upperBound] -= 1
            }
            quotedBefore.reserveCapacity(tokens.count + 1)
            var depth: Int32 = 0, count: Int32 = 0
            for index in tokens.indices {
                quotedBefore.append(count)
                depth += depthChange[index]
                if depth > 0 { count += 1 }
            }
            quotedBefore.append(count)
        }
        // Only a sign or a closing mark ends a sentence, and the last token its paragraph: words are answered here.
        ends = tokens.indices.map { $0 + 1 == tokens.count || tokens[$0].kind != .word && endsSentenceAfter($0) }
    }

    /// True when some token of the range lies inside a quotation.
    func overlapsQuote(_ range: Range<Int>) -> Bool {
        !quotedBefore.isEmpty && !range.isEmpty && quotedBefore[range.upperBound] > quotedBefore[range.lowerBound]
    }

    func endsSentence(after index: Int) -> Bool { index >= ends.count - 1 || ends[index] }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no",
        "lt", "col", "sgt", "capt", "prof", "rev", "ft", "mt", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "e.g", "i.e",
        "adm", "atty", "supt", "cmdr", "maj", "amb",
    ]

    /// Speech verbs whose object is the one spoken to or of: "asked the mayor", "told the crowd", and the cue finder's
    /// ("thanked the crews", "blasted the board").
    private static let listenerVerbs = CueFinder.listenerVerbs.union(["asked", "asks", "told", "tells", "urges", "warned", "warns"])

    /// "Sen", "Mr", an initial, "U.S": a word a period after which does not end a sentence ("said the mayor."
    /// does: a title written in full is no abbreviation).
    static func isAbbreviation(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let word = token.lowered
        return abbreviations.contains(word) || word.count == 1 || word.containsBytes(".")
            || token.startsUppercase && Lexicon.stateAbbreviations.contains(word) && word.count <= 5 && !word.isOne(of: ["ohio", "iowa", "utah", "maine", "idaho", "texas"])
    }

    private func isQuoted(_ index: Int) -> Bool { overlapsQuote(index..<index + 1) }

    /// True when a sentence ends right after the sign or mark at `index`, which is not the paragraph's last
    /// token (`init` answers for words and the last token).
    private func endsSentenceAfter(_ index: Int) -> Bool {
        let token = tokens[index], next = tokens[index + 1]
        let nextOpens = next.isWord && (next.startsUppercase || next.startsWithDigit) || next.kind == .mark || next.is("(")
        if token.kind == .punctuation, token.is(".") || token.is("!") || token.is("?"), nextOpens, !isQuoted(index) {
            if token.is("."), index > 0, tokens[index - 1].isWord {
                if Self.isAbbreviation(tokens[index - 1]) { return false }
            }
            return true
        }
        // “We tried.” She left.  — but not “We tried.” Peskov said.
        if token.kind == .mark, index > 0, tokens[index - 1].text.isOne(of: [".", "!", "?"]),
            !closesQuote.isEmpty && closesQuote[index], next.isWord, next.startsUppercase
        {
            var stop = index + 1
            // (the period of a title or an initial ends nothing: “…?” Mr. Halm asked.)
            while stop < tokens.count, tokens[stop].kind != .mark, !(tokens[stop].kind == .punctuation && tokens[stop].text.isOne(of: [".", "!", "?"]))
                || tokens[stop].is(".") && stop > index + 1 && Self.isAbbreviation(tokens[stop - 1])
            {
                stop += 1
            }
            guard let cue = CueFinder.after(tokens, in: (index + 1)..<stop), cue.hasSubject, let verb = cue.verb, !CueFinder.isParticiple(tokens[verb])
            else { return true }
            // "Analyst Lee Park agreed that the shift was …" reports speech of its own: a new sentence.
            if tokens[(verb + 1)..<stop].contains(where: { $0.is("that") }) { return true }
            // So does "Mr. Halm said he had never …" or "… said the old crane would …": a clause after the verb.
            if cue.subject.upperBound <= verb, verb + 2 < stop, case let next = tokens[verb + 1], next.isWord,
                next.lowered.isOne(of: ["he", "she", "it", "they", "we", "i"])
                    // not a listener: "Berg asked the harbour master."
                    || next.classes.contains(.determiners) && !next.is("that") && stop - verb > 5 && !Self.listenerVerbs.contains(tokens[verb].lowered)
            {
                return true
            }
            // A cue that leads to another quotation (“…” She added that “…”; “…” He added, “…”) belongs to that
            // one; one that ends at a comma before more words (“…?” Ruiz remarked, alluding to “…”) closes this one.
            guard stop < tokens.count, tokens[stop].kind == .mark else { return false }
            let comma = ((verb + 1)..<stop).first { tokens[$0].is(",") }
            if comma.map({ $0 + 1 == stop }) ?? false { return true }
            // After a question or an exclamation the cue is this quote's: “Is it two? Three?” Halm asks as …
            guard tokens[index - 1].is(".") else { return false }
            // "Roos fired back in March, attacking Lindqvist for “…”" has moved on to words of its own.
            return comma.map { $0 > verb + 2 } ?? true
        }
        return false
    }

    func start(of index: Int) -> Int {
        var j = index - 1
        while j >= 0 {
            if endsSentence(after: j) { return j + 1 }
            j -= 1
        }
        return 0
    }

    func end(of index: Int) -> Int {
        var j = index
        while j < tokens.count {
            if endsSentence(after: j) { return j + 1 }
            j += 1
        }
        return tokens.count
    }

    /// Every sentence of the paragraph as a token range.
    var all: [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where endsSentence(after: index) {
            result.append(start..<index + 1)
            start = index + 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }
}
