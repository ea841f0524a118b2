/// Tests on eight bytes at once, read from a text as one 64-bit word: each gives a mask with 0x80 in the
/// bytes that pass and 0 in the others (the first byte read is the lowest).
enum ByteMasks {
    /// The high bit of every byte: a chunk without it is ASCII.
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset`, the first the lowest whatever the processor's byte order.
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// `byte` in each of the eight bytes.
    static func spread(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// The bytes that are `byte` (any bytes: no carry or borrow crosses between them).
    static func equal(_ chunk: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = chunk ^ spread(byte)
        let lowSeven = (difference & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
        return ~(lowSeven | difference | 0x7F7F_7F7F_7F7F_7F7F)
    }

    /// For an ASCII chunk: the bytes from `low` to `high`. Adding 0x80 - n sets a byte's high bit when it is n
    /// or more, and an ASCII byte plus at most 0x80 carries into no other.
    static func between(_ chunk: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        (chunk &+ spread(0x80 - low)) & ~(chunk &+ spread(0x80 - (high + 1))) & Self.high
    }

    /// How many bytes of a mask are set: the high bits moved down and summed into the top byte by a
    /// multiply (cheaper than a population count where the processor lacks one).
    static func count(_ mask: UInt64) -> Int { Int(truncatingIfNeeded: ((mask >> 7) &* 0x0101_0101_0101_0101) >> 56) }
}
