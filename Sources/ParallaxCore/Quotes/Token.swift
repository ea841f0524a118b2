/// A word, punctuation sign or quotation mark of a paragraph, with its place in the paragraph.
struct Token: Sendable {
    enum Kind: Sendable { case word, punctuation, mark }

    /// The token as written (a small inline string for nearly every token: no reference counting).
    var text: String
    /// The text in lower case, computed once: every lexicon lookup uses it.
    let lowered: String
    /// Offsets in Unicode scalars from the paragraph's start.
    private let startOffset: Int32
    private let endOffset: Int32
    /// The lexicon lists the word is in.
    let classes: WordClass
    var kind: Kind
    var spaceBefore: Bool
    var spaceAfter = false
    let startsUppercase: Bool

    var start: Int { Int(startOffset) }
    var end: Int { Int(endOffset) }

    init(kind: Kind, entry: TokenVocabulary.Entry, start: Int, end: Int, spaceBefore: Bool) {
        self.kind = kind
        text = entry.text
        lowered = entry.lowered
        classes = entry.classes
        startsUppercase = entry.startsUppercase
        startOffset = Int32(clamping: start)
        endOffset = Int32(clamping: end)
        self.spaceBefore = spaceBefore
    }

    /// What a token's UTF-8 bytes decide: text, lower case, capital and lexicon classes, read straight
    /// from the bytes for ASCII.
    static func entry(kind: Kind, bytes: UnsafeBufferPointer<UInt8>) -> TokenVocabulary.Entry {
        var ascii = true
        var hasUpper = false
        for byte in bytes {
            if byte >= 0x80 { ascii = false; break }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        guard ascii else {
            let text = String(decoding: bytes, as: UTF8.self)
            let lowered = TextScanning.lowercased(text)
            return TokenVocabulary.Entry(
                text: text, lowered: lowered, classes: kind == .word && lowered.utf8.count <= 16 ? SpeechLexicon.classes[lowered] : [],
                startsUppercase: text.unicodeScalars.first?.properties.isUppercase ?? false)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let first = bytes.first ?? 0
        let startsUppercase = first >= 0x41 && first <= 0x5A
        guard hasUpper else {
            return TokenVocabulary.Entry(
                text: text, lowered: text, classes: kind == .word && bytes.count <= 16 ? SpeechLexicon.classes[bytes: bytes] : [],
                startsUppercase: startsUppercase)
        }
        // Lower-case the bytes once: the lexicon lookup and the stored lower case both use them.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            for (i, byte) in bytes.enumerated() { buffer[i] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
            let lower = UnsafeBufferPointer(buffer)
            return TokenVocabulary.Entry(
                text: text, lowered: String(decoding: lower, as: UTF8.self),
                classes: kind == .word && bytes.count <= 16 ? SpeechLexicon.classes[bytes: lower] : [], startsUppercase: startsUppercase)
        }
    }

    var isWord: Bool { kind == .word }
    /// "Ruiz's", "Gazette’s": a word ending in a possessive, straight or curly.
    var isPossessive: Bool { text.hasSuffixBytes("'s") || text.hasSuffixBytes("’s") }
    var startsWithDigit: Bool { text.utf8.first.map { (0x30...0x39).contains($0) } ?? false }
    /// Lengths first: most tokens differ in length from the sign or word asked about, and String equality costs a call.
    func `is`(_ string: String) -> Bool { text.utf8.count == string.utf8.count && text == string }
}

enum Tokenizer {
    /// Splits a paragraph into words (letters and digits, with inner apostrophes, hyphens and periods),
    /// quotation marks and other punctuation, one scalar each; white space only sets `spaceBefore`.
    /// Reads UTF-8 bytes directly: ASCII never goes through Unicode property tables.
    static func tokens(_ paragraph: String) -> [Token] {
        var vocabulary = TokenVocabulary(capacity: 64)
        return paragraph.withUTF8Bytes { bytes in tokens(bytes, vocabulary: &vocabulary) }
    }

    /// The tokens of each paragraph of a text. A word already in `vocabulary` (from these paragraphs or
    /// earlier texts tokenised with it) is copied from there instead of being decoded and looked up again.
    static func tokens(paragraphs: [String], vocabulary: inout TokenVocabulary) -> [[Token]] {
        paragraphs.map { paragraph in paragraph.withUTF8Bytes { bytes in tokens(bytes, vocabulary: &vocabulary) } }
    }

    static func tokens(paragraphs: [String]) -> [[Token]] {
        var vocabulary = TokenVocabulary()
        return tokens(paragraphs: paragraphs, vocabulary: &vocabulary)
    }

    private static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, vocabulary: inout TokenVocabulary) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let count = bytes.count
        /// The scalar at a byte position and its length in bytes.
        func scalar(at i: Int) -> (Unicode.Scalar, Int) {
            let lead = bytes[i]
            if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            var k = 1
            while k < length, i + k < count {
                value = value << 6 | UInt32(bytes[i + k] & 0x3F)
                k += 1
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", k)
        }
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80 ? (s.value == 0x20 || s.value >= 0x09 && s.value <= 0x0D) : s.properties.isWhitespace
        }
        var i = 0
        var offset = 0
        var space = true
        while i < count {
            let (current, length) = scalar(at: i)
            if isSpace(current) {
                space = true
                if !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = true }
                i += length
                offset += 1
                continue
            }
            let start = i, startOffset = offset
            let kind: Token.Kind
            if TextScanning.isWordCharacter(current) {
                kind = .word
                i += length
                offset += 1
                while i < count {
                    let (next, nextLength) = scalar(at: i)
                    if TextScanning.isWordCharacter(next) {
                        i += nextLength
                        offset += 1
                    } else if TextScanning.isJoiner(next), i + nextLength < count, case let (after, afterLength) = scalar(at: i + nextLength),
                        TextScanning.isWordCharacter(after)
                    {
                        i += nextLength + afterLength
                        offset += 2
                    } else if (next == "’" || next == "'"), i > start, bytes[i - 1] == 0x73 || bytes[i - 1] == 0x53,
                        i + nextLength + 1 < count, bytes[i + nextLength] == 0x20,
                        case let (after, _) = scalar(at: i + nextLength + 1), after.properties.isAlphabetic
                    {
                        // A plural possessive — the dockers’ union — keeps its apostrophe.
                        i += nextLength
                        offset += 1
                        break
                    } else {
                        break
                    }
                }
            } else if (current == "'" || current == "`"), i + 1 < count, bytes[i + 1] == bytes[i],
                // "… sorry to tell you this,''' said": after a word, three marks close the inner quotation first.
                space || i + 2 >= count || bytes[i + 2] != bytes[i]
            {
                kind = .mark  // '' and ``: a double quotation mark typed as two single ones
                i += 2
                offset += 2
            } else {
                kind = QuoteMark.isMark(current) ? .mark : .punctuation
                i += length
                offset += 1
            }
            let text = UnsafeBufferPointer(rebasing: bytes[start..<i])
            let entry = vocabulary.entry(for: text, kind: kind) { Token.entry(kind: kind, bytes: text) }
            tokens.append(Token(kind: kind, entry: entry, start: startOffset, end: offset, spaceBefore: space))
            space = false
        }
        return tokens
    }
}
