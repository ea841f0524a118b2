/// A word, punctuation sign or quotation mark of a paragraph, with its place in the paragraph.
struct Token: Sendable {
    enum Kind: Sendable { case word, punctuation, mark }

    var kind: Kind
    var text: Substring
    /// Offsets in Unicode scalars from the paragraph's start.
    var start: Int
    var end: Int
    var spaceBefore: Bool
    var spaceAfter = false

    var isWord: Bool { kind == .word }
    var startsUppercase: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    var startsWithDigit: Bool { text.utf8.first.map { (0x30...0x39).contains($0) } ?? false }
    func `is`(_ string: String) -> Bool { text == string }
    /// The text in lower case (cheap for ASCII words).
    var lowered: String { text.lowercased() }
}

enum Tokenizer {
    /// Splits a paragraph into words (letters and digits, with inner apostrophes, hyphens and periods),
    /// quotation marks and other punctuation, one scalar each; white space only sets `spaceBefore`.
    static func tokens(_ paragraph: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(paragraph.utf8.count / 5)
        let scalars = paragraph.unicodeScalars
        var index = scalars.startIndex
        let end = scalars.endIndex
        var offset = 0
        var space = true
        while index < end {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                space = true
                if !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = true }
                index = scalars.index(after: index)
                offset += 1
                continue
            }
            let start = index, startOffset = offset
            let kind: Token.Kind
            if TextScanning.isWordCharacter(scalar) {
                kind = .word
                index = scalars.index(after: index)
                offset += 1
                while index < end {
                    let current = scalars[index]
                    if TextScanning.isWordCharacter(current) {
                        index = scalars.index(after: index)
                        offset += 1
                    } else if TextScanning.isJoiner(current), case let next = scalars.index(after: index), next < end,
                        TextScanning.isWordCharacter(scalars[next])
                    {
                        index = scalars.index(after: next)
                        offset += 2
                    } else {
                        break
                    }
                }
            } else {
                kind = QuoteMark.isMark(scalar) ? .mark : .punctuation
                index = scalars.index(after: index)
                offset += 1
            }
            tokens.append(Token(kind: kind, text: Substring(scalars[start..<index]), start: startOffset, end: offset, spaceBefore: space))
            space = false
        }
        return tokens
    }
}
