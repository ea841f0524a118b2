import Testing
@testable import ParallaxCore

@Suite struct OutletRecognizerTests {
    let recogniser = OutletRecognizer()

    @Test func catalogueHasTheOutletsItShould() {
        let catalog = OutletCatalog.standard
        #expect(catalog.outlets.count >= 60)
        for name in ["Reuters", "AP", "AFP", "TASS", "Xinhua", "The Guardian", "NYT", "BBC", "RT", "World Socialist Web Site", "Fox News"] {
            #expect(catalog.outlet(named: name) != nil, "missing \(name)")
        }
        #expect(catalog.outlet(url: "https://www.reuters.com/article/x")?.name == "Reuters")
        #expect(catalog.outlet(url: "https://edition.cnn.com/2031/03/14")?.name == "CNN")
        #expect(catalog.outlet(datelineTag: "AP")?.kind == .wire)
    }

    @Test func wireDatelineNamesTheWire() throws {
        let article = ArticleCleaner().clean(SourceDocument(file: "a", format: .text, text: "SANTHE (Reuters) - Grain prices rose.\n"))
        let outlet = try #require(recogniser.recognise(article))
        #expect(outlet.name == "Reuters")
        #expect(outlet.confidence >= 0.9)
        #expect(outlet.evidence.first?.source == .dateline)
        #expect(outlet.evidence.first?.pattern == "(Reuters)")
    }

    @Test func citedOutletsAreNotTheAuthor() {
        let article = ArticleCleaner().clean(SourceDocument(file: "a", format: .text, text: """
            The union told Reuters it would not back down, according to the BBC and the Associated Press.

            Halm said on CNN that mediation was ready.
            """))
        #expect(recogniser.recognise(article) == nil)
    }

    @Test func wirePhotoAloneDoesNotNameAnOutlet() {
        let article = ArticleCleaner().clean(SourceDocument(file: "a", format: .text, text: """
            Dockers walk out

            Dockers at the gate. REUTERS/Lee Park

            The strike began at dawn.
            """))
        #expect(article.boilerplate.map(\.kind) == [.caption])
        #expect(recogniser.recognise(article) == nil)
    }

    @Test func copyrightLineNamesTheOutlet() throws {
        let article = ArticleCleaner().clean(SourceDocument(file: "a", format: .text, text: "The strike began.\n\nCopyright 2031 The Associated Press. All rights reserved.\n"))
        let outlet = try #require(recogniser.recognise(article))
        #expect(outlet.name == "Associated Press")
        #expect(outlet.evidence.map(\.source) == [.copyright])
    }

    @Test func metadataWinsOverText() throws {
        let article = ArticleCleaner().clean(SourceDocument(file: "a", format: .text, text: "SANTHE (Reuters) - Prices rose.\n"))
        let outlet = try #require(recogniser.recognise(article, metadata: .init(outlet: "bbc", origin: "story.toml")))
        #expect(outlet.name == "BBC")
        #expect(outlet.confidence == 1)
        #expect(outlet.evidence.first?.source == .manifest)
        #expect(outlet.outlet?.kind == .publicBroadcaster)
    }

    @Test func urlDomainNamesTheOutlet() throws {
        let article = Article(file: "a", url: "https://www.theguardian.com/world/2031/mar/14/strike", paragraphs: ["Text."])
        #expect(try #require(recogniser.recognise(article)).name == "The Guardian")
    }
}
