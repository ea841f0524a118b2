import ArgumentParser
import ParallaxCore

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the outlets: copies of one story, the same statement in each wording, who reports what, voice, coverage.",
        discussion: """
            --outlets A,B narrows the report to two outlets side by side (an outlet's name, or a file's name). \
            Exit status: 0 when at least one article loaded, 2 when none did, 64 when --outlets names an outlet the story lacks.
            """
    )

    @Flag(name: .long, help: "Print JSON (schema in the README).")
    var json = false

    @Flag(name: .long, help: "Print a Markdown report.")
    var markdown = false

    @Option(name: .long, help: "Two outlets to set side by side: A,B.")
    var outlets: String?

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    func validate() throws {
        if json && markdown { throw ValidationError("--json and --markdown cannot be used together") }
        if let outlets, outlets.split(separator: ",").count != 2 { throw ValidationError("--outlets takes two outlets: --outlets A,B") }
    }

    func run() throws {
        let story = StoryLoader().load(paths)
        for diagnostic in story.diagnostics { printError("parallax: \(diagnostic)") }
        if story.articles.isEmpty { throw ExitStatus.nothingLoaded }
        let quotes = QuoteExtractor().extract(story)
        let comparison = Comparer().compare(story, quotes: quotes)
        var pair: (Int, Int)?
        if let outlets {
            let names = outlets.split(separator: ",").map { String($0) }
            let found = names.map { story.article(matching: $0) }
            for (name, index) in zip(names, found) where index == nil {
                printError("parallax: --outlets: no article from '\(name)' in this story (outlets: \(story.outletNames.joined(separator: ", ")))")
            }
            guard let left = found[0], let right = found[1] else { throw ExitCode(64) }
            pair = (left, right)
        }
        let report = CompareReport(story: story, comparison: comparison, pair: pair)
        print(json ? report.json() : markdown ? report.markdown() : report.text(), terminator: json ? "\n" : "")
    }
}
