import Glibc

/// The distinct tokens of a text seen so far, so that a token written again — most are — is not decoded,
/// lower-cased and looked up in the lexicon again: the tokenizer copies the first one's fields instead.
///
/// A growing open-addressing table keyed by the token's bytes, laid out like `WordTable`.
struct TokenVocabulary {
    /// What a token's bytes decide, computed once per distinct token.
    struct Entry {
        let text: String
        let lowered: String
        let classes: WordClass
        let startsUppercase: Bool
    }

    private var tags: [UInt32] = Array(repeating: 0, count: 1024)
    private var slots: [Int32] = Array(repeating: 0, count: 1024)
    private var entries: [Entry] = []
    private var kinds: [Token.Kind] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var pool: [UInt8] = []

    /// The entry for a token's bytes, made by `make` the first time those bytes (of that kind) are seen.
    mutating func entry(for bytes: UnsafeBufferPointer<UInt8>, kind: Token.Kind, make: () -> Entry) -> Entry {
        let hash = WordTable.hash(bytes)
        let tag = WordTable.tag(hash)
        let mask = tags.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while tags[slot] != 0 {
            if tags[slot] == tag {
                let index = Int(slots[slot])
                if kinds[index] == kind, Int(lengths[index]) == bytes.count, pool.withUnsafeBufferPointer({
                    memcmp($0.baseAddress! + Int(starts[index]), bytes.baseAddress!, bytes.count) == 0
                }) {
                    return entries[index]
                }
            }
            slot = (slot + 1) & mask
        }
        let entry = make()
        tags[slot] = tag
        slots[slot] = Int32(entries.count)
        entries.append(entry)
        kinds.append(kind)
        starts.append(Int32(pool.count))
        lengths.append(Int32(bytes.count))
        pool.append(contentsOf: bytes)
        if entries.count * 2 > tags.count { grow() }
        return entry
    }

    /// Doubles the table, placing every entry again by its bytes' hash.
    private mutating func grow() {
        let size = tags.count * 2
        let mask = size - 1
        var tags = [UInt32](repeating: 0, count: size)
        var slots = [Int32](repeating: 0, count: size)
        pool.withUnsafeBufferPointer { pool in
            for index in entries.indices {
                let bytes = UnsafeBufferPointer(rebasing: pool[Int(starts[index])..<Int(starts[index] + lengths[index])])
                let hash = WordTable.hash(bytes)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while tags[slot] != 0 { slot = (slot + 1) & mask }
                tags[slot] = WordTable.tag(hash)
                slots[slot] = Int32(index)
            }
        }
        self.tags = tags
        self.slots = slots
    }

    var count: Int { entries.count }
}
