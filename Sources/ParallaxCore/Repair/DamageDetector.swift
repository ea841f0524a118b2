/// Recognises copies damaged by NLP pipelines: lower-cased, and tokenised (`twitter s`, `( reuters )`, ` .`).
public struct Damage: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let lowercased = Damage(rawValue: 1)
    public static let tokenised = Damage(rawValue: 2)

    /// Words for a warning: "lower-cased and tokenised".
    public var description: String {
        [contains(.lowercased) ? "lower-cased" : nil, contains(.tokenised) ? "tokenised" : nil]
            .compactMap { $0 }.joined(separator: " and ")
    }

    /// What damage the paragraphs show; empty for a clean copy.
    public static func assess(_ paragraphs: [String]) -> Damage {
        var letters = 0
        var upper = 0
        var words = 0
        var splitMarks = 0
        for paragraph in paragraphs {
            paragraph.withUTF8Bytes { bytes in
                var previous: UInt8 = 0x20
                var beforePrevious: UInt8 = 0x20
                for byte in bytes {
                    switch byte {
                    case 0x61...0x7A: letters += 1
                    case 0x41...0x5A:
                        letters += 1
                        upper += 1
                    case 0xC3...0xFF: letters += 1  // a non-ASCII letter's lead byte; case is not counted
                    default: break
                    }
                    if byte == 0x20 && previous != 0x20 { words += 1 }
                    // " ." and " ," before a space or the end; "( " after a space.
                    if previous == 0x20, byte == 0x2E || byte == 0x2C || byte == 0x29 || byte == 0x3B { splitMarks += 1 }
                    if beforePrevious == 0x20, previous == 0x28, byte == 0x20 { splitMarks += 1 }
                    beforePrevious = previous
                    previous = byte
                }
            }
            words += 1
        }
        var damage: Damage = []
        if letters >= 80, upper * 1000 < letters * 3 { damage.insert(.lowercased) }
        if splitMarks >= 3, splitMarks * 100 >= words * 3 { damage.insert(.tokenised) }
        return damage
    }
}
