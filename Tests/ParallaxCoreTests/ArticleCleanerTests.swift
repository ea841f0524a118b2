import Testing
@testable import ParallaxCore

@Suite struct ArticleCleanerTests {
    let cleaner = ArticleCleaner()

    func clean(_ text: String, format: SourceDocument.Format = .text, metadata: SourceDocument.Metadata = .init()) -> Article {
        cleaner.clean(SourceDocument(file: "t.txt", format: format, text: text, metadata: metadata))
    }

    @Test func webPageTurnedToText() {
        let article = clean("""
            March 14, 2031 / 6:12 PM / Updated 2 hours ago

            Dockers strike over pay, grain exports stall

            Dockers gather at the gate, March 14, 2031. MERIDIAN/Paulo Serrat

            VALMORA (Meridian) - Dockworkers went on strike on Tuesday.

            "We have been patient," the union said.

            Reporting by Ana Ruiz; Editing by Jonas Peck and Mira Old

            0 : 0
              • compact-phone
              • tablet-and-above
            """)
        #expect(article.headline == "Dockers strike over pay, grain exports stall")
        #expect(article.dateline?.display == "Valmora (Meridian)")
        #expect(article.date == "2031-03-14")
        #expect(article.byline == "Ana Ruiz")
        #expect(article.paragraphs == ["Dockworkers went on strike on Tuesday.", "\"We have been patient,\" the union said."])
        #expect(article.boilerplate.map(\.kind) == [.timestamp, .caption, .credit, .pageFurniture, .pageFurniture, .pageFurniture])
        #expect(article.credits == [
            Credit(name: "Paulo Serrat", role: .photo), Credit(name: "Ana Ruiz", role: .reporting),
            Credit(name: "Jonas Peck", role: .editing), Credit(name: "Mira Old", role: .editing),
        ])
    }

    @Test func relatedHeadlinesMidBodyLeave() {
        let article = clean("""
            VALMORA, March 14. /NAS/. The ministry regrets the strike, the deputy minister said.
            "We regret this stoppage," she said.
            - Grain prices rise on Santhe exchange as port stalls
            - Dockers' union marks tenth anniversary with rally
            "The government will not take sides," Halm stressed.
            """)
        #expect(article.headline == nil)
        #expect(article.dateline?.display == "Valmora, March 14 (NAS)")
        #expect(article.paragraphs.count == 3)
        #expect(article.boilerplate.map(\.kind) == [.relatedLinks, .relatedLinks])
    }

    @Test func aLongFirstSentenceIsNotAHeadline() {
        let article = clean("""
            Dockworkers at the port of Valmora walked off the job on Tuesday, halting grain shipments from the country's busiest harbour in a dispute over night-shift pay and automated cranes that has dragged on for eleven months.

            The port authority said the strike was unlawful.
            """)
        #expect(article.headline == nil)
        #expect(article.paragraphs.count == 2)
    }

    @Test func shortFirstLineIsTheHeadline() {
        let article = clean("Dockers walk out at Valmora.\n\nThe strike began at dawn.\n\nShips waited.\n")
        #expect(article.headline == "Dockers walk out at Valmora.")
        #expect(article.paragraphs == ["The strike began at dawn.", "Ships waited."])
    }

    @Test func metadataWinsAndADuplicatedTitleLineGoes() {
        let article = clean(
            "Dockers walk out\n\nThe strike began at dawn.\n",
            metadata: .init(title: "Dockers walk out", date: "2031-03-14T08:00:00Z", author: "Lee Park"))
        #expect(article.headline == "Dockers walk out")
        #expect(article.paragraphs == ["The strike began at dawn."])
        #expect(article.date == "2031-03-14")
        #expect(article.byline == "Lee Park")
    }

    @Test func markdownHeadingIsTheHeadline() {
        let article = clean("# Dockers stand firm\n\nThe strike\nwent on.\n\nMore text.\n", format: .markdown)
        #expect(article.headline == "Dockers stand firm")
        #expect(article.paragraphs == ["The strike went on.", "More text."])
    }

    @Test func bylineLineBecomesTheByline() {
        let article = clean("Dockers walk out\n\nBy Ana Ruiz and Lee Park\n\nThe strike began.\n\nShips waited.\n")
        #expect(article.byline == "Ana Ruiz and Lee Park")
        #expect(article.boilerplate.map(\.kind) == [.byline])
    }
}
