import Foundation
import Testing
@testable import ParallaxUI

struct ConfigTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func configPicksAThemeAndRebindsKeys() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("config.toml")
        try """
            theme = "light"
            [panels]
            outlets = 30
            panel = 36
            [keys]
            quit = ["x"]
            down = ["Down", "s"]
            fly = ["f"]
            """.write(to: file, atomically: true, encoding: .utf8)
        let config = Config.load(path: file.path)
        #expect(config.theme == "light")
        #expect(config.keymap.action(for: .character("x")) == .quit)
        #expect(config.keymap.action(for: .character("q")) == nil)
        #expect(config.keymap.action(for: .character("s")) == .down)
        #expect(config.keymap.action(for: .down) == .down)
        #expect(config.outletsWidth == 30)
        #expect(config.panelWidth == 36)
        #expect(config.problems.count == 1)
        #expect(config.problems[0].contains("keys.fly: unknown action"))
    }

    @Test func aMissingConfigIsTheDefaults() {
        let config = Config.load(path: "/nonexistent/parallax/config.toml")
        #expect(config.theme == nil)
        #expect(config.problems.isEmpty)
        #expect(config.keymap.action(for: .character("q")) == .quit)
    }

    @Test func aBadThemeFileIsNamedAndSkippedAndTheOthersLoad() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "name = \"broken\"\n[roles]\nquote = { fg = \"purpel\" }\n".write(to: folder.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        try "name = \"plain\"\nspeakers = [\"red\"]\n[roles]\ntext = { fg = \"default\" }\n".write(to: folder.appendingPathComponent("plain.toml"), atomically: true, encoding: .utf8)
        try "name = \"odd\"\n[roles]\nwallpaper = { fg = \"red\" }\n".write(to: folder.appendingPathComponent("odd.toml"), atomically: true, encoding: .utf8)
        let (themes, problems) = ThemeLibrary.load(from: [folder.path])
        #expect(themes.map(\.name) == ["plain"])
        #expect(problems.count == 2)
        #expect(problems.contains { $0.contains("broken.toml: roles.quote.fg: unknown colour 'purpel'") })
        #expect(problems.contains { $0.contains("odd.toml: roles.wallpaper: unknown role") })
    }

    @Test func userThemesFolderFollowsXDG() {
        #expect(ThemeLibrary.folders().last?.hasSuffix("/parallax/themes") == true)
    }

    @Test func paneWidthsFromTheConfigShapeTheLayoutWithinLimits() {
        var reader = ReaderFixture.reader(width: 120, height: 40)
        reader.paneWidths = (30, 36)
        #expect(reader.layout.pane(.outlets)?.width == 30)
        #expect(reader.layout.pane(.panel)?.width == 36)
        reader.paneWidths = (500, 500)  // never more than a third of the screen each
        #expect(reader.layout.pane(.outlets)!.width <= 40)
        #expect(reader.layout.pane(.article)!.width >= 38)
    }
}
