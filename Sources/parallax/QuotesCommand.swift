import ArgumentParser
import ParallaxCore

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List who said what: quotes grouped by speaker, the speakers' names and roles, and their reactions.",
        discussion: "Diagnostics for files that could not be read go to standard error (and to \"errors\" in --json). Exit status: 0 when at least one article loaded, 2 when none did."
    )

    @Flag(name: .long, help: "Print JSON (schema in the README).")
    var json = false

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    func run() throws {
        let story = StoryLoader().load(paths)
        let quotes = QuoteExtractor().extract(story)
        let report = QuoteReport(story: story, quotes: quotes)
        print(json ? report.json() : report.text(), terminator: json ? "\n" : "")
        for diagnostic in story.diagnostics { printError("parallax: \(diagnostic)") }
        if story.articles.isEmpty { throw ExitStatus.nothingLoaded }
    }
}
