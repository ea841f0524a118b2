import Foundation
import Testing
@testable import ParallaxCore
import TestSupport

/// Comparing the five real seed articles, against ../shared/seeds/gold.json.
@Suite(.enabled(if: SharedFixtures.available, "needs ../shared/seeds"))
struct SeedCompareTests {
    let story = StoryLoader().load(SharedFixtures.seedPaths)
    var comparison: StoryComparison { Comparer().compare(story, quotes: QuoteExtractor().extract(story)) }
    func prefix(_ article: Int) -> String { String((story.articles[article].file as NSString).lastPathComponent.prefix(3)) }

    @Test func theOnlyCopiesAreTheTwoReutersEditions() throws {
        let comparison = comparison
        #expect(comparison.copies.map { $0.articles.map(prefix).sorted() } == [["001", "004"]])
        let changes = try #require(comparison.copies.first?.differences.first)
        #expect(Set(changes.map { [$0.removed, $0.added].sorted() }) == [["analyse", "analyze"], ["defence", "defense"]])
    }

    @Test func everyGoldStatementGroupIsOneGroup() throws {
        let gold = try SharedFixtures.seedGold()
        let groups = (gold["story"] as! [String: Any])["same_statement_across_outlets"] as! [[String: Any]]
        let statements = comparison.statements
        for group in groups {
            let files = Set((group["in"] as! [String]).map { String($0.prefix(3)) })
            let speaker = group["speaker"] as! String
            // One found group covers all the files of the gold group, for that speaker.
            let covering = statements.filter { files.isSubset(of: Set($0.articles.map(prefix))) }
            #expect(!covering.isEmpty, "no group covers \(speaker): \(group["what"]!)")
        }
        #expect(statements.count >= groups.count)
    }

    @Test func onlyInNamesWhatGoldSaysOnlyOneCarries() {
        let comparison = comparison
        func only(_ name: String) -> String { comparison.onlyIn[story.articles.indices.first { prefix($0) == name }!].joined(separator: "\n") }
        #expect(only("000").contains("201 Russian-linked accounts"))
        #expect(only("000").contains("Russia denies the allegation and Trump has also denied any collusion"))
        #expect(only("002").contains("foreign agent"))
        #expect(only("002").contains("split newsfeed"))
        #expect(only("002").contains("Google altered its search engine"))
        #expect(only("001").contains("sanctions against Russia were a cause for concern"))
        #expect(only("004").contains("informing Congress"))
    }

    @Test func amountsAgreeAcrossWordings() throws {
        let fact = try #require(comparison.facts.first { $0.amounts.contains { $0.unit == "USD" } })
        #expect(fact.amounts.filter { $0.unit == "USD" }.allSatisfy { $0.value == 1_900_000 })
        #expect(fact.conflicts.isEmpty)
    }
}
