import Foundation
import ParallaxCore

/// One fuzz input through the whole core — ingest, clean, repair, quotes, compare, every report —
/// checking what must hold for any bytes. A broken rule stops the process, which is what libFuzzer
/// records as a crash; the regression tests run the same function over the kept crashers.
///
/// Input shape: up to four files separated by the byte 0x1E; each file's first byte picks its
/// kind (text, Markdown, JSON, JSON Lines), so the fuzzer reaches every reader.
public enum FuzzHarness {
    static let separator: UInt8 = 0x1E
    static let endings = ["txt", "md", "json", "jsonl"]

    public static func run(_ input: [UInt8]) {
        let ingestor = Ingestor()
        var documents: [SourceDocument] = []
        for (index, part) in input.split(separator: separator, maxSplits: 3, omittingEmptySubsequences: false).enumerated() {
            let ending = endings[Int(part.first ?? 0) % endings.count]
            documents += ingestor.read(bytes: Array(part.dropFirst()), name: "fuzz-\(index).\(ending)").documents
        }
        let story = StoryLoader().build(documents, title: "fuzz")
        let quotes = QuoteExtractor().extract(story)
        for (article, found) in zip(story.articles, quotes.articles) {
            for piece in found.quotes.flatMap(\.pieces) {
                check(article.paragraphs.indices.contains(piece.paragraph), "a quote piece names paragraph \(piece.paragraph) of \(article.paragraphs.count)")
                let length = article.paragraphs[piece.paragraph].unicodeScalars.count
                check(0 <= piece.start && piece.start <= piece.end && piece.end <= length, "a quote piece \(piece.start)..<\(piece.end) lies outside its paragraph of \(length)")
            }
        }
        let comparison = Comparer().compare(story, quotes: quotes)
        check(comparison.source.count == story.articles.count, "compare lost an article")
        let parse = ParseReport(story: story), quoteReport = QuoteReport(story: story, quotes: quotes)
        let compare = CompareReport(story: story, comparison: comparison)
        for text in [parse.text(), quoteReport.text(), compare.text(), compare.markdown()] {
            check(isTerminalSafe(text), "a text report holds a control character")
        }
        for json in [parse.json(), quoteReport.json(), compare.json()] {
            check(isTerminalSafe(json), "a JSON report holds an unescaped control character")
            check((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "a JSON report does not parse")
        }
    }

    /// True when no character could act on a terminal: only tab and newline among the controls.
    public static func isTerminalSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && TextDecoder.isUnsafe($0.value) }
    }

    private static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz check failed: \(message())") }
    }
}
