/// A read-only table from lower-case words to their lexicon classes, looked up with FNV-1a over the
/// word's bytes: the tokenizer asks it once per word, and Swift's seeded hashing cost more than the rest.
struct WordTable: Sendable {
    private var keys: [String?]
    private var values: [WordClass]
    private let mask: Int

    init(_ entries: [String: WordClass]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: [], count: size)
        mask = size - 1
        for (key, value) in entries {
            var slot = Self.hash(key) & mask
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always)
    private static func hash(_ word: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    subscript(word: String) -> WordClass {
        var slot = Self.hash(word) & mask
        while let key = keys[slot] {
            if key == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return []
    }
}
