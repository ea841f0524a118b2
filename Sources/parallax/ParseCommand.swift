import ArgumentParser
import ParallaxCore

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show each article cleaned: outlet, headline, dateline, date, byline, body, and what was removed.",
        discussion: "Diagnostics for files that could not be read go to standard error (and to \"errors\" in --json). Exit status: 0 when at least one article loaded, 2 when none did."
    )

    @Flag(name: .long, help: "Print JSON (schema in the README).")
    var json = false

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    func run() throws {
        let story = StoryLoader().load(paths)
        let report = ParseReport(story: story)
        print(json ? report.json() : report.text(), terminator: json ? "\n" : "")
        for diagnostic in story.diagnostics { printError("parallax: \(diagnostic)") }
        if story.articles.isEmpty { throw ExitStatus.nothingLoaded }
    }
}
