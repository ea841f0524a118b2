import Foundation

/// A read-only table from lower-case words to their lexicon classes, looked up with FNV-1a over the
/// word's bytes: the tokenizer asks it once per word, and Swift's seeded hashing cost more than the rest.
///
/// Open addressing over flat arrays: a probe reads a 4-byte tag (part of the hash; 0 for an empty slot)
/// and compares bytes only when the tag matches, so a miss — most words — touches one small array.
struct WordTable: Sendable {
    private var tags: [UInt32]
    private var starts: [Int32]
    private var lengths: [Int32]
    private var values: [WordClass]
    /// Every key's bytes, one after another.
    private var pool: [UInt8] = []
    private let mask: Int

    init(_ entries: [String: WordClass]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        tags = Array(repeating: 0, count: size)
        starts = Array(repeating: 0, count: size)
        lengths = Array(repeating: 0, count: size)
        values = Array(repeating: [], count: size)
        mask = size - 1
        for (key, value) in entries {
            let bytes = Array(key.utf8)
            let hash = bytes.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while tags[slot] != 0 { slot = (slot + 1) & mask }
            tags[slot] = Self.tag(hash)
            starts[slot] = Int32(pool.count)
            lengths[slot] = Int32(bytes.count)
            values[slot] = value
            pool += bytes
        }
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }

    /// The hash's high half, never 0 (which marks an empty slot).
    @inline(__always)
    static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) | 1 }

    /// The classes of a word given as its lower-case UTF-8 bytes.
    subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> WordClass {
        let hash = Self.hash(bytes)
        let tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = tags[slot]
            if found == 0 { return [] }
            if found == tag, Int(lengths[slot]) == bytes.count, bytes.count == 0 || pool.withUnsafeBufferPointer({
                memcmp($0.baseAddress! + Int(starts[slot]), bytes.baseAddress!, bytes.count) == 0
            }) {
                return values[slot]
            }
            slot = (slot + 1) & mask
        }
    }

    subscript(word: String) -> WordClass {
        var word = word
        return word.withUTF8 { self[bytes: $0] }
    }
}
