import Foundation
import Testing
@testable import ParallaxUI
import TestSupport

@Suite struct ThemeTests {
    @Test func everyBundledThemeLoads() throws {
        let folder = SharedFixtures.packageRoot.appendingPathComponent("Themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let theme = try Theme.parse(text, file: "Themes/\(file)")
            #expect(!theme.speakers.isEmpty)
            #expect(theme.styles.keys.count == Theme.Role.allCases.count, "\(file) leaves roles unset")
        }
    }

    @Test(arguments: [
        ("red", Color.indexed(1)), ("bright-blue", .indexed(12)), ("208", .indexed(208)),
        ("#FF8000", .rgb(255, 128, 0)), ("default", .terminalDefault),
    ])
    func coloursParse(text: String, color: Color) {
        #expect(Color(text) == color)
    }

    @Test(arguments: [
        ("[roles]\nquote = { fg = \"purpel\" }", "Themes/x.toml: roles.quote.fg: unknown colour 'purpel'"),
        ("[roles]\nquotes = { fg = \"red\" }", "Themes/x.toml: roles.quotes: unknown role (known: \(Theme.Role.allCases.map(\.rawValue).joined(separator: ", ")))"),
        ("[roles]\nquote = { fg = \"red\", blink = true }", "Themes/x.toml: roles.quote.blink: unknown setting (known: fg, bg, bold, italic, underline, reverse, dim)"),
        ("[roles\n", "Themes/x.toml: line 1, column 7: expected ']' to close the table header"),
        ("name = \"x\"", "Themes/x.toml: roles: missing [roles] table"),
    ])
    func badThemesNameTheFileAndKey(text: String, message: String) {
        #expect(throws: ThemeError.self) { try Theme.parse(text, file: "Themes/x.toml") }
        do {
            _ = try Theme.parse(text, file: "Themes/x.toml")
        } catch {
            #expect(error.description == message)
        }
    }
}
