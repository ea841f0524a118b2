import Testing
@testable import ParallaxCore

/// Quotation marks: every style, nesting, unmatched marks, apostrophes. Sentences are invented.
struct QuoteMarkTests {
    func quotes(_ paragraphs: String...) -> [Quote] { ArticleQuoter(paragraphs: paragraphs).quotes().filter { $0.kind != .indirect } }

    @Test(arguments: [
        "\"We will stay out until the cranes stop,\" Irena Kovač said.",
        "“We will stay out until the cranes stop,” Irena Kovač said.",
        "‘We will stay out until the cranes stop,’ Irena Kovač said.",
        "«We will stay out until the cranes stop», Irena Kovač said.",
        "„We will stay out until the cranes stop“, Irena Kovač said.",
        "''We will stay out until the cranes stop,'' Irena Kovač said.",
    ])
    func everyMarkStyle(paragraph: String) throws {
        let found = quotes(paragraph)
        try #require(found.count == 1)
        #expect(found[0].text.hasPrefix("We will stay out until the cranes stop"))
        #expect(found[0].kind == .direct)
        #expect(found[0].speaker?.name == "Irena Kovač")
    }

    @Test func nestedQuotesStayInsideTheOuterOne() throws {
        let found = quotes("“He told me ‘never again’, and I believed him,” said Luis Ferro.")
        try #require(found.count == 1)
        #expect(found[0].text == "He told me ‘never again’, and I believed him,")
        #expect(found[0].speaker?.name == "Luis Ferro")
    }

    /// Three typed apostrophes: after a word they close the inner quotation, then the outer; before one, the reverse.
    @Test func threeApostrophesCloseInnerThenOuter() throws {
        let found = quotes("''I tell other ports, 'I'm really sorry,''' said Mr. Berg. ''You can say that is selfish.''")
        #expect(found.map(\.text) == ["I tell other ports, 'I'm really sorry,'", "You can say that is selfish."])
        #expect(found.map { $0.speaker?.name } == ["Berg", "Berg"])
        #expect(Tokenizer.tokens("sorry,''' said").map(\.text) == ["sorry", ",", "'", "''", "said"])
        #expect(Tokenizer.tokens("'''Tis").map(\.text) == ["''", "'", "Tis"])
    }

    /// Feet and inches (6’2”, 5'11") are a height, not a quotation's end.
    @Test func anInchMarkIsNoQuoteMark() {
        let curly = quotes("“The new driver is 6’2”, so the old cab is too small,” Ruiz said.")
        #expect(curly.map(\.text) == ["The new driver is 6’2”, so the old cab is too small,"])
        #expect(curly.first?.speaker?.name == "Ruiz")
        let straight = quotes("\"He is 5'11\", and I am not,\" Ruiz said.")
        #expect(straight.map(\.text) == ["He is 5'11\", and I am not,"])
    }

    @Test func mixedMarksStillPair() throws {
        let found = quotes("The union said the “offer was an insult to every docker,\" and walked out.")
        try #require(found.count == 1)
        #expect(found[0].text == "offer was an insult to every docker,")
    }

    @Test func anUnmatchedMarkIsRecoveredLocally() throws {
        let found = quotes(
            "Kovač said “we will not move an inch and the talks ended.",
            "Later that night, “The port is closed,” Tomas Lindqvist said.")
        #expect(found.contains { $0.text == "The port is closed," && $0.speaker?.name == "Tomas Lindqvist" })
        #expect(found.contains { $0.text.hasPrefix("we will not move an inch") })
    }

    @Test func aStrayOpenerBeforeARealQuoteIsDropped() throws {
        let found = quotes("The “ban stands, the minister said, and then: “We will not reopen the port,” Petra Halm said.")
        #expect(found.contains { $0.text == "We will not reopen the port," && $0.speaker?.name == "Petra Halm" })
    }

    @Test func apostrophesAreNeverQuoteMarks() {
        #expect(quotes("The dockers’ union, formed in the ’90s, doesn’t expect the voters’ backing.").isEmpty)
        #expect(quotes("The dockers' union, formed in the '90s, doesn't expect rock 'n roll.").allSatisfy { $0.kind == .term })
    }

    @Test func aParagraphOfQuoteMarksNeverStopsTheArticle() {
        let marks = String(repeating: "“”\"‘’« ", count: 2_000)
        let found = quotes(marks, "“We are still here,” Kovač said.")
        #expect(found.contains { $0.text == "We are still here," })
    }

    @Test func multiParagraphQuoteIsOneQuote() throws {
        let found = quotes(
            "“We tried everything the port asked of us.",
            "“We met every night for a month.",
            "“But time ran out,” Kovač said.")
        try #require(found.count == 1)
        #expect(found[0].pieces.map(\.paragraph) == [0, 1, 2])
        #expect(found[0].text == "We tried everything the port asked of us. We met every night for a month. But time ran out,")
        #expect(found[0].speaker?.name == "Kovač")
    }

    @Test func splitQuoteIsOneQuote() throws {
        let found = quotes("“We tried,” she said, “but time ran out.”")
        try #require(found.count == 1)
        #expect(found[0].text == "We tried, but time ran out.")
        #expect(found[0].pieces.count == 2)
    }

    @Test func aNewSentenceAfterTheCueIsANewQuoteBySameSpeaker() throws {
        let found = quotes("“We tried,” Kovač said. “The port did not.”")
        try #require(found.count == 2)
        #expect(found.allSatisfy { $0.speaker?.name == "Kovač" })
    }

    @Test func offsetsPointAtTheQuotedWords() throws {
        let paragraph = "Halm said: “The berths reopen on Monday.”"
        let quote = try #require(quotes(paragraph).first)
        let scalars = Array(paragraph.unicodeScalars)
        let text = String(String.UnicodeScalarView(scalars[quote.pieces[0].start..<quote.pieces[0].end]))
        #expect(text == "The berths reopen on Monday.")
        #expect(quote.offset == quote.pieces[0].start)
    }
}
