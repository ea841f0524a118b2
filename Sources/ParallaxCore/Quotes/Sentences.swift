/// Sentence bounds inside a paragraph's tokens, never inside a quotation.
struct Sentences: Sendable {
    private let tokens: [Token]
    /// Token ranges covered by quotations, marks included, in order.
    private let quoted: [Range<Int>]

    /// `ends[i]` is true when a sentence ends after token `i`.
    private var ends: [Bool] = []

    init(tokens: [Token], quoted: [Range<Int>]) {
        self.tokens = tokens
        self.quoted = quoted
        ends = tokens.indices.map { endsSentenceAfter($0) }
    }

    func endsSentence(after index: Int) -> Bool { index >= ends.count - 1 || ends[index] }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no",
        "lt", "col", "sgt", "capt", "prof", "rev", "ft", "mt", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "e.g", "i.e",
    ]

    /// "Sen", "Mr", an initial, "U.S": a word a period after which does not end a sentence.
    static func isAbbreviation(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let word = token.lowered
        return abbreviations.contains(word) || Lexicon.titles.contains(word) || word.count == 1 || word.contains(".")
            || token.startsUppercase && Lexicon.stateAbbreviations.contains(word) && word.count <= 5 && !["ohio", "iowa", "utah", "maine", "idaho", "texas"].contains(word)
    }

    private func isQuoted(_ index: Int) -> Bool { quoted.contains { $0.contains(index) } }

    /// True when a sentence ends right after the token at `index`.
    private func endsSentenceAfter(_ index: Int) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let token = tokens[index], next = tokens[index + 1]
        let nextOpens = next.isWord && (next.startsUppercase || next.startsWithDigit) || next.kind == .mark || next.is("(")
        if token.kind == .punctuation, token.is(".") || token.is("!") || token.is("?"), nextOpens, !isQuoted(index) {
            if token.is("."), index > 0, tokens[index - 1].isWord {
                if Self.isAbbreviation(tokens[index - 1]) { return false }
            }
            return true
        }
        // “We tried.” She left.  — but not “We tried.” Peskov said.
        if token.kind == .mark, index > 0, [".", "!", "?"].contains(tokens[index - 1].text),
            quoted.contains(where: { $0.upperBound == index + 1 }), next.isWord, next.startsUppercase
        {
            var stop = index + 1
            while stop < tokens.count, !(tokens[stop].kind == .punctuation && [".", "!", "?"].contains(tokens[stop].text)) { stop += 1 }
            return CueFinder.after(tokens, in: (index + 1)..<stop)?.hasSubject != true
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
