import Foundation
import Testing
@testable import ParallaxCore
import TestSupport

/// Quotes, speakers and reactions of the five real seed articles against ../shared/seeds/gold.json.
@Suite(.enabled(if: SharedFixtures.available, "needs ../shared/seeds"))
struct SeedQuoteTests {
    let story = StoryLoader().load(SharedFixtures.seedPaths)
    var found: StoryQuotes { QuoteExtractor().extract(story) }

    @Test func everyGoldQuoteIsFoundWithItsSpeakerAndNothingExtra() throws {
        let gold = try SharedFixtures.seedGold()
        let aliases = gold["speakers"] as! [String: [String]]
        let found = found
        var wanted = 0, matched = 0, attributed = 0, extra = 0
        for answer in gold["articles"] as! [[String: Any]] {
            let file = answer["file"] as! String
            let article = try #require(found.articles.first { ($0.file as NSString).lastPathComponent == file })
            let quotes = article.quotes.filter { $0.kind == .direct || $0.kind == .partial }
            let answers = answer["quotes"] as! [[String: Any]]
            let optional = (answer["optional"] as? [[String: Any]]) ?? []
            let pairs = QuoteScoring.match(quotes.map(\.text), answers.map { $0["text"] as! String })
            let rest = quotes.indices.filter { i in !pairs.contains { $0.0 == i } }
            let optionalPairs = QuoteScoring.match(rest.map { quotes[$0].text }, optional.map { $0["text"] as! String })
            wanted += answers.count
            matched += pairs.count
            extra += rest.count - optionalPairs.count
            for (i, j) in pairs {
                let speaker = answers[j]["speaker"] as! String
                let names = [speaker] + (aliases[speaker] ?? [])
                if QuoteScoring.speakerMatches(found: quotes[i].speaker?.name, names: names) {
                    attributed += 1
                } else {
                    Issue.record("\(file): \"\(answers[j]["text"]!)\" by \(speaker), found \(quotes[i].speaker?.name ?? "nobody")")
                }
            }
        }
        #expect(matched == wanted)
        #expect(attributed == wanted)
        #expect(extra == 0)
    }

    @Test func speakersAreMergedAcrossTheSeeds() throws {
        let speakers = found.speakers
        // "Peskov said" is read as the full name the article gave before; the three articles quoting him agree.
        let peskov = try #require(speakers.first { $0.name == "Dmitry Peskov" })
        #expect(!speakers.contains { $0.name == "Peskov" })
        #expect(Set(peskov.files.map { String(($0 as NSString).lastPathComponent.prefix(3)) }) == ["001", "003", "004"])
        let zakharova = try #require(speakers.first { $0.name == "Maria Zakharova" })
        #expect(zakharova.roles.contains("spokeswoman"))
        #expect(speakers.contains { $0.name == "Twitter" || $0.aliases.contains("Twitter") })
    }

    @Test func reactionsMatchTheGoldStances() {
        let reactions = found.reactions
        func has(_ actor: String, _ stance: Reaction.Stance) -> Bool { reactions.contains { $0.actor == actor && $0.stance == stance } }
        #expect(has("Dmitry Peskov", .regrets))
        #expect(has("Maria Zakharova", .condemns))
        #expect(has("Maria Zakharova", .threatens))
        #expect(reactions.contains { ($0.actor == "RT" || $0.actor == "Russia Today") && $0.stance == .denies })
        #expect(reactions.contains { ($0.actor == "RT" || $0.actor == "Russia Today") && $0.stance == .condemns })
        #expect(has("Moscow", .threatens))
        #expect(has("Mark Warner", .welcomes))
        #expect(has("Mark Warner", .wantsMore))
        #expect(has("Amy Klobuchar", .welcomes))
    }

    @Test func mediumIsReadWhenTheTextSaysIt() throws {
        let quotes = found.articles.flatMap(\.quotes)
        #expect(quotes.first { $0.text.hasPrefix("This is the result of pressure") }?.speaker?.name == "Maria Zakharova")
        #expect(quotes.first { $0.text == "an unprecedented attack" }?.medium == "a Facebook post")
        #expect(quotes.first { $0.text.hasPrefix("We regret this") }?.medium == "a conference call")
    }
}
