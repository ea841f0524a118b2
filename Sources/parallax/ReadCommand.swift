import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxTerminal
import ParallaxUI

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the full-screen reader on a story (the default: `parallax PATH` is `parallax read PATH`).",
        discussion: "With no PATH, opens the bundled example story. Keys: press ? in the reader. Exit status: 0, or 2 when nothing could be loaded."
    )

    @Option(name: .long, help: "Theme to start with (a name from Themes/ or your themes folder).")
    var theme: String?

    @Argument(help: "Files, folders, or - for standard input. Default: the bundled example story.")
    var paths: [String] = []

    func run() throws {
        let paths = paths.isEmpty ? [Self.exampleStory()] : paths
        let (themes, themeProblems) = ThemeLibrary.load(from: ThemeLibrary.folders())
        let config = Config.load()
        let problems = themeProblems + config.problems
        var exitStatus: Int32 = 0
        let diagnostics = MainActor.assumeIsolated { () -> [Diagnostic] in
            let screen = NcursesScreen()
            screen.start()
            defer { screen.stop() }
            var size = screen.size
            // The screen appears at once; loading a large folder shows its progress in the status bar.
            @MainActor func show(_ step: String) {
                var grid = Grid(width: size.columns, height: size.rows)
                grid.fill(x: 0, y: 0, width: size.columns, height: 1, role: .title)
                grid.put(" Parallax", x: 0, y: 0, role: .title)
                grid.fill(x: 0, y: max(0, size.rows - 1), width: size.columns, height: 1, role: .status)
                grid.put(" loading: \(step)…", x: 0, y: max(0, size.rows - 1), role: .status)
                screen.draw(grid, theme: themes[0])
            }
            // Loading runs on this (main) thread, so the callback may draw.
            let story = StoryLoader().load(paths, progress: { step in MainActor.assumeIsolated { show(step) } })
            guard !story.articles.isEmpty else {
                exitStatus = 2
                return story.diagnostics
            }
            show("finding quotes in \(story.articles.count) articles")
            let quotes = QuoteExtractor().extract(story)
            show("comparing the outlets")
            let model = ReaderModel(story: story, quotes: quotes, comparison: Comparer().compare(story, quotes: quotes))
            show("laying out the first screen")
            var reader = Reader(model: model, themes: themes, width: size.columns, height: size.rows)
            if let name = theme ?? config.theme {
                if let index = themes.firstIndex(where: { $0.name == name }) {
                    reader.state.theme = index
                } else {
                    reader.state.message = "no theme '\(name)' (themes: \(themes.map(\.name).joined(separator: ", ")))"
                }
            }
            reader.keymap = config.keymap
            reader.paneWidths = (config.outletsWidth, config.panelWidth)
            if let problem = problems.first, reader.state.message == nil { reader.state.message = problem }
            // A hidden switch for the tests: crash on purpose once the screen is up, to prove the
            // terminal is given back even then.
            let crashOnPurpose = ProcessInfo.processInfo.environment["PARALLAX_DEBUG_CRASH"] == "after-first-frame"
            while !reader.state.quit {
                screen.draw(reader.render(), theme: reader.theme)
                if crashOnPurpose { fatalError("PARALLAX_DEBUG_CRASH: crashing on purpose") }
                guard let key = screen.nextKey() else { break }
                if key == .resize || screen.size != size {
                    size = screen.size
                    reader.resize(width: size.columns, height: size.rows)
                }
                reader.handle(key)
            }
            return story.diagnostics
        }
        for diagnostic in diagnostics { printError("parallax: \(diagnostic)") }
        for problem in problems { printError("parallax: \(problem)") }
        if exitStatus != 0 { throw ExitCode(exitStatus) }
    }

    /// `Examples/harbour-strike` in the checkout the binary was built in, or under the current folder.
    static func exampleStory() -> String {
        ThemeLibrary.checkoutFolders().map { $0 + "/Examples/harbour-strike" }.first { FileManager.default.fileExists(atPath: $0) }
            ?? "Examples/harbour-strike"
    }
}
