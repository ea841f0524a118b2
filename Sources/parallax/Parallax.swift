import ArgumentParser

@main
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Compare how news outlets cover the same story.",
        discussion: """
            Point Parallax at a folder of articles about one event (.txt, .md, .json, .jsonl, or - for \
            standard input). An optional story.toml in the folder names outlets, URLs and dates per file.
            """,
        version: "0.1.0",
        subcommands: [ReadCommand.self, ParseCommand.self, QuotesCommand.self, CompareCommand.self, BenchCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}

/// Exit codes shared by the subcommands (documented in the README).
enum ExitStatus {
    /// Nothing could be loaded from the paths given.
    static let nothingLoaded = ExitCode(2)
}
