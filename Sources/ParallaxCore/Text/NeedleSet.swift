import Glibc

/// A fixed list of byte strings looked for together, in one pass over the text.
///
/// A filter of the needles' first two bytes turns most text positions away at once; the rest are checked
/// only against the needles starting with that byte. The cleaner asks two dozen "does the line contain any of …" and
/// "does it start with any of …" questions per line; one pass each replaces a search per needle.
/// Matching is exact and case-sensitive on UTF-8 bytes.
struct NeedleSet: Sendable {
    /// Every needle's bytes, back to back, ordered by first byte.
    private let pool: [UInt8]
    /// Where each needle lies in `pool`, in the same order.
    private let spans: [Range<Int>]
    /// Needles starting with byte `b` are `spans[firsts[b]..<firsts[b + 1]]` (257 entries).
    private let firsts: [Int32]
    /// A 1,024-bit filter of the needles' first two bytes, hashed: a text position whose two bytes
    /// miss it starts no needle. Most positions are turned away by it without touching `pool`.
    private let pairs: [UInt64]
    /// Needles of a single byte, looked for with `memchr`.
    private let singles: [UInt8]

    init(_ needles: [String]) {
        let bytes = needles.map { Array($0.utf8) }
        let sorted = bytes.filter { $0.count >= 2 }.sorted { $0[0] < $1[0] }
        var pool: [UInt8] = []
        var spans: [Range<Int>] = []
        var firsts = [Int32](repeating: 0, count: 257)
        var pairs = [UInt64](repeating: 0, count: 16)
        for needle in sorted {
            spans.append(pool.count..<(pool.count + needle.count))
            pool += needle
            firsts[Int(needle[0]) + 1] += 1
            let h = Self.pairHash(needle[0], needle[1])
            pairs[h >> 6] |= 1 << (h & 63)
        }
        for b in 1...256 { firsts[b] += firsts[b - 1] }
        self.pool = pool
        self.spans = spans
        self.firsts = firsts
        self.pairs = pairs
        singles = bytes.filter { $0.count == 1 }.map { $0[0] }
    }

    private static func pairHash(_ a: UInt8, _ b: UInt8) -> Int { (Int(a) &* 31 &+ Int(b)) & 1023 }

    /// True when one of the needles occurs anywhere in `text`.
    func occurs(in text: some StringProtocol) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            for byte in singles where memchr(base, Int32(byte), bytes.count) != nil { return true }
            guard bytes.count >= 2 else { return false }
            return pairs.withUnsafeBufferPointer { pairs in
                for i in 0..<(bytes.count - 1) {
                    let h = Self.pairHash(bytes[i], bytes[i + 1])
                    if pairs[h >> 6] & (1 << (h & 63)) != 0, matchesAt(i, in: bytes) { return true }
                }
                return false
            }
        }
    }

    /// True when `text` starts with one of the needles.
    func isPrefix(of text: some StringProtocol) -> Bool {
        text.withUTF8Bytes { bytes in
            !bytes.isEmpty && (singles.contains(bytes[0]) || matchesAt(0, in: bytes))
        }
    }

    /// True when `text` ends with one of the needles.
    func isSuffix(of text: some StringProtocol) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let last = bytes.last else { return false }
            return singles.contains(last) || spans.contains { span in
                span.count <= bytes.count && pool.withUnsafeBufferPointer { pool in
                    memcmp(bytes.baseAddress! + (bytes.count - span.count), pool.baseAddress! + span.lowerBound, span.count) == 0
                }
            }
        }
    }

    private func matchesAt(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = Int(bytes[i])
        var k = Int(firsts[first])
        let end = Int(firsts[first + 1])
        guard k < end else { return false }
        let left = bytes.count - i
        return pool.withUnsafeBufferPointer { pool in
            while k < end {
                let span = spans[k]
                if span.count <= left, memcmp(bytes.baseAddress! + i, pool.baseAddress! + span.lowerBound, span.count) == 0 { return true }
                k += 1
            }
            return false
        }
    }
}
