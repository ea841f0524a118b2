import Testing
@testable import ParallaxCore

struct TextScanningTests {
    /// The byte-by-byte path (ASCII letters with curly quotes, dashes, no-break spaces) must agree with
    /// Unicode lower-casing, and text with other letters must still be lower-cased fully.
    @Test(arguments: [
        "Plain ASCII Text", "“Quoted,” She Said — Then LEFT…", "Price\u{00A0}€4.2M © Ledger", "«Nous Restons»",
        "Irena KOVAČ", "ÉCOLE Étienne", "ДОКЕРЫ Бастуют", "already lower", "",
    ])
    func lowercasingMatchesUnicode(_ text: String) {
        #expect(TextScanning.lowercased(text) == text.lowercased())
    }
}
