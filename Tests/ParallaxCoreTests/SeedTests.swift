import Foundation
import Testing
@testable import ParallaxCore
import TestSupport

/// The five real seed articles against the hand-made answers in ../shared/seeds/gold.json.
@Suite(.enabled(if: SharedFixtures.available, "needs ../shared/seeds"))
struct SeedTests {
    let story = StoryLoader().load(SharedFixtures.seedPaths)

    func article(_ prefix: String) throws -> Article {
        try #require(story.articles.first { ($0.file as NSString).lastPathComponent.hasPrefix(prefix) })
    }

    func gold(_ prefix: String) throws -> [String: Any] {
        let articles = try SharedFixtures.seedGold()["articles"] as! [[String: Any]]
        return try #require(articles.first { ($0["file"] as! String).hasPrefix(prefix) })
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func outletsHeadlinesAndDatelinesMatchGold(prefix: String) throws {
        let article = try article(prefix)
        let gold = try gold(prefix)
        if let outlet = gold["outlet"] as? String, gold["outlet_may_be_unknown"] == nil {
            #expect(article.outlet?.name == outlet)
            #expect((article.outlet?.confidence ?? 0) >= 0.5)
        } else {
            // Unknown, or a low-confidence guess at most: never a confident wrong answer.
            #expect(article.outlet == nil || !article.outlet!.isConfident || article.outlet?.name == gold["outlet"] as? String)
        }
        #expect(article.headline?.replacingOccurrences(of: "’", with: "'") == gold["headline"] as? String)
        #expect(article.dateline?.display == gold["dateline"] as? String)
        if let date = gold["date"] as? String { #expect(article.date == date) }
        if let byline = gold["byline"] as? String { #expect(article.byline == byline) }
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func boilerplateMatchesGold(prefix: String) throws {
        let article = try article(prefix)
        let expected = (try gold(prefix)["boilerplate"] as! [String]).map(fold)
        let removed = article.boilerplate.map { fold($0.text) }
        for line in expected where !line.contains("and the 13 other") {
            #expect(removed.contains(line), "not removed: \(line)")
        }
        // Nothing else leaves the body: every removed line is one gold lists (or a layout name).
        for line in removed {
            #expect(expected.contains(line) || article.boilerplate.contains { fold($0.text) == line && $0.kind == .pageFurniture }, "removed but should stay: \(line)")
        }
        for paragraph in article.paragraphs {
            #expect(!expected.contains(fold(paragraph)))
        }
    }

    @Test func damagedReutersCopyIsRestoredLikeItsCleanTwin() throws {
        let damaged = try article("001")
        let clean = try article("004")
        #expect(damaged.isRepaired)
        #expect(!clean.isRepaired)
        let (agree, shared) = CaseAgreement.measure(damaged.paragraphs, clean.paragraphs)
        let agreement = Double(agree) / Double(shared)
        #expect(shared > 250)
        #expect(agreement >= 0.98, "case agreement \(agreement) over \(shared) shared words")
        let text = damaged.paragraphs.joined(separator: "\n")
        #expect(text.hasPrefix("Twitter’s ban") || text.hasPrefix("Twitter's ban"))
        #expect(text.contains("Kremlin spokesman Dmitry Peskov"))
        #expect(text.contains("The U.S. State Department"))
        #expect(damaged.dateline?.raw.lowercased().hasPrefix("moscow") == true)
    }

    private func fold(_ text: String) -> String {
        text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "•", with: "").trimmingCharacters(in: .whitespaces)
    }
}
