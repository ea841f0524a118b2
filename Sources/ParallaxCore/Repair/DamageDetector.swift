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
        let counts = Counts(paragraphs)
        var damage: Damage = []
        if counts.letters >= 80, counts.upper * 1000 < counts.letters * 3 { damage.insert(.lowercased) }
        if counts.splitMarks >= 3, counts.splitMarks * 100 >= counts.words * 3 { damage.insert(.tokenised) }
        return damage
    }

    /// What `assess` counts: letters (a non-ASCII letter by its lead byte), capitals A–Z, words (one per
    /// paragraph and per space after a non-space), and marks split off by a space: " ." " ," " )" " ;" before
    /// anything, and "( " after a space.
    struct Counts: Equatable {
        var letters = 0
        var upper = 0
        var words = 0
        var splitMarks = 0

        init(_ paragraphs: [String]) {
            for paragraph in paragraphs {
                paragraph.withUTF8Bytes { bytes in count(bytes) }
                words += 1
            }
        }

        private mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
            var previous: UInt8 = 0x20
            var beforePrevious: UInt8 = 0x20
            var i = 0
            // Eight ASCII bytes at a time, each test a mask with 0x80 in the bytes that pass it; the bytes
            // before a chunk's first two are the last two read.
            while i + 8 <= bytes.count {
                let chunk = ByteMasks.load(bytes, at: i)
                guard chunk & ByteMasks.high == 0 else {
                    count(bytes[i..<i + 8], previous: &previous, beforePrevious: &beforePrevious)
                    i += 8
                    continue
                }
                let spaces = ByteMasks.equal(chunk, 0x20)
                let spaceBefore = spaces << 8 | (previous == 0x20 ? 0x80 : 0)
                let spaceTwoBefore = spaces << 16 | (previous == 0x20 ? 0x8000 : 0) | (beforePrevious == 0x20 ? 0x80 : 0)
                let openBefore = ByteMasks.equal(chunk, 0x28) << 8 | (previous == 0x28 ? 0x80 : 0)
                let marks = ByteMasks.equal(chunk, 0x2E) | ByteMasks.equal(chunk, 0x2C) | ByteMasks.equal(chunk, 0x29) | ByteMasks.equal(chunk, 0x3B)
                letters += ByteMasks.count(ByteMasks.between(chunk | ByteMasks.spread(0x20), 0x61, 0x7A))
                upper += ByteMasks.count(ByteMasks.between(chunk, 0x41, 0x5A))
                words += ByteMasks.count(spaces & ~spaceBefore)
                splitMarks += ByteMasks.count(marks & spaceBefore) + ByteMasks.count(spaces & openBefore & spaceTwoBefore)
                beforePrevious = UInt8(truncatingIfNeeded: chunk >> 48)
                previous = UInt8(truncatingIfNeeded: chunk >> 56)
                i += 8
            }
            count(bytes[i...], previous: &previous, beforePrevious: &beforePrevious)
        }

        private mutating func count(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, previous: inout UInt8, beforePrevious: inout UInt8) {
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
                if previous == 0x20, byte == 0x2E || byte == 0x2C || byte == 0x29 || byte == 0x3B { splitMarks += 1 }
                if beforePrevious == 0x20, previous == 0x28, byte == 0x20 { splitMarks += 1 }
                beforePrevious = previous
                previous = byte
            }
        }
    }
}
