import Foundation
import Testing
@testable import ParallaxCore
import TestSupport

/// Quotes on 838 real articles (../shared/corpus/polnear-train), scored as ../shared/tools/score-quotes does.
@Suite(.enabled(if: SharedFixtures.available, "needs ../shared/corpus"))
struct CorpusQuoteTests {
    struct Score {
        var found = 0, wanted = 0, matched = 0, named = 0, attributed = 0, attributedByName = 0, namedAnswers = 0
        var precision: Double { Double(matched) / Double(max(found, 1)) }
        var recall: Double { Double(matched) / Double(max(wanted, 1)) }
        var f1: Double { 2 * precision * recall / max(precision + recall, 1e-9) }
        var attribution: Double { Double(attributed) / Double(max(named, 1)) }
        var nameAttribution: Double { Double(attributedByName) / Double(max(named, 1)) }
        /// As the scorer's end-to-end F1: a named answer counts when found with the right speaker.
        func endToEnd(byName: Bool) -> Double {
            let right = byName ? attributedByName : attributed
            let p = precision * Double(right) / Double(max(named, 1)), r = Double(right) / Double(max(namedAnswers, 1))
            return 2 * p * r / max(p + r, 1e-9)
        }

        mutating func add(_ other: Score) {
            found += other.found
            wanted += other.wanted
            matched += other.matched
            named += other.named
            attributed += other.attributed
            attributedByName += other.attributedByName
            namedAnswers += other.namedAnswers
        }
    }

    /// The name an answer gives before any apposition: "Anna Adams-Sarthou, a spokeswoman for …" → "Anna Adams-Sarthou".
    static func head(_ speaker: String) -> String {
        var head = speaker
        for separator in [",", " who ", " of the ", " (", "—"] {
            if let range = head.range(of: separator) { head = String(head[..<range.lowerBound]) }
        }
        for suffix in ["’s", "'s", "’", "'"] where head.hasSuffix(suffix) { head = String(head.dropLast(suffix.count)) }
        return head
    }

    @Test func quotesAndSpeakersOnPolnear() throws {
        let folder = SharedFixtures.path("corpus/polnear-train")
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/gold.json"))) as! [String: Any]
        let story = StoryLoader().load([folder + "/articles"])
        let found = QuoteExtractor().extract(story)
        var byFile: [String: [Quote]] = [:]
        for article in found.articles { byFile[(article.file as NSString).lastPathComponent] = article.quotes }
        var all = Score(), annotated = Score()
        for answer in gold["articles"] as! [[String: Any]] {
            let quotes = (byFile[answer["file"] as! String] ?? []).filter { $0.kind == .direct || $0.kind == .partial }
            let answers = answer["quotes"] as! [[String: Any]]
            var score = Score(found: quotes.count, wanted: answers.count)
            score.namedAnswers = answers.filter { $0["speaker"] is String }.count
            for (i, j) in QuoteScoring.match(quotes.map(\.text), answers.map { $0["text"] as! String }) {
                score.matched += 1
                guard let speaker = answers[j]["speaker"] as? String else { continue }
                score.named += 1
                if QuoteScoring.speakerMatches(found: quotes[i].speaker?.name, names: [speaker]) { score.attributed += 1 }
                if QuoteScoring.speakerMatches(found: quotes[i].speaker?.name, names: [speaker, Self.head(speaker)]) { score.attributedByName += 1 }
            }
            all.add(score)
            if !answers.isEmpty { annotated.add(score) }  // 171 files have no answers at all (113 NYT files quoting with '')
        }
        func line(_ name: String, _ s: Score) -> String {
            String(format: "%@: P %.3f R %.3f F1 %.3f, attribution %.3f (by name before any apposition %.3f), end-to-end F1 %.3f (by name %.3f)",
                   name, s.precision, s.recall, s.f1, s.attribution, s.nameAttribution, s.endToEnd(byName: false), s.endToEnd(byName: true))
        }
        print(line("polnear-train, all 838 files", all))
        print(line("polnear-train, the 667 files with answers", annotated))
        #expect(annotated.f1 >= 0.92)
        #expect(annotated.nameAttribution >= 0.80)
    }

    /// The 60 real events in corpus/clusters: independent outlets' articles are never taken for copies.
    @Test func noFalseCopiesAcrossIndependentOutlets() throws {
        let clusters = SharedFixtures.path("corpus/clusters")
        let folders = try FileManager.default.contentsOfDirectory(atPath: clusters).sorted()
        var articles = 0, groups = 0, statements = 0
        for folder in folders {
            let story = StoryLoader().load([clusters + "/" + folder])
            let comparison = Comparer().compare(story, quotes: QuoteExtractor().extract(story))
            articles += story.articles.count
            statements += comparison.statements.count
            groups += comparison.copies.count
            #expect(comparison.copies.isEmpty, "\(folder): \(comparison.copies.map(\.articles))")
        }
        print("clusters: \(folders.count) events, \(articles) articles, \(groups) copy groups, \(statements) statement groups")
    }
}
