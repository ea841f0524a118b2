import Foundation
import Testing
@testable import ParallaxCore
import TestSupport

@Suite struct ParseReportTests {
    @Test func jsonFollowsTheDocumentedSchema() throws {
        let story = StoryLoader().load([SharedFixtures.exampleStory, "/nonexistent.txt"])
        let json = ParseReport(story: story).json()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["articles", "errors"])
        let articles = try #require(root["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        for article in articles {
            for key in ["file", "outlet", "headline", "dateline", "date", "byline", "paragraphs", "boilerplate", "repaired", "warnings"] {
                #expect(article.keys.contains(key), "missing \(key)")
            }
        }
        let wire = try #require(articles.first { ($0["file"] as! String).hasSuffix("meridian-wire.txt") })
        let outlet = try #require(wire["outlet"] as? [String: Any])
        #expect(outlet["name"] as? String == "Meridian")
        #expect((outlet["evidence"] as? [[String: Any]])?.first?["source"] as? String == "dateline")
        #expect((wire["boilerplate"] as? [[String: Any]])?.first?["kind"] as? String == "timestamp")
        let reprint = try #require(articles.first { ($0["file"] as! String).hasSuffix("meridian-reprint.txt") })
        #expect(reprint["repaired"] as? Bool == true)
        #expect(reprint["original_paragraphs"] is [String])
        #expect(root["errors"] as? [[String: String]] == [["file": "/nonexistent.txt", "message": "no such file or folder"]])
    }

    @Test func textListsFieldsBodyAndRemovedLines() {
        let story = StoryLoader().load([SharedFixtures.exampleStory + "/meridian-wire.txt"])
        let text = ParseReport(story: story).text()
        #expect(text.contains("Outlet:    Meridian — confidence 0.5, from dateline '(Meridian)'"))
        #expect(text.contains("Headline:  Valmora dockers strike over pay and cranes, grain exports stall"))
        #expect(text.contains("Removed (7):"))
        #expect(text.contains("  [credit] Reporting by Ana Ruiz; Editing by Jonas Peck and Mira Old"))
    }

    @Test func exampleStoryUsesItsManifest() {
        let story = StoryLoader().load([SharedFixtures.exampleStory])
        #expect(story.title == "Valmora port strike (invented example story)")
        #expect(story.diagnostics.isEmpty)
        let ledger = story.articles.first { $0.file.hasSuffix("ledger.txt") }
        #expect(ledger?.outlet?.name == "Coastal Ledger")
        #expect(ledger?.outlet?.evidence.first?.source == .manifest)
        #expect(ledger?.date == "2031-03-14")
    }
}
