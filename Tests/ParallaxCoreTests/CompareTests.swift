import Testing
@testable import ParallaxCore

/// Comparing outlets on invented articles.
struct CompareTests {
    static let wire = [
        "Dockworkers at Valmora walked off the job on Tuesday over night-shift pay and automated cranes, halting grain exports.",
        "“We will not go back until the automation plan is on the table,” union secretary Irena Kovač said.",
        "The port authority said the strike would cost the harbour 4.2 million euros a day and urged the union to return to talks.",
        "Harbour master Tomas Lindqvist said three grain ships were waiting at anchor and the analysis of losses would take a week.",
    ]

    func story(_ articles: [[String]]) -> (Story, StoryQuotes, StoryComparison) {
        let story = Story(title: "t", articles: articles.enumerated().map { Article(file: "\($0.offset).txt", paragraphs: $0.element) }, diagnostics: [])
        let quotes = QuoteExtractor().extract(story)
        return (story, quotes, Comparer().compare(story, quotes: quotes))
    }

    @Test func copiesAreFoundThroughCaseDamageAndSpellingEditions() throws {
        var reprint = Self.wire.map { $0.replacingAll("analysis", with: "analysis").replacingAll("harbour", with: "harbor") }
        reprint[0] = reprint[0].lowercased()
        let independent = [
            "Grain exports from Valmora stopped this week as the dockers' union called a strike over cranes.",
            "Irena Kovač told our reporter the union wanted the automation plan in writing before any return.",
        ]
        let (_, _, comparison) = story([Self.wire, reprint, independent])
        #expect(comparison.copies.map(\.articles) == [[0, 1]])
        let changes = try #require(comparison.copies.first?.differences.first)
        #expect(changes.contains { $0.removed == "harbour" && $0.added == "harbor" })
        #expect(!changes.contains { $0.removed.lowercased() == $0.added.lowercased() })  // case is never a difference
        #expect(comparison.source == [0, 0, 2])
    }

    @Test func differentOutletsOnOneEventAreNotCopies() {
        let other = [
            "Striking dockworkers shut Valmora port on Tuesday, and grain ships queued offshore.",
            "The port authority put the daily cost at 4.2 million euros and called for talks.",
            "Union leader Irena Kovač said the dockers wanted the crane plan in writing.",
        ]
        #expect(story([Self.wire, other]).2.copies.isEmpty)
    }

    @Test func oneStatementInTwoWordingsIsOneGroup() throws {
        let a = ["Petra Halm, the deputy transport minister, spoke on Wednesday.", "“Retaliatory measures against the union will naturally follow,” Halm said."]
        let b = ["Deputy transport minister Petra Halm was blunt.", "“Naturally, a response against the union will follow,” she said."]
        let c = ["Luis Ferro, a crane operator, said: “Naturally, we will follow the union.”"]
        let (_, _, comparison) = story([a, b, c])
        let group = try #require(comparison.statements.first)
        #expect(comparison.statements.count == 1)
        #expect(group.speaker == "Petra Halm")
        #expect(group.articles == [0, 1])  // Ferro's similar words are his own statement
    }

    @Test func wordDiffMarksWhatChanged() {
        let parts = WordDiff.diff("Retaliatory measures will naturally follow", "Naturally, a response will follow")
        #expect(parts.contains(.removed("Retaliatory")))
        #expect(parts.contains(.added("response")))
        #expect(parts.contains(.same("follow")))
        #expect(WordDiff.changes(WordDiff.diff("We tried hard", "we tried HARD")).isEmpty)
    }

    @Test func amountsAreNormalisedAndContradictionsFlagged() throws {
        let tokens = Tokenizer.tokens("It will donate $1.9m, or $ 1.9 mln, which is 1.9 million dollars, to 201 Russian-linked accounts, about 6%.")
        let amounts = Amounts.find(tokens)
        #expect(amounts.filter { $0.unit == "USD" }.allSatisfy { $0.value == 1_900_000 })
        #expect(amounts.filter { $0.unit == "USD" }.count == 3)
        #expect(amounts.contains(Amount(value: 201, unit: "account")))
        #expect(amounts.contains(Amount(value: 6, unit: "%")))
        // Found by the fuzzer: a number too big for an Int is still printed, and one too big for a Double is no amount.
        let huge = Amounts.find(Tokenizer.tokens("It called 999999999999999999999999 claims and \(String(repeating: "9", count: 400))bn dollars false."))
        #expect(huge.map(\.description) == ["1e+24 claim"])
        let (_, _, comparison) = story([
            ["The port authority said the strike costs the harbour 4.2 million euros a day in lost grain exports."],
            ["The port authority said the strike costs the harbour €5m a day in lost grain exports, a figure the union disputes."],
        ])
        let fact = try #require(comparison.facts.first { $0.articles == [0, 1] })
        #expect(fact.conflicts.map(\.amount.description).sorted() == ["€4.2 million", "€5 million"])
    }

    @Test func onlyInAndLeftOut() throws {
        let shared = "The port authority said the strike costs the harbour 4.2 million euros a day in lost grain exports."
        let (_, _, comparison) = story([
            [shared, "Three farmers' cooperatives in the north said they would sue the port authority for the spoiled wheat."],
            [shared.replacingAll("costs", with: "is costing"), "Ships queued outside the breakwater."],
            ["Dock workers marched through the old town on Wednesday evening with drums and banners."],
        ])
        #expect(comparison.onlyIn[0] == ["Three farmers' cooperatives in the north said they would sue the port authority for the spoiled wheat."])
        #expect(comparison.onlyIn[2] == ["Dock workers marched through the old town on Wednesday evening with drums and banners."])
        #expect(comparison.omits[2] == [shared])
        #expect(comparison.omits[0].isEmpty)
    }

    @Test func voiceSetsOwnJudgementApartFromReporting() {
        let (_, _, comparison) = story([[
            "The port authority, predictably, called the strike unlawful in a so-called statement of regret.",
            "“This is a disgraceful blockade,” Halm claimed.",
            "The union insisted the strike was lawful, Kovač said.",
        ]])
        let voice = comparison.voice[0]
        #expect(voice.editorial.isEmpty)  // the judging sentence is attributed ("called"), the quote is Halm's
        #expect(voice.loadedWords["so-called"] == 1)
        #expect(voice.attributionVerbs["claimed"] == 1)
        let own = story([["The ruling elite predictably cracked down on dissent in a shameful week for the port."]]).2.voice[0]
        #expect(own.editorial.count == 1)
    }

    @Test func coverageMatrixMarksQuotedMentionedAbsent() throws {
        let (_, _, comparison) = story([
            ["“We stay out,” Irena Kovač said.", "Tomas Lindqvist did not comment."],
            ["“Ships are waiting,” Tomas Lindqvist said."],
            ["The grain price rose."],
        ])
        let coverage = comparison.coverage
        let kovac = try #require(coverage.actors.firstIndex(of: "Irena Kovač"))
        let lindqvist = try #require(coverage.actors.firstIndex(of: "Tomas Lindqvist"))
        #expect(coverage.cells[kovac] == [.quoted, .absent, .absent])
        #expect(coverage.cells[lindqvist] == [.mentioned, .quoted, .absent])
    }

    @Test func sideBySideAlignsWhatBothSay() {
        let (_, _, comparison) = story([
            ["The port authority said the strike costs the harbour 4.2 million euros a day in lost grain exports.", "Ships queued outside the breakwater for a third night."],
            ["Farmers in the north said the spoiled wheat would ruin them this winter.", "The strike is costing the harbour 4.2 million euros a day in lost grain exports, the port authority said."],
        ])
        let rows = comparison.sideBySide(0, 1)
        #expect(rows.contains { $0.left?.paragraph == 0 && $0.right?.paragraph == 1 })
        #expect(rows.contains { $0.left?.paragraph == 1 && $0.right == nil })
        #expect(rows.contains { $0.left == nil && $0.right?.paragraph == 0 })
    }
}
