import Testing
@testable import ParallaxCore

/// Whom "he" and "she" can stand for: a person, of that gender when the article says it. Sentences are invented.
struct PersonPronounTests {
    func quotes(_ paragraphs: String...) -> [Quote] { ArticleQuoter(paragraphs: paragraphs).quotes() }
    func speaker(_ found: [Quote], _ words: String) -> String? { found.first { $0.text.contains(words) }?.speaker?.name }

    @Test func titleAndRoleWords() {
        #expect(Gender(word: "Mrs") == .female)
        #expect(Gender(word: "congresswoman") == .female)
        #expect(Gender(word: "Chairman") == .male)
        #expect(Gender(word: "senator") == nil)
        #expect(Gender(word: "German") == nil)
        #expect(Gender(word: "human") == nil)
        #expect(Gender(role: "a spokeswoman for the port") == .female)
        #expect(Gender(role: "the union's chairman") == .male)
        #expect(Gender(role: "the chairman's wife") == nil)  // says both: no answer
        #expect(Gender(pronoun: "she") == .female)
        #expect(Gender(pronoun: "it") == nil)
        #expect(Gender(givenName: "Tomas") == .male)
        #expect(Gender(givenName: "Petra") == .female)
        #expect(Gender(givenName: "Robin") == nil)
    }

    /// "she" is not the man who spoke last, but the woman named since.
    @Test func sheSkipsAMan() {
        let found = quotes("“We will reopen the north pier,” Tomas Lindqvist said.",
                           "Ana Ruiz runs the ferry office. “The pier can wait a month,” she said.")
        #expect(speaker(found, "wait a month") == "Ana Ruiz")
    }

    /// A man's given name, and a role word before a name ("union spokeswoman Brannstad").
    @Test func heSkipsAWomanAndARoleWordSays() {
        let he = quotes("“The tide tables are wrong,” said Mrs. Halm.",
                        "Tomas Lindqvist, the harbour master, shook his head. “They were checked twice,” he said.")
        #expect(speaker(he, "checked twice") == "Tomas Lindqvist")
        let she = quotes("“Ferries will run on Sunday,” said Tomas Lindqvist.",
                         "Union spokeswoman Brannstad was less sure. “Nobody has asked the crews,” she said.")
        #expect(speaker(she, "asked the crews") == "Brannstad")
    }

    /// "Mr. Halm said" is the Halm who is a man, whichever Halm was named last; "she" is then the other.
    @Test func anHonorificPicksTheFullName() {
        let found = quotes("Lars Halm and his sister, Petra Halm, run the boatyard.",
                           "“We sold the boat,” Mr. Halm said.",
                           "“Nobody asked me,” she said.")
        #expect(speaker(found, "sold the boat") == "Lars Halm")
        #expect(speaker(found, "Nobody asked me") == "Petra Halm")
    }

    /// "Mr. Halm" says nothing of Kiri Halm, a full name whose given name says nothing either.
    @Test func aSurnamesTitleIsNotTheFamilys() {
        let found = quotes("“The yard is sold,” said Mr. Halm.",
                           "Kiri Halm, who keeps the books, disagreed. “It is not,” she said.")
        #expect(speaker(found, "It is not") == "Kiri Halm")
    }

    /// "“…,” she said" says so of whoever she is: a "he" after it is someone else.
    @Test func aPronounSaysTheSpeakersGender() {
        let found = quotes("Kiri Halm, who chairs the pier committee, spoke first. “We meet on Friday,” she said.",
                           "Rask Lindqvist answered from the floor. “Friday is too late,” he said.")
        #expect(speaker(found, "too late") == "Rask Lindqvist")
    }

    /// "his daughter Kiri Halm", "her son, Ari Halm": a family word before a name says the gender too.
    @Test func aFamilyWordSays() {
        let found = quotes("Rask Halm and his daughter Kiri Halm run the yard.", "“We sold it,” Mr. Halm said.")
        #expect(speaker(found, "sold it") == "Rask Halm")
        // set off by a comma: "her son, Ari Halm,"
        let son = quotes("Kiri Halm and her son, Ari Halm, run the yard.", "“We sold it,” Ms. Halm said.")
        #expect(speaker(son, "sold it") == "Kiri Halm")
    }

    /// A surname is the gender most of its family's mentions say: Tomas Halm twice, his daughter once.
    @Test func aSurnameIsWhatMostOfItsMentionsSay() {
        #expect(Gender.Count(female: 1, male: 2).majority() == .male)
        #expect(Gender.Count(female: 1, male: 1).majority() == nil)
        #expect(Gender.Count(female: 1, male: 0).majority(atLeast: 2) == nil)
        let found = quotes("“The yard stays,” Tomas Halm said.", "“We are hiring,” Tomas Halm told the crews.",
                           "Halm’s speech ran long, and then his daughter, Petra Halm, took the stage.", "She said the books were “in order.”")
        #expect(speaker(found, "in order") == "Petra Halm")
    }

    /// "Tolls are the quiet issue …; for years … he said": a word the article also writes in
    /// lower case is no person the pronoun could be.
    @Test func aLowerCaseWordIsNoSubject() {
        let found = quotes("“We will keep the ferry,” Lindqvist said.",
                           "Tolls are the quiet issue of the race; for years, at every meeting, he said the tolls would “never rise.”")
        #expect(speaker(found, "never rise") == "Lindqvist")
    }

    /// "Moments after the vote, she added": a span of time opening the sentence is no one she could be.
    @Test func aSpanOfTimeIsNoSubject() {
        let found = quotes("“We will win,” Ana Ruiz said.", "Moments after the vote, she added: “It will not be this year.”")
        #expect(speaker(found, "this year") == "Ana Ruiz")
    }

    /// "She's going to …" inside a quotation is no one named "She" that "they" could stand for.
    @Test func aContractedPronounIsNoName() {
        let found = quotes("“She's going to get a full briefing,” he said.", "The crews met on Friday, but they cite \"old\" charts for the delay.")
        #expect(speaker(found, "old") == nil)
    }

    /// "Chief of Staff Vera Sand": after "of", or after words of a body or a role, a common given name
    /// starts the name; "Kiri Ana Halm" keeps a first name no list knows.
    @Test func aGivenNameInsideARunStartsTheName() {
        let staff = quotes("Party Chief of Staff Vera Sand met the crews on Friday.", "“Not yet,” she said.")
        #expect(speaker(staff, "Not yet") == "Vera Sand")
        let union = quotes("Police Union Tomas Lindqvist met the crews on Friday.", "“Not yet,” he said.")
        #expect(speaker(union, "Not yet") == "Tomas Lindqvist")
        let kept = quotes("Kiri Ana Halm met the crews on Friday.", "“Not yet,” she said.")
        #expect(speaker(kept, "Not yet") == "Kiri Ana Halm")
    }

    /// "Some harbour officials who sailed past the Dockyard were …, but they cite": "they" is the
    /// plural subject without its relative clause, not the name inside it.
    @Test func theyIsTheSubjectBeforeItsRelativeClause() {
        let found = quotes("Some harbour officials who sailed the new channel past the Dockyard were angry on Monday, but they cite \"old\" charts.")
        #expect(speaker(found, "old") == "Some harbour officials")
        // "The fact that …" is no one, relative clause or not.
        let fact = quotes("The fact that the ferry board met twice means the plan is, say, as good as the \"pier tax\" plan.")
        #expect(speaker(fact, "pier tax") == nil)
    }

    /// "Outside Brandvik's gate": a preposition opening a sentence is no part of a name.
    @Test func aPrepositionOpensNoName() {
        let found = quotes("Jonas Berg has crewed the ferry for ten years.",
                           "Outside Brandvik's gate, the crews waited. “Nobody told us,” he said.")
        #expect(speaker(found, "Nobody told us") == "Jonas Berg")
    }

    /// Capitalised runs that are no one: a name ending in a word the article writes in lower case
    /// ("Harbour Operations" and "the operations desk"), one holding a two-word state, a "-based" place.
    @Test func placesAndThingsAreNoOne() {
        for paragraph in ["Staff at Harbour Operations were told on Friday, and the operations desk closed.",
                          "The crews met the New Jersey Pilots on Friday.", "Crews met a Lisbon-based Insurer on Friday."] {
            let found = quotes("The oldest hand on the ferry is Jonas Berg.", paragraph + " “Nobody told us,” he said.")
            #expect(speaker(found, "Nobody told us") == "Jonas Berg", "\(paragraph)")
        }
    }
    /// A short description after a name may give its gender ("Kiri Halm, the mayor's wife,"), but not the words after
    /// its head ("an adviser to Mrs. Ruiz's office"); and a surname that stood alone for someone before a full name
    /// with it first appeared ("President Halm … Kiri Halm") stays that someone.
    @Test func appositivesAndSurnamesUsedAloneFirst() throws {
        func speaker(_ paragraphs: [String], _ words: String) -> String? {
            ArticleQuoter(paragraphs: paragraphs).quotes().first { $0.text.contains(words) }?.speaker?.name
        }
        let cue = "“Nothing was given away,” Mr. Halm said."
        #expect(speaker(["Kiri Halm, the mayor's wife, welcomed the crews on Tuesday.", cue], "given away") != "Kiri Halm")
        #expect(speaker(["Jonas Halm, an adviser to Mrs. Ruiz's office, spoke on Tuesday.", cue], "given away") == "Jonas Halm")
        let later = ["President Halm opened the port on Tuesday.", "Kiri Halm, who runs the ferry line, joined the visit.",
                     "“We thank the crews,” Halm said."]
        #expect(speaker(later, "thank") == "Halm")
        #expect(speaker(["Kiri Halm runs the ferry line.", "“We thank the crews,” Halm said."], "thank") == "Kiri Halm")
    }
}
