import Testing
@testable import ParallaxCore

@Suite struct ByteMasksTests {
    /// Each test marks exactly the bytes a byte-by-byte test would, in the byte they are read from, and the
    /// count is the number marked: every byte value for equality, every ASCII byte for ranges.
    @Test func masksMarkTheBytesAByteTestWould() {
        let values = (0...255).map(UInt8.init)
        for start in stride(from: 0, to: 256, by: 8) {
            let bytes = Array(values[start..<start + 8])
            bytes.withUnsafeBufferPointer { buffer in
                let chunk = ByteMasks.load(buffer, at: 0)
                for target: UInt8 in [0x00, 0x09, 0x20, 0x28, 0x7F, 0x80, 0xA0, 0xFF] {
                    #expect(Self.marked(ByteMasks.equal(chunk, target)) == bytes.map { $0 == target })
                }
                guard chunk & ByteMasks.high == 0 else { return }
                #expect(Self.marked(ByteMasks.between(chunk, 0x41, 0x5A)) == bytes.map { (0x41...0x5A).contains($0) })
                #expect(Self.marked(ByteMasks.between(chunk, 0x20, 0x20)) == bytes.map { $0 == 0x20 })
            }
        }
        #expect(ByteMasks.count(0) == 0 && ByteMasks.count(ByteMasks.high) == 8 && ByteMasks.count(0x80_0000_0080) == 2)
    }

    private static func marked(_ mask: UInt64) -> [Bool] { (0..<8).map { mask >> (8 * $0 + 7) & 1 == 1 } }
}
