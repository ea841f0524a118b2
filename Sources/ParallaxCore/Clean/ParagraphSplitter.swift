/// Splits an article's text into paragraphs.
///
/// Blocks are separated by blank lines. Inside a block, each line is a paragraph (files with one
/// paragraph or sentence a line) unless the block is hard-wrapped prose, whose lines are joined.
/// Markdown joins a block's lines always, except list items and headings.
enum ParagraphSplitter {
    static func split(_ text: String, markdown: Bool) -> [String] {
        var paragraphs: [String] = []
        var block: [Substring] = []
        func flush() {
            guard !block.isEmpty else { return }
            if markdown || isHardWrapped(block) {
                var current: [Substring] = []
                for line in block {
                    if markdown && (isListItem(line) || line.hasPrefixBytes("#")) || isListItem(line) {
                        if !current.isEmpty { paragraphs.append(join(current)) }
                        current = []
                        paragraphs.append(TextScanning.collapsingSpaces(line))
                    } else {
                        current.append(line)
                    }
                }
                if !current.isEmpty { paragraphs.append(join(current)) }
            } else {
                for line in block { paragraphs.append(TextScanning.collapsingSpaces(line)) }
            }
            block.removeAll(keepingCapacity: true)
        }
        for line in lines(text) {
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                flush()
            } else {
                block.append(line)
            }
        }
        flush()
        return paragraphs
    }

    /// The text's lines, split on newline bytes (cheaper than splitting on characters).
    static func lines(_ text: String) -> [Substring] {
        let breaks: [Int] = text.withUTF8Bytes { bytes in
            var offsets: [Int] = []
            for i in 0..<bytes.count where bytes[i] == 0x0A { offsets.append(i) }
            return offsets
        }
        var result: [Substring] = []
        result.reserveCapacity(breaks.count + 1)
        let utf8 = text.utf8
        var start = utf8.startIndex
        for offset in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            result.append(text[start..<end])
            start = utf8.index(after: end)
        }
        result.append(text[start..<utf8.endIndex])
        return result
    }

    private static func join(_ lines: [Substring]) -> String {
        TextScanning.collapsingSpaces(lines.joined(separator: " "))
    }

    /// A block of three or more lines of similar length, most of which stop mid-sentence.
    /// List items are left out of the count: they are never wrapped prose.
    static func isHardWrapped(_ block: [Substring]) -> Bool {
        let lines = block.dropLast().filter { !isListItem($0) }
        guard block.count >= 3, lines.count >= 2 else { return false }
        let lengths = lines.map(\.utf8.count)
        guard let longest = lengths.max(), longest <= 100, longest >= 30 else { return false }
        let midSentence = lines.filter { line in
            guard let last = line.last(where: { !$0.isWhitespace }) else { return false }
            return !".!?:\"”'’)".contains(last)
        }.count
        let similar = lengths.filter { $0 >= longest * 6 / 10 }.count
        return midSentence * 2 >= lines.count && similar * 10 >= lines.count * 7
    }

    /// A line that opens with a bullet (`-`, `*`, `•`, `–`, `·`, `▪`, `►`) and a space or tab.
    static func isListItem<S: StringProtocol>(_ line: S) -> Bool {
        let rest = line.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 })
        // Most lines open with a letter: one byte answers.
        guard let first = rest.first, first == 0x2D || first == 0x2A || first == 0xC2 || first == 0xE2,
              let bullet = bullets.first(where: { rest.starts(with: $0) }) else { return false }
        let after = rest.dropFirst(bullet.count).first
        return after == 0x20 || after == 0x09
    }

    private static let bullets: [[UInt8]] = ["-", "*", "•", "–", "·", "▪", "►"].map { Array($0.utf8) }
}
