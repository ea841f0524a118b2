import Glibc

/// A fixed list of byte strings looked for together.
///
/// The cleaner asks two dozen "does the line contain any of …" and "does it start with any of …"
/// questions per line. Each needle is found through its rarest byte (a capital, a slash, a `v` rather
/// than an `e`): `memchr` jumps from one occurrence of that byte to the next, and only there is the
/// whole needle compared. Needles sharing that byte share the jump, so a list costs one `memchr` pass per
/// distinct rare byte, not a search per needle. Matching is exact and case-sensitive on UTF-8 bytes.
struct NeedleSet: Sendable {
    private struct Needle: Sendable {
        let bytes: [UInt8]
        /// Where the needle's rarest byte lies in it.
        let anchor: Int
    }

    /// The needles grouped by their rarest byte.
    private let groups: [(byte: UInt8, needles: [Needle])]
    private let needles: [Needle]

    init(_ strings: [String]) {
        needles = strings.map { Array($0.utf8) }.filter { !$0.isEmpty }.map { bytes in
            Needle(bytes: bytes, anchor: bytes.indices.min { Self.commonness(bytes[$0]) < Self.commonness(bytes[$1]) }!)
        }
        var groups: [(byte: UInt8, needles: [Needle])] = []
        for needle in needles {
            let byte = needle.bytes[needle.anchor]
            if let index = groups.firstIndex(where: { $0.byte == byte }) {
                groups[index].needles.append(needle)
            } else {
                groups.append((byte, [needle]))
            }
        }
        self.groups = groups
    }

    /// How often a byte turns up in news text, roughly: space and common letters high, capitals,
    /// digits and most punctuation low.
    private static func commonness(_ byte: UInt8) -> Int {
        switch byte {
        case 0x20: return 1000
        case 0x61...0x7A: return 100 - 3 * Array("etaoinshrdlcumwfgypbvkjxqz".utf8).firstIndex(of: byte)!
        case UInt8(ascii: "."), UInt8(ascii: ","): return 30
        case 0x41...0x5A: return 20
        case 0x30...0x39: return 15
        default: return 5
        }
    }

    /// True when one of the needles occurs anywhere in `text`.
    func occurs(in text: some StringProtocol) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            let count = bytes.count
            for group in groups {
                var from = 0
                while from < count, let hit = memchr(base + from, Int32(group.byte), count - from) {
                    let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    for needle in group.needles {
                        let start = position - needle.anchor
                        if start >= 0, start + needle.bytes.count <= count, Self.matches(needle, at: base + start) { return true }
                    }
                    from = position + 1
                }
            }
            return false
        }
    }

    /// True when `text` starts with one of the needles.
    func isPrefix(of text: some StringProtocol) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress, let first = bytes.first else { return false }
            return needles.contains { $0.bytes[0] == first && $0.bytes.count <= bytes.count && Self.matches($0, at: base) }
        }
    }

    /// True when `text` ends with one of the needles.
    func isSuffix(of text: some StringProtocol) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress, let last = bytes.last else { return false }
            return needles.contains {
                $0.bytes[$0.bytes.count - 1] == last && $0.bytes.count <= bytes.count && Self.matches($0, at: base + (bytes.count - $0.bytes.count))
            }
        }
    }

    private static func matches(_ needle: Needle, at start: UnsafePointer<UInt8>) -> Bool {
        needle.bytes.withUnsafeBufferPointer { memcmp(start, $0.baseAddress!, $0.count) == 0 }
    }
}
