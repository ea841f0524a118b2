import Glibc

/// The offset of the first occurrence of `needle` in `haystack`: `memchr` for the first byte, then `memcmp`.
@usableFromInline
func search(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Int? {
    guard needle.count <= haystack.count, let base = haystack.baseAddress, let first = needle.first else { return nil }
    var offset = 0
    let last = haystack.count - needle.count
    while offset <= last {
        guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
        let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return position }
        offset = position + 1
    }
    return nil
}

extension StringProtocol {
    /// Runs `body` on the text's UTF-8 bytes in place (a native string or substring), or on a copy.
    /// Scanning a buffer is several times faster than iterating `utf8`, which checks every index.
    @inlinable
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}

/// Substring search on UTF-8 bytes. Foundation's `contains(_:)` and `range(of:)` go through NSString on
/// Linux and cost several times more; the cleaner calls these thousands of times per article.
extension StringProtocol {
    /// True when `needle` occurs in the text (exact, case-sensitive bytes).
    @inlinable
    func containsBytes(_ needle: String) -> Bool {
        byteOffset(of: needle) != nil
    }

    /// The range of the first occurrence of `needle`, as string indices.
    func rangeOfBytes(_ needle: String) -> Range<String.Index>? {
        guard let offset = byteOffset(of: needle) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let end = utf8.index(start, offsetBy: needle.utf8.count)
        return start..<end
    }

    @usableFromInline
    func byteOffset(of needle: String) -> Int? {
        var needle = needle
        return needle.withUTF8 { n -> Int? in
            guard n.count > 0 else { return 0 }
            return withUTF8Bytes { search($0, n) }
        }
    }
}

/// Prefix, suffix and word splitting on UTF-8 bytes. The standard library's versions compare
/// `Character`s (grapheme breaking, canonical equivalence) and cost hundreds of instructions on a short
/// name; the text here is already NFC, so bytes give the same answers.
extension StringProtocol {
    /// True when the text starts with `prefix`'s bytes.
    func hasPrefixBytes(_ prefix: String) -> Bool {
        var prefix = prefix
        return prefix.withUTF8 { p in
            withUTF8Bytes { t in p.count <= t.count && (p.isEmpty || memcmp(t.baseAddress!, p.baseAddress!, p.count) == 0) }
        }
    }

    /// True when the text ends with `suffix`'s bytes.
    func hasSuffixBytes(_ suffix: String) -> Bool {
        var suffix = suffix
        return suffix.withUTF8 { s in
            withUTF8Bytes { t in s.count <= t.count && (s.isEmpty || memcmp(t.baseAddress! + (t.count - s.count), s.baseAddress!, s.count) == 0) }
        }
    }

    /// The runs of the text between spaces (U+0020), as `split(separator: " ")` gives them, without
    /// iterating `Character`s.
    func spaceSeparated() -> [Substring] where SubSequence == Substring {
        var words: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == 0x20 {
                if let first = start { words.append(self[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            utf8.formIndex(after: &index)
        }
        if let first = start { words.append(self[first..<index]) }
        return words
    }
}

extension String {
    /// Whether the string is one of `words`, comparing lengths first: most words differ in length from those
    /// asked about, and String equality of unequal strings costs a call into the standard library. Spellings
    /// must match scalar for scalar (a decomposed "é" is not "é"), as in the lexicon's word lists, where only
    /// dashes and apostrophes are not ASCII.
    @inlinable
    func isOne(of words: [String]) -> Bool {
        let length = utf8.count
        for word in words where word.utf8.count == length && word == self { return true }
        return false
    }
}
