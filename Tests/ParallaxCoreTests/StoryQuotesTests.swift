import Testing
@testable import ParallaxCore

/// Story-level quotes: names merged across outlets, reactions, and damaged copies. Texts are invented.
struct StoryQuotesTests {
    func story(_ articles: [(String, [String])]) -> Story {
        Story(title: "test", articles: articles.map { Article(file: $0.0, paragraphs: $0.1) }, diagnostics: [])
    }

    @Test func surnamesAcronymsAndDeterminersMergeAcrossTheStory() throws {
        let found = QuoteExtractor().extract(story([
            ("a.txt", ["The Dock Workers Union (DWU) called the strike on Monday.",
                       "“Not one crane moves,” union secretary Irena Kovač said.",
                       "“We are ready for a long winter,” the DWU said in a statement."]),
            ("b.txt", ["“The gates stay shut,” Kovač told reporters.",
                       "“Talks are over,” the Dock Workers Union said."]),
        ]))
        let kovac = try #require(found.speakers.first { $0.name == "Irena Kovač" })
        #expect(kovac.aliases == ["Kovač"])
        #expect(kovac.files == ["a.txt", "b.txt"])
        #expect(kovac.roles == ["union secretary"])
        let union = try #require(found.speakers.first { $0.aliases.contains("DWU") || $0.name == "DWU" })
        #expect(Set([union.name] + union.aliases) == ["Dock Workers Union", "DWU"])
        // Every quote carries the story-wide name.
        #expect(found.articles[1].quotes.first { $0.text.contains("gates") }?.speaker?.name == "Irena Kovač")
    }

    /// "Halm", said twice to be a man, joins the one full name of his gender when the story has several Halms.
    @Test func aSurnameJoinsTheOneFullNameOfItsGender() {
        let found = QuoteExtractor().extract(story([
            ("a.txt", ["“The yard is sold,” Jonas Halm said.", "“Nobody was asked,” he said."]),
            ("b.txt", ["“The ferry runs on time,” Kiri Halm, his wife, said.", "“Every day,” she said.", "“Even Sundays,” she added."]),
            ("c.txt", ["“The yard was never for sale,” Mr. Halm said.", "“Not while I run it,” he said.", "“Nor after,” he added."]),
        ]))
        #expect(found.articles[2].quotes.first?.speaker?.name == "Jonas Halm")
        #expect(found.speakers.first { $0.name == "Jonas Halm" }?.aliases == ["Halm"])
    }

    /// "Halm", said to be a man, is not the surname of Kiri Halm, said to be a woman, in another article.
    @Test func aSurnameOfTheOtherGenderStaysApart() {
        let found = QuoteExtractor().extract(story([
            ("a.txt", ["“The yard is sold,” Kiri Halm said.", "“Nobody was asked,” she said.", "“Not one of us,” she added."]),
            ("b.txt", ["“The yard was never for sale,” Halm said.", "“Not while I run it,” he said.", "“Nor after,” he added."]),
        ]))
        #expect(found.speakers.contains { $0.name == "Halm" && $0.aliases.isEmpty })
        #expect(found.articles[1].quotes.first?.speaker?.name == "Halm")
        // Said once only, a gender keeps no names apart: that "she" may have been put to the wrong person.
        let once = QuoteExtractor().extract(story([
            ("a.txt", ["“The yard is sold,” Kiri Halm said.", "“Nobody was asked,” she said.", "“Not one of us,” she added."]),
            ("b.txt", ["“The yard was never for sale,” Halm said.", "“Not while I run it,” he said."]),
        ]))
        #expect(once.articles[1].quotes.first?.speaker?.name == "Kiri Halm")
    }

    @Test func spellingsOfOneSpeakerThatTieGiveOneFixedName() throws {
        // Which of two equal spellings names the speaker must not depend on hash order (it changes per run).
        let found = QuoteExtractor().extract(story([
            ("a.txt", ["The harbour court sat on Monday.", "“The gates stay open,” the judge said."]),
            ("b.txt", ["The harbour court sat on Monday.", "“The gates stay open,” The judge said."]),
        ]))
        let judge = try #require(found.speakers.first { $0.name.lowercased() == "the judge" })
        #expect(judge.name == "the judge")
        #expect(judge.aliases == ["The judge"])
    }

    @Test func aCapitalThatOnlyOpenedASentenceIsNotTheName() throws {
        // "The judge" twice at the start of a sentence, "the judge" once inside one: one speaker, named "the judge".
        let found = QuoteExtractor().extract(story([
            ("a.txt", ["The judge said the gates would “stay open all winter long.”", "The judge added that “nobody will close them.”"]),
            ("b.txt", ["“The gates stay open,” the judge said."]),
        ]))
        let judge = try #require(found.speakers.first { $0.name.lowercased() == "the judge" })
        #expect(judge.name == "the judge")
        #expect(found.articles[0].quotes.allSatisfy { $0.speaker?.name == "the judge" })
    }

    @Test func reactionsFromQuotesAndFromReportedDeeds() throws {
        let found = QuoteExtractor().extract(story([
            ("a.txt", ["The transport ministry condemned the blockade, and the Green League welcomed the strike.",
                       "“We regret that ships are waiting,” port authority spokesman Tomas Lindqvist said.",
                       "“Retaliatory measures will follow if the gates stay shut,” Petra Halm said.",
                       "“The berths open at six,” Lindqvist added."]),
        ]))
        func stances(_ actor: String) -> Set<Reaction.Stance> { Set(found.reactions.filter { $0.actor == actor }.map(\.stance)) }
        #expect(stances("transport ministry") == [.condemns])
        #expect(stances("Green League") == [.welcomes])
        #expect(stances("Tomas Lindqvist") == [.regrets])
        #expect(stances("Petra Halm") == [.threatens])
        let evidence = try #require(found.reactions.first { $0.actor == "Green League" }?.evidence.first)
        #expect(evidence.file == "a.txt")
        #expect(evidence.text.contains("welcomed the strike"))
    }

    @Test func evidenceRepeatedInOneArticleCountsOnceButEachArticleKeepsItsOwn() throws {
        let paragraphs = ["“We regret that ships are waiting,” Tomas Lindqvist said.",
                          "“We regret that ships are waiting,” Lindqvist said again."]
        let found = QuoteExtractor().extract(story([("a.txt", paragraphs), ("b.txt", paragraphs)]))
        let regrets = try #require(found.reactions.first { $0.actor == "Tomas Lindqvist" && $0.stance == .regrets })
        #expect(regrets.evidence.map(\.file) == ["a.txt", "b.txt"])
    }

    @Test func stanceWordsMustStartAWord() {
        #expect(Reactions.stances(of: "We will not tolerate this and we condemn it") == [.condemns])
        #expect(Reactions.stances(of: "an unrelated remark about the weather") == [])
        #expect(Reactions.stances(of: "We welcome the step but it must go further") == [.welcomes, .wantsMore])
    }

    /// A denied accusation is a denial, not a condemnation; "the more money we spent" wants nothing more.
    @Test func stancesReadInTheirClause() {
        #expect(Reactions.stances(of: "The union rejects any talk of an illegal strike") == [.denies])
        #expect(Reactions.stances(of: "This illegal lockout is a disgrace, and we were never warned") == [.condemns])
        #expect(Reactions.stances(of: "The more money the port spent, the longer the queues grew") == [])
        #expect(Reactions.stances(of: "The port needs to do more for the crews") == [.wantsMore])
        #expect(Reactions.stances(of: "the many threats facing the harbour") == [])
        #expect(Reactions.stances(of: "The union threatened to walk out again") == [.threatens])
        #expect(Reactions.stances(of: "an insult dressed up as a compromise") == [.condemns])
    }

    /// Welcoming a guest is no stance; welcoming someone's offer is.
    @Test func aGuestWelcomedIsNoStance() {
        let deeds = Reactions.deeds(in: Tokenizer.tokens(paragraphs: [
            "Ruiz, who welcomed Mayor Tomas Lindqvist to the harbour on Tuesday, said talks would resume.",
            "The union welcomed Lindqvist's offer of talks.",
        ]))
        #expect(deeds.map(\.actors) == [["union"]])
        #expect(deeds.first?.stances == [.welcomes])
    }

    @Test func damagedCopyGetsItsQuotesFromACasedCopy() throws {
        let cased = Article(file: "cased.txt", paragraphs: [
            "The port authority blamed the union's “reckless tactics” for the losses, the Harbour Times reported.",
            "“We cannot keep paying for ships that wait outside,” harbour master Tomas Lindqvist said. “The port is losing customers.”",
            "Union leaders rejected the claim.",
        ])
        var damaged = Article(file: "damaged.txt", paragraphs: [
            "The port authority blamed the union's reckless tactics for the losses, the Harbour Times reported.",
            "We cannot keep paying for ships that wait outside, harbour master Tomas Lindqvist said.",
            "The port is losing customers.",
            "Union leaders rejected the claim.",
        ])
        damaged.originalParagraphs = damaged.paragraphs.map { $0.lowercased() }
        let found = QuoteExtractor().extract(Story(title: "t", articles: [cased, damaged], diagnostics: []))
        let quotes = found.articles[1].quotes.filter { $0.kind != .indirect }
        #expect(quotes.contains { $0.text == "reckless tactics" && $0.kind == .partial })
        #expect(quotes.contains { $0.text.hasPrefix("We cannot keep paying") && $0.speaker?.name == "Tomas Lindqvist" })
        #expect(quotes.contains { $0.text.hasPrefix("The port is losing customers") && $0.speaker?.name == "Tomas Lindqvist" })
    }

    @Test func damagedCopyAloneReadsFirstPersonStatements() throws {
        var damaged = Article(file: "damaged.txt", paragraphs: [
            "The strike entered its third week on Monday.",
            "We are not going anywhere.",
            "We will stay until the port listens to us, Kovac said.",
            "We have food for a month.",
            "Ships were diverted to the northern terminal.",
        ])
        damaged.originalParagraphs = damaged.paragraphs.map { $0.lowercased() }
        let found = QuoteExtractor().extract(Story(title: "t", articles: [damaged], diagnostics: []))
        let direct = found.articles[0].quotes.filter { $0.kind == .direct }
        #expect(direct.count == 2)
        #expect(direct[0].pieces.map(\.paragraph) == [1, 2])
        #expect(direct[0].speaker?.name == "Kovac")
        #expect(direct[1].text == "We have food for a month.")
        #expect(direct[1].speaker?.name == "Kovac")
    }

    @Test func editionSpellingsFoldTogether() {
        #expect(DamagedCopyQuotes.fold("analyse") == DamagedCopyQuotes.fold("analyze"))
        #expect(DamagedCopyQuotes.fold("defence") == DamagedCopyQuotes.fold("defense"))
        #expect(DamagedCopyQuotes.fold("Labour") == DamagedCopyQuotes.fold("labor"))
        #expect(DamagedCopyQuotes.fold("Twitter’s") == "twitter")
    }

    @Test func aGroupIsNoSurname() throws {
        // "Dockers" alone must not become the surname of "Norwegian Dockers" in another file.
        let found = QuoteExtractor().extract(story([
            ("a.txt", ["Norwegian Dockers said in a statement that the offer was “an insult to every crew on the quay.”"]),
            ("b.txt", ["Dockers said the strike was “the only language the port understands.”"]),
        ]))
        let names = found.articles.map { $0.quotes.first?.speaker?.name }
        #expect(names == ["Norwegian Dockers", "Dockers"])
        #expect(SpeakerIndex.isPersonName("Irena Kovač"))
        #expect(!SpeakerIndex.isPersonName("Norwegian Dockers"))
    }

    /// "John R. Kasich" and "John Kasich" are one person, so "Kasich" alone joins them; a state is no surname.
    @Test func middleInitialsAndStatesWhenMergingNames() throws {
        let found = QuoteExtractor().extract(story([
            ("a.txt", ["“The port stays open,” said Tomas R. Lindqvist, the harbour master."]),
            ("b.txt", ["“The port stays open,” said Tomas Lindqvist."]),
            ("d.txt", ["“Not one ship waits,” Lindqvist said."]),
            ("c.txt", ["“Cargo is down,” said Harbour Watch Florida.", "Florida said the figures were “the worst in a decade.”"]),
        ]))
        let lindqvist = try #require(found.speakers.first { $0.name.hasPrefix("Tomas") })
        #expect(Set([lindqvist.name] + lindqvist.aliases) == ["Tomas R. Lindqvist", "Tomas Lindqvist", "Lindqvist"])
        #expect(found.articles[3].quotes.map { $0.speaker?.name } == ["Harbour Watch Florida", "Florida"])
        #expect(SpeakerIndex.withoutInitials("Tomas R. Lindqvist") == SpeakerIndex.withoutInitials("Tomas Lindqvist"))
        #expect(SpeakerIndex.withoutInitials("Tomas Lindqvist") != SpeakerIndex.withoutInitials("Tom Lindqvist"))
    }
}
