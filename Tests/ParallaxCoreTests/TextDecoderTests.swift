import Testing
@testable import ParallaxCore

@Suite struct TextDecoderTests {
    @Test func utf8WithBOMLosesTheBOM() throws {
        let result = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Héllo".utf8))
        #expect(result.text == "Héllo")
        #expect(result.warnings.isEmpty)
    }

    @Test func windows1252CurlyQuotesDecode() throws {
        // 0x93 and 0x94 are “ and ” in Windows-1252; 0xE9 is é.
        let result = try TextDecoder.decode([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94])
        #expect(result.text == "“Café”")
        #expect(result.warnings == ["not UTF-8; decoded as Windows-1252"])
    }

    @Test func utf16WithBOMDecodes() throws {
        let result = try TextDecoder.decode([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00])
        #expect(result.text == "Hi")
    }

    @Test func lineEndsFoldToNewlines() throws {
        let result = try TextDecoder.decode(Array("a\r\nb\rc\n".utf8))
        #expect(result.text == "a\nb\nc\n")
    }

    @Test func nulByteMeansBinary() {
        #expect(throws: TextDecoder.Failure.binary(offset: 3)) { try TextDecoder.decode([0x41, 0x42, 0x43, 0x00, 0x44]) }
        #expect(TextDecoder.Failure.binary(offset: 0).description == "not text (binary data at byte 0)")
    }

    @Test func controlCharactersAndBidiOverridesAreRemoved() throws {
        let result = try TextDecoder.decode(Array("Title\u{1B}]0;pwned\u{07} text\u{202E}x\u{9B}2J".utf8))
        #expect(result.text == "Title]0;pwned textx2J")
        #expect(result.warnings == ["removed 4 control characters"])
    }
}
