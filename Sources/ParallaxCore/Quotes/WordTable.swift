import Foundation

/// A read-only table from lower-case words to their lexicon classes, looked up with FNV-1a over the
/// word's bytes: the tokenizer asks it once per word, and Swift's seeded hashing cost more than the rest.
struct WordTable: Sendable {
    private var keys: [[UInt8]?]
    private var values: [WordClass]
    private let mask: Int

    init(_ entries: [String: WordClass]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: [], count: size)
        mask = size - 1
        for (key, value) in entries {
            let bytes = Array(key.utf8)
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & mask
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = bytes
            values[slot] = value
        }
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The classes of a word given as its lower-case UTF-8 bytes.
    subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> WordClass {
        var slot = Self.hash(bytes) & mask
        while let key = keys[slot] {
            if key.count == bytes.count, key.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
                return values[slot]
            }
            slot = (slot + 1) & mask
        }
        return []
    }

    subscript(word: String) -> WordClass {
        var word = word
        return word.withUTF8 { self[bytes: $0] }
    }
}
