import Glibc

/// The distinct tokens of a text seen so far, so that a token written again — most are — is not decoded,
/// lower-cased and looked up in the lexicon again: the tokenizer copies the first one's fields instead.
///
/// An open-addressing table keyed by the token's bytes. It holds at most `capacity` tokens and starts
/// afresh when full: a table that fits the processor's cache answers faster than a complete one that
/// does not (a story of hundreds of articles has tens of thousands of distinct tokens).
struct TokenVocabulary {
    /// What a token's bytes decide, computed once per distinct token.
    struct Entry {
        let text: String
        let lowered: String
        let classes: WordClass
        let startsUppercase: Bool
    }

    /// How many tokens it holds before it starts afresh.
    let capacity: Int

    /// Per slot: the hash's tag in the high half, the entry's index + 1 in the low half; 0 when empty.
    private var slots: [UInt64]
    private var entries: [Entry] = []
    private var keys: [(kind: Token.Kind, start: Int32, length: Int32)] = []
    /// Every key's bytes, one after another.
    private var pool: [UInt8] = []

    /// A vocabulary of up to `capacity` tokens (a power of two): 4,096 suits a story; a single line needs few.
    init(capacity: Int = 4096) {
        self.capacity = capacity
        slots = [UInt64](repeating: 0, count: 2 * capacity)
    }

    /// The entry for a token's bytes, made by `make` the first time those bytes (of that kind) are seen.
    mutating func entry(for bytes: UnsafeBufferPointer<UInt8>, kind: Token.Kind, make: () -> Entry) -> Entry {
        let hash = WordTable.hash(bytes)
        let tag = UInt64(WordTable.tag(hash)) << 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if slots[slot] & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
                let key = keys[index]
                if key.kind == kind, Int(key.length) == bytes.count, pool.withUnsafeBufferPointer({
                    memcmp($0.baseAddress! + Int(key.start), bytes.baseAddress!, bytes.count) == 0
                }) {
                    return entries[index]
                }
            }
            slot = (slot + 1) & mask
        }
        let entry = make()
        if entries.count == capacity {
            forget()
            return self.entry(for: bytes, kind: kind) { entry }
        }
        slots[slot] = tag | UInt64(entries.count + 1)
        entries.append(entry)
        keys.append((kind, Int32(pool.count), Int32(bytes.count)))
        pool.append(contentsOf: bytes)
        return entry
    }

    /// Empties the table, keeping its storage.
    private mutating func forget() {
        for i in slots.indices { slots[i] = 0 }
        entries.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        pool.removeAll(keepingCapacity: true)
    }

    var count: Int { entries.count }
}
