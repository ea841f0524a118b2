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

    /// Runs of spaces, tabs, newlines and no-break spaces fold to one space, mixed or not; ends are trimmed.
    @Test(arguments: [
        ("  Port  of\tValmora \n", "Port of Valmora"), ("a \u{00A0}b", "a b"), ("a\u{00A0} b", "a b"),
        ("\u{00A0}a\u{00A0}\u{00A0}b\u{00A0}", "a b"), ("“Nous» — ©", "“Nous» — ©"), (" \u{00A0} ", ""), ("", ""),
    ])
    func collapsingSpacesFoldsEveryRun(_ text: String, _ expected: String) {
        #expect(TextScanning.collapsingSpaces(text) == expected)
        #expect(TextScanning.collapsingSpaces(Substring(text)) == expected)
    }
}
