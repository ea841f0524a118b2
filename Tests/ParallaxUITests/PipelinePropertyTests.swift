import Foundation
import ParallaxCore
import Testing
import TestSupport
@testable import ParallaxUI

/// Random and hostile bytes through the whole program — decode, clean, quotes, compare, the reader —
/// with a seeded generator, so a failure is the same on every run.
struct PipelinePropertyTests {
    /// Pieces that make hostile text: escape sequences, controls, quote marks, wide and combining characters.
    static let pieces: [String] = [
        "\u{1B}]0;title\u{07}", "\u{1B}[2J", "\u{1B}[31m", "\u{9B}1m", "\u{07}", "\u{08}", "\r", "\u{202E}", "\u{2066}",
        "“", "”", "\"", "'", "‘", "’", "«", "»", "''", "``", "—", " said ", " told reporters ", ", she said, ", ": ",
        "日本語", "한국", "e\u{301}", "👍🏽", "Kovač", "Irena Kovač", "the port authority", ".", ",", "\n", "\n\n", "  ",
        "We will not go back", "according to the Ledger", "(Reuters) - ", "$1.9m", "6%",
    ]

    static func hostileText(_ generator: inout SplitMix64) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...60, using: &generator) {
            if Int.random(in: 0..<5, using: &generator) == 0 {
                bytes += (0..<Int.random(in: 1...6, using: &generator)).map { _ in UInt8.random(in: 1...255, using: &generator) }
            } else {
                bytes += Array(pieces.randomElement(using: &generator)!.utf8)
            }
        }
        return bytes
    }

    @Test func hostileBytesNeverCrashOverflowOrReachTheScreen() {
        var generator = SplitMix64(seed: 0xC0FFEE)
        let sizes = [(80, 24), (40, 12), (20, 6), (120, 40), (7, 3)]
        for round in 0..<200 {
            var documents: [SourceDocument] = []
            for index in 0..<3 {
                guard let decoded = try? TextDecoder.decode(Self.hostileText(&generator)) else { continue }
                documents.append(SourceDocument(file: "random-\(round)-\(index).txt", format: .text, text: decoded.text))
            }
            guard !documents.isEmpty else { continue }
            let story = StoryLoader().build(documents, title: "random")
            let quotes = QuoteExtractor().extract(story)
            // Every quote points inside its paragraph.
            for (article, found) in zip(story.articles, quotes.articles) {
                for quote in found.quotes {
                    for piece in quote.pieces {
                        #expect(article.paragraphs.indices.contains(piece.paragraph))
                        if article.paragraphs.indices.contains(piece.paragraph) {
                            #expect(piece.start <= piece.end && piece.end <= article.paragraphs[piece.paragraph].unicodeScalars.count)
                        }
                    }
                }
            }
            let comparison = Comparer().compare(story, quotes: quotes)
            _ = CompareReport(story: story, comparison: comparison).json()
            let (width, height) = sizes[round % sizes.count]
            var reader = Reader(model: ReaderModel(story: story, quotes: quotes, comparison: comparison), themes: [.fallback], width: width, height: height)
            for key in [Key.tab, .down, .pageDown, .tab, .enter, .escape, .character("c"), .character("m"), .character("b"), .character("?")] {
                reader.handle(key)
                let grid = reader.render()
                #expect(!grid.cells.contains { $0.text.unicodeScalars.contains(where: DisplayWidth.isControl) })
                for row in grid.text.split(separator: "\n", omittingEmptySubsequences: false) { #expect(DisplayWidth.of(String(row)) <= width) }
            }
        }
    }

    @Test func wrappingNeverExceedsTheWidth() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let text = String(decoding: Self.hostileText(&generator), as: UTF8.self)
            let width = Int.random(in: 1...50, using: &generator)
            for line in ArticleLines.wrap([ArticleLines.Span(text: text, role: .text)], width: width, paragraph: nil) {
                #expect(line.spans.reduce(0) { $0 + DisplayWidth.of($1.text) } <= width)
            }
        }
    }
}
