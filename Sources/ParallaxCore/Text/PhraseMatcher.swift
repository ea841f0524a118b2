import Foundation

/// Finds which of a fixed list of lower-case word stems and phrases start a word in a text, reading the
/// text once: candidates are kept by their first two bytes, so no text is searched once per phrase and
/// most words are compared with none.
struct PhraseMatcher<Value: Hashable & Sendable>: Sendable {
    private typealias Entry = (phrase: [UInt8], value: Value)
    /// Phrases of one letter, by that letter.
    private var byLetter = Array(repeating: [Entry](), count: 26)
    /// Longer phrases by their first letter and second byte: 256 buckets per letter.
    private var byPair = Array(repeating: [Entry](), count: 26 * 256)

    /// Phrases must start with a letter a–z.
    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries {
            let bytes = Array(phrase.utf8)
            guard let first = bytes.first, first >= 0x61, first <= 0x7A else { continue }
            if bytes.count == 1 {
                byLetter[Int(first - 0x61)].append((bytes, value))
            } else {
                byPair[Self.pair(first, bytes[1])].append((bytes, value))
            }
        }
    }

    private static func pair(_ first: UInt8, _ second: UInt8) -> Int { Int(first - 0x61) << 8 | Int(second) }

    /// Every match, as (phrase, value), in text order; a phrase counts each time it starts a word.
    func matches(in text: String) -> [(phrase: String, value: Value)] {
        var found: [(phrase: String, value: Value)] = []
        scan(text) { phrase, value, _ in found.append((String(decoding: phrase, as: UTF8.self), value)) }
        return found
    }

    /// The values of every phrase found, without building the phrases.
    func values(in text: String) -> Set<Value> {
        var found = Set<Value>()
        scan(text) { _, value, _ in found.insert(value) }
        return found
    }

    /// The value of every phrase found, in text order, each with the number of the clause it is in: clauses
    /// end at `,` `;` `:` `.` `!` `?` and a dash (—).
    func valuesByClause(in text: String) -> [(value: Value, clause: Int)] {
        var found: [(value: Value, clause: Int)] = []
        scan(text) { _, value, clause in found.append((value, clause)) }
        return found
    }

    private func scan(_ text: String, _ report: ([UInt8], Value, Int) -> Void) {
        var bytes = Array(TextScanning.lowercased(text).utf8)
        bytes.append(0x20)
        bytes.withUnsafeBufferPointer { buffer in
            var previousIsWord = false
            var clause = 0
            for i in buffer.indices {
                let byte = buffer[i]
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): clause += 1
                case 0xE2 where i + 2 < buffer.count && buffer[i + 1] == 0x80 && buffer[i + 2] == 0x94: clause += 1  // —
                default: break
                }
                let isWord = byte >= 0x61 && byte <= 0x7A || byte >= 0x80 || byte >= 0x30 && byte <= 0x39
                if isWord, !previousIsWord, byte >= 0x61, byte <= 0x7A {
                    for (phrase, value) in byLetter[Int(byte - 0x61)] { report(phrase, value, clause) }
                    if i + 1 < buffer.count {
                        for (phrase, value) in byPair[Self.pair(byte, buffer[i + 1])] where i + phrase.count <= buffer.count {
                            let equal = phrase.withUnsafeBufferPointer { memcmp(buffer.baseAddress! + i, $0.baseAddress!, phrase.count) == 0 }
                            if equal { report(phrase, value, clause) }
                        }
                    }
                }
                previousIsWord = isWord
            }
        }
    }
}
