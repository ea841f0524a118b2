import Testing
@testable import ParallaxCore

/// Cues, speakers, roles, pronouns and kinds. Sentences are invented.
struct QuoteAttributionTests {
    /// Titles: up to ten words, every longer one capitalised; more words, or a longer lower-case one, are not.
    @Test func titlesAreShortAndCapitalised() {
        #expect(ArticleQuoter.isTitle("Night Shift at the Harbour"))
        #expect(ArticleQuoter.isTitle("Valmora 2026"))
        #expect(!ArticleQuoter.isTitle("Night shift at the harbour"))
        #expect(!ArticleQuoter.isTitle(""))
        #expect(!ArticleQuoter.isTitle("One Two Three Four Five Six Seven Eight Nine Ten Eleven"))
        #expect(ArticleQuoter.isTitle("One Two Three Four Five Six Seven Eight Nine Ten"))
        // letters beyond ASCII: a capital opens a title's word, and a short word is three characters, not bytes
        #expect(ArticleQuoter.isTitle("Élan and Über at the Quay"))
        #expect(ArticleQuoter.isTitle("Summer été Nights"))
        #expect(!ArticleQuoter.isTitle("Summer étés Nights"))
        #expect(!ArticleQuoter.isTitle("Élan élan"))
        #expect(ArticleQuoter.hasLowercase("WE WILL not MOVE"))
        #expect(ArticleQuoter.hasLowercase("GRÈVE é"))
        #expect(!ArticleQuoter.hasLowercase("WE WILL NOT MOVE — GRÈVE!"))
    }

    func quotes(_ paragraphs: String...) -> [Quote] { ArticleQuoter(paragraphs: paragraphs).quotes() }
    func quote(_ paragraphs: String..., containing words: String) throws -> Quote {
        try #require(ArticleQuoter(paragraphs: paragraphs).quotes().first { $0.text.contains(words) })
    }

    @Test func cueBeforeWithColonAndThat() throws {
        #expect(try quote("Tomas Lindqvist said: “The cranes are idle.”", containing: "cranes").speaker?.name == "Tomas Lindqvist")
        let partial = try quote("Lindqvist said that the strike had “cost the port a fortune”.", containing: "fortune")
        #expect(partial.kind == .partial)
        #expect(partial.speaker?.name == "Lindqvist")
    }

    /// Naming verbs govern partial quotes: "calls … “…”" after a described subject, "characterizes … as “…”".
    @Test func namingVerbsGovernPartialQuotes() throws {
        let calls = try quote("The mayor calls the issue of safety “a priority” for crews.", containing: "priority")
        #expect(calls.kind == .partial)
        #expect(calls.speaker?.name == "The mayor")
        let characterizes = try quote(
            "Ana Ruiz led the crane crews.", "Ruiz routinely characterizes herself as a “change maker” in speeches.", containing: "change maker")
        #expect(characterizes.kind == .partial)
        #expect(characterizes.speaker?.name == "Ana Ruiz")
        let afterAppositive = try quote(
            "Former port director Ana Ruiz, an early supporter of the union, calls the issue “a priority” for crews.", containing: "priority")
        #expect(afterAppositive.speaker?.name == "Ana Ruiz")
        // "calls" after a determiner is still a noun: the cue after the quote speaks.
        let noun = try quote("The calls from the union “went unanswered for days,” Tomas Lindqvist said.", containing: "unanswered")
        #expect(noun.speaker?.name == "Tomas Lindqvist")
    }

    /// "Will" is a modal in "will say" but a name in "George Will wrote" and, before a past form, "Will wrote".
    @Test func willAsSurname() throws {
        let paragraphs = [
            "The dockers stayed out on Tuesday, columnist George Will wrote.",
            "“The strike is a failure of nerve on every side,” Will wrote.",
            "Will described the mayor as “a bystander” in his own city.",
        ]
        let found = ArticleQuoter(paragraphs: paragraphs).quotes()
        #expect(found.map { $0.speaker?.name } == ["George Will", "George Will", "George Will"])
        #expect(found.first?.kind == .indirect)
        #expect(found[1].cue == "Will wrote")
        // The same name before the quote, opening the sentence: the cue holds it.
        let before = ArticleQuoter(paragraphs: [paragraphs[0], "Will wrote that the talks had “collapsed for good.”"]).quotes()
        #expect(before.last?.cue == "Will wrote")
        #expect(before.last?.speaker?.name == "George Will")
        // A modal still is one: the speaker is the name before it.
        #expect(try quote("Ana Ruiz will say only that “talks go on.”", containing: "talks").speaker?.name == "Ana Ruiz")
    }

    /// Two speakers with a long affiliation after "of" (its own "and" included) still make the cue after the quote.
    @Test func severalSpeakersWithLongAffiliation() throws {
        let found = try quote(
            "“New cranes would lift twice the load,” port experts Ana Ruiz and Petra Halm of Valmora's Institute for Science and Harbour Studies wrote in May.",
            containing: "cranes")
        #expect(found.speaker?.name == "Ana Ruiz and Petra Halm")
        #expect(found.speaker?.members == ["Ana Ruiz", "Petra Halm"])
        let eachWithOwn = try quote(
            "“The cranes are idle,” said Ana Ruiz of the dockers' union and Petra Halm of the transport ministry.", containing: "idle")
        #expect(eachWithOwn.speaker?.members == ["Ana Ruiz", "Petra Halm"])
    }

    /// Two speakers with their roles, then "both …" set off before the verb: the pair speaks, not the appositive.
    @Test func aPairDescribedTogetherBeforeTheVerb() throws {
        let found = try quote(
            "“We will not move,” harbour port chief Ana Ruiz and union leader Tomas Lindqvist, both Valmorans, said.", containing: "move")
        #expect(found.speaker?.members == ["Ana Ruiz", "Tomas Lindqvist"])
        let all = try quote("“We will not move,” dock chief Ana Ruiz and Petra Halm, all of them Valmorans, said.", containing: "move")
        #expect(all.speaker?.members == ["Ana Ruiz", "Petra Halm"])
    }

    /// An opening phrase set off by dashes is skipped to find the sentence's subject.
    @Test func openingPhraseBetweenDashes() throws {
        let found = try quote(
            "Hastily blaming the union — much like he did in January — the mayor cast the blame on the crews, and emphasized the threat that “harbour anarchy” poses.",
            containing: "anarchy")
        #expect(found.speaker?.name == "the mayor")
    }

    /// Opening phrases that start with a participle, a passive participle and its agent, or an adverb and
    /// a preposition are skipped, also when "--" stands for the dash; the word that opens them is no name.
    @Test func openingPhrasesBeforeTheSubject() throws {
        let marking = try quote(
            "Marking the end of the strike with an unusually formal speech -- complete with a brass band -- Ruiz told the crews that “the harbour is ours again.”",
            containing: "harbour is ours")
        #expect(marking.speaker?.name == "Ruiz")
        let fueled = try quote(
            "Fueled apparently by anger at the council, Lindqvist explained the mayor’s refusal to call it a “lockout” is a weakness.", containing: "lockout")
        #expect(fueled.speaker?.name == "Lindqvist")
        let shortly = try quote(
            "Shortly after Halm’s press call ended, the union sent out a statement saying Halm owes “the crews an apology for the lost wages.”",
            containing: "lost wages")
        #expect(shortly.speaker?.name == "union")
        // With no subject to find, the opening word is still no speaker.
        let based = try quote("Based on three weeks of talks with the crews, it seems “a fair offer for everyone involved”.", containing: "fair offer")
        #expect(based.speaker == nil)
        let beyond = try quote("Beyond just wages, Ruiz’s union has put out a stream of leaflets portraying Halm as a mayor who “will say whatever works on the day.”",
                               containing: "whatever works")
        #expect(beyond.speaker?.name != "Beyond")
        // A name in -ing before its verb is a name.
        #expect(try quote("Manning said the talks would resume on “Monday at the latest.”", containing: "Monday").speaker?.name == "Manning")
    }

    /// "South Carolina, he said, was …": a short topic before "he said" is not the speaker; the pronoun is.
    @Test func pronounAfterAFrontedTopic() throws {
        let found = try quote(
            "“We will not back down,” Lindqvist said. “We are trying to show some patience.” The north pier, he said, was “where the crews will hold.”",
            containing: "some patience")
        #expect(found.speaker?.name == "Lindqvist")
        #expect(try quote(
            "Lindqvist spoke first. “We are trying to show some patience.” The north pier, he said, was “where the crews will hold.”",
            containing: "crews will hold").speaker?.name == "Lindqvist")
    }

    /// "…, but in a later interview said": the object of a preposition running into the verb did not speak;
    /// one set off by commas after a name is an aside ("Ruiz, in a brief interview on Saturday, said").
    @Test func prepositionalObjectIsNoSpeaker() throws {
        let later = try quote(
            "The clerk first said he did not recall the order, but in a later interview said he had an “oh no” moment.", containing: "oh no")
        #expect(later.speaker?.name != "a later interview")
        let aside = try quote(
            "Ana Ruiz, in a brief interview on Saturday at the union hall, said the offer was “truly a great step.”", containing: "great step")
        #expect(aside.speaker?.name == "Ana Ruiz")
        let interview = try quote("In a statement the ministry said the strike was “unlawful and costly.”", containing: "unlawful")
        #expect(interview.speaker?.name == "ministry")
    }

    /// "The endorsement comes three days after Ruiz told …": the name after a subordinating word speaks.
    @Test func nameAfterSubordinatingWord() throws {
        let found = try quote(
            "The endorsement comes just three days after Ruiz told the Valmora Herald she was “not quite there yet” on the offer.",
            containing: "not quite")
        #expect(found.speaker?.name == "Ruiz")
    }

    /// "Mrs. Ruiz's father grew up here, as she said": the pronoun stands for the possessor, without its "'s".
    @Test func pronounForAPossessorDropsTheApostrophe() throws {
        let found = try quote(
            "Yet in the hall on Monday, in the town where both have roots — Ms. Ruiz's father also worked here, as she said at the outset — the crowd cheered her “harbour moonshot” plan.",
            containing: "moonshot")
        #expect(found.speaker?.name == "Ruiz")
    }

    @Test func invertedCueWithRole() throws {
        let found = try quote("“We held the line,” said Ana Ruiz, the crane crew's shop steward.", containing: "line")
        #expect(found.speaker?.name == "Ana Ruiz")
        #expect(found.speaker?.role == "shop steward")
        #expect(found.speaker?.affiliation == "the crane crew")
    }

    @Test func roleBeforeTheName() throws {
        let found = try quote("“Ships are waiting,” port authority spokesman Tomas Lindqvist told reporters.", containing: "Ships")
        #expect(found.speaker?.name == "Tomas Lindqvist")
        #expect(found.speaker?.role == "port authority spokesman")
        #expect(found.cue == "port authority spokesman Tomas Lindqvist told")
    }

    @Test func appositiveGivesRoleAndAffiliation() throws {
        let found = try quote(
            "Petra Halm, a spokeswoman for the transport ministry, said in a Facebook post that the strike was “an unlawful blockade”.",
            containing: "blockade")
        #expect(found.speaker?.name == "Petra Halm")
        #expect(found.speaker?.role == "spokeswoman")
        #expect(found.speaker?.affiliation == "the transport ministry")
        #expect(found.medium == "a Facebook post")
        #expect(found.kind == .partial)
    }

    @Test func possessiveAffiliation() throws {
        let found = try quote("The Dock Workers Union's deputy secretary Irena Kovač called the offer “an insult”.", containing: "insult")
        #expect(found.speaker?.name == "Irena Kovač")
        #expect(found.speaker?.affiliation == "Dock Workers Union")
        #expect(found.speaker?.role == "deputy secretary")
    }

    @Test func colonAndDashAttributions() throws {
        #expect(try quote("Kovač: “No deal without the night shift.”", containing: "night").speaker?.name == "Kovač")
        #expect(try quote("“The berths stay shut.” — Commissioner Tomas Berg", containing: "berths").speaker?.name == "Tomas Berg")
        // A party and state in brackets before the colon close the name.
        #expect(try quote("Rep. Ana Ruiz (D-Val.):“Who told you that the berths were safe?”", containing: "berths").speaker?.name == "Ana Ruiz")
    }

    @Test func accordingToNamesTheSpeakerOrTheRelay() throws {
        #expect(try quote("“Talks resume at dawn,” according to Tomas Lindqvist.", containing: "dawn").speaker?.name == "Tomas Lindqvist")
        let relayed = try quote(
            "Petra Halm said, “the port will reopen by force if it must,” according to the Harbour Times.", containing: "force")
        #expect(relayed.speaker?.name == "Petra Halm")
        #expect(relayed.via == "the Harbour Times")
    }

    @Test func severalSpeakersAtOnce() throws {
        let found = try quote("Irena Kovač and Luis Ferro said, “We will not sign.”", containing: "sign")
        #expect(found.speaker?.members == ["Irena Kovač", "Luis Ferro"])
    }

    @Test func pronounsResolveToTheLastFittingEntity() throws {
        let found = quotes(
            "Irena Kovač addressed the dockers at the gate on Friday.",
            "“We are not going back,” she said.",
            "The Meridian Shipping Company posted its own notice.",
            "“Every berth will be served,” it said.")
        #expect(found.first { $0.text.contains("going back") }?.speaker?.name == "Irena Kovač")
        #expect(found.first { $0.text.contains("berth") }?.speaker?.name == "Meridian Shipping Company")
    }

    /// "it" speaking is the body or text a sentence just before was about, described or named, not a place
    /// or a body named earlier in the story.
    @Test func itIsTheBodyOrTextJustSpokenOf() throws {
        let union = quotes(
            "The Meridian Shipping Company spoke for the owners on Friday.",
            "Talks in Valmora broke down on Monday. The union issued a statement late that night.",
            "“We will not return until the board listens,” it said.")
        #expect(union.first { $0.text.contains("return") }?.speaker?.name == "union")
        let lawsuit = quotes(
            "Ana Ruiz filed for damages in Norland.",
            "The lawsuit was filed in Norland on Monday. It also claims that “the board knew of the danger for years.”")
        #expect(lawsuit.first { $0.text.contains("danger") }?.speaker?.name == "The lawsuit")
    }

    /// Family words are people: "his wife" is someone else than him, and "Sand’s husband, Jonas," is Jonas.
    @Test func aRelativeIsSomeoneElse() throws {
        let wife = quotes("Tomas Lindqvist spoke first at the meeting.", "“He works every night,” his wife said.")
        #expect(wife.first?.speaker?.name == "his wife")
        let husband = quotes("“I have never seen anything like it,” says Ana Sand.", "Sand’s husband, Jonas, is less sure. “It will pass,” he says.")
        #expect(husband.map { $0.speaker?.name } == ["Ana Sand", "Jonas"])
        // A relative of the other sex before "as she said" still leaves her the speaker.
        let daughter = try quote("Ms. Ruiz's father worked at the quay, as she said, and she called the port “our family's home.”", containing: "family")
        #expect(daughter.speaker?.name == "Ruiz")
    }

    @Test func descriptionsResolveToTheirEntity() throws {
        let found = quotes(
            "Meridian Shipping Company said it would divert two ships to the northern terminal.",
            "“We regret the delay to our customers,” the Lisbon-based company said.",
            "Port authority spokesman Tomas Lindqvist spoke after the vote.",
            "“Nobody wins this,” the spokesman said.")
        #expect(found.first { $0.text.contains("regret") }?.speaker?.name == "Meridian Shipping Company")
        #expect(found.first { $0.text.contains("Nobody") }?.speaker?.name == "Tomas Lindqvist")
    }

    @Test func continuationParagraphInheritsTheSpeaker() throws {
        let found = quotes(
            "“We asked for a fair shift pattern,” Luis Ferro said.",
            "“Instead we got letters from lawyers and a lockout notice.”")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker?.name == "Luis Ferro" })
    }

    @Test func oneWordPartialsGovernedByLabellingVerbs() throws {
        let found = try quote("Halm called the walkout “reckless”.", containing: "reckless")
        #expect(found.kind == .partial)
        #expect(found.speaker?.name == "Halm")
    }

    @Test func scareQuotesAndTitlesAreTerms() {
        let found = quotes(
            "The ministry registered the union as a “foreign agent” last year.",
            "Posters about human “trolls” went up on the gates.",
            "Ferro once appeared on “Harbour Lights Tonight” as a guest.")
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.kind == .term && $0.speaker == nil })
    }

    @Test func indirectSpeechWithItsSpeaker() throws {
        let found = quotes("The transport ministry said the blockade was unlawful and would be broken up.")
        let indirect = try #require(found.first { $0.kind == .indirect })
        #expect(indirect.text == "the blockade was unlawful and would be broken up")
        #expect(indirect.speaker?.name == "transport ministry")
        let closing = try #require(quotes("The strike had cost the port two million euros a day, the port authority said on Friday.").first)
        #expect(closing.kind == .indirect)
        #expect(closing.text == "The strike had cost the port two million euros a day")
    }

    @Test func participleTakesTheSubjectOfTheSentence() throws {
        let found = try quote("Lindqvist toured the empty quay on Monday, telling the crews: “This cannot last.”", containing: "last")
        #expect(found.speaker?.name == "Lindqvist")
    }

    /// A participle after a cue that closes the sentence's first clause belongs to that cue's speaker, not to
    /// whoever the sentence opens with.
    @Test func aParticipleAfterAClosingCueIsThatSpeakers() throws {
        let found = try quote("Ruiz’s “games” are shameful, Halm said Tuesday in Valmora, noting the harbour chief “wants the crews to starve.”",
                              containing: "starve")
        #expect(found.speaker?.name == "Halm")
        let adding = try quote("Ruiz will lose the vote, Lindqvist said on Friday, adding that she had “never listened to the crews.”", containing: "never")
        #expect(adding.speaker?.name == "Lindqvist")
    }

    /// A speech verb joined by "and" to an earlier verb shares that clause's subject, even after an opening
    /// clause that names someone else.
    @Test func aVerbJoinedByAndSharesItsClausesSubject() throws {
        let said = try quote("After the vote, which Ruiz called a farce, Halm shook his head and said, “No deal tonight.”", containing: "No deal")
        #expect(said.speaker?.name == "Halm")
        let accused = try quote("When told the crews had walked out, Ruiz slammed the move as a stunt and accused Halm of a “flip-flop.”",
                                containing: "flip-flop")
        #expect(accused.speaker?.name == "Ruiz")
    }

    /// A weekday opens a time phrase ("Thursday night,"), not a name: the subject comes after it.
    @Test func aWeekdayOpensATimePhrase() throws {
        let found = try quote("Thursday night, Ana Ruiz issued a statement saying the crane “will need weeks of repairs.”", containing: "repairs")
        #expect(found.speaker?.name == "Ana Ruiz")
    }

    /// A stray comma between a party and state and the verb ("Sen. Ana Ruiz (D-Val.), said") still leaves the name as subject.
    @Test func aStrayCommaAfterThePartyKeepsTheSubject() throws {
        let found = try quote("Sen. Ana Ruiz (D-Val.), said on Tuesday that she had not read it, but called it a “start for our talks.”", containing: "start")
        #expect(found.speaker?.name == "Ana Ruiz")
    }

    /// A paragraph that is all quote, after a paragraph of narration that opens with a person, is that person's;
    /// not when the narration only supposes them ("If Lindqvist wins, …").
    @Test func aQuoteParagraphAfterNarrationAboutSomeoneIsTheirs() throws {
        let found = try quote("Ana Ruiz, the harbour chief, met the crews on Monday.", "Ruiz, who looked tired, answered by pointing at the idle cranes.",
                              "“We will not sign a deal that empties this port by the spring.”", containing: "empties")
        #expect(found.speaker?.name == "Ana Ruiz")
        let supposed = try quote("Tomas Lindqvist spoke for the union.", "If Lindqvist wins the vote, the strike could end within a week.",
                                 "“Nobody here wants a winter without wages or ferries.”", containing: "ferries")
        #expect(supposed.speaker == nil)
    }

    /// "barked" and "pressed" speak; "pressed for" a deal does not.
    @Test func barkedAndPressedAreSpeechVerbs() throws {
        #expect(try quote("“Get off the pier,” Halm barked at the crowd.", containing: "pier").speaker?.name == "Halm")
        #expect(try quote("“Would you sign it tomorrow?” Lindqvist pressed.", containing: "sign").speaker?.name == "Lindqvist")
        let pushed = try quote("Halm pressed for a “quick settlement” before the holiday.", containing: "settlement")
        #expect(pushed.kind == .term && pushed.cue == nil)
    }

    /// A text that "read" or "reads" speaks for whoever owns it ("Ruiz's statement read"); "would read this as" and
    /// "her recent reads" quote no text.
    @Test func aTextThatReadsSpeaksForItsAuthor() throws {
        let inverted = try quote("The night shift sat down on Sunday.", "“The harbour stays shut until Monday,” read the statement.", containing: "shut")
        #expect(inverted.speaker?.name == "the statement")
        #expect(try quote("“The harbour stays shut until Monday,” the notice read.", containing: "shut").speaker?.name == "the notice")
        #expect(try quote("“The harbour stays shut until Monday,” Ruiz's statement read.", containing: "shut").speaker?.name == "Ruiz")
        let reader = try quote("A careful reader would read this as “a promise to keep the harbour shut all winter.”", containing: "promise")
        #expect(reader.cue == nil)
        #expect(try quote("One of her recent reads, “The Long Strike,” was about another port.", containing: "Long").kind == .term)
    }

    /// A text speaks for its owner: the possessor before it, past the platform's name or after "on" ("A post on
    /// Lindqvist's page"), or whoever it is from or by — also in a colon cue opening "From …" — but not a possessor
    /// inside a longer phrase about someone else ("Critics of Ruiz's speech"), nor "a call for" something, a demand.
    @Test func aTextSpeaksForItsOwner() throws {
        #expect(try quote("From Halm's Instagram post: “We will keep the harbour open.”", containing: "open").speaker?.name == "Halm")
        #expect(try quote("A post on Lindqvist's Facebook page said: “The port must stay open.”", containing: "port").speaker?.name == "Lindqvist")
        #expect(try quote("According to Halm's post on the union's website, the harbour “will stay open all winter.”", containing: "winter")
            .speaker?.name == "Halm")
        #expect(try quote("From a statement by Kiri Halm: “We will not return.”", containing: "return").speaker?.name == "Kiri Halm")
        let mayor = try quote("The mayor's Twitter account said: “Stay calm.”", containing: "calm").speaker
        #expect(mayor?.name == "The mayor")
        #expect(mayor?.role == "mayor")
        #expect(try quote("“The ferries run as usual,” read a notice from the port authority.", containing: "ferries").speaker?.name == "port authority")
        let organisers = try quote("Critics of Ruiz's speech said the crowd was “far larger than the police claimed”.", containing: "larger")
        #expect(organisers.speaker?.name != "Ruiz")
        #expect(try quote("The admiral repeated Ruiz's call for “more ships, and soon”.", containing: "ships").speaker?.name == "The admiral")
    }

    /// "The statement", "the letter": whoever the article said gave it out, in a quote through it or a sentence
    /// that issued it, in the three paragraphs before — not someone a lawsuit names, nor one further back.
    @Test func theTextSpeaksForWhoeverIssuedIt() throws {
        let put = try quote("The union put out a statement on Sunday.", "“The harbour stays shut until Monday,” read the statement.", containing: "shut")
        #expect(put.speaker?.name.lowercased().contains("union") == true)
        let opening = try quote("In a statement, Tomas Lindqvist said the cranes would stay.", "The statement added: “Talks are over.”", containing: "Talks")
        #expect(opening.speaker?.name == "Tomas Lindqvist")
        let quoted = try quote("“We will not move,” Ana Ruiz wrote in a letter to members.", "“The quay is ours,” the letter said.", containing: "quay")
        #expect(quoted.speaker?.name == "Ana Ruiz")
        #expect(try quote("Ana Ruiz was named in the suit.", "“It is baseless,” the suit said.", containing: "baseless").speaker?.name == "the suit")
        let far = try quote("The union sent a letter to the mayor.", "One.", "Two.", "Three.", "Four.", "“The quay is ours,” the letter said.", containing: "quay")
        #expect(far.speaker?.name == "the letter")
    }

    /// A body's "of" before a capital is part of its name ("the Valmora Board of Elections"), in a colon cue, in the
    /// subject a colon follows and for "it" after it; a person's "of" still leads to where they are from.
    @Test func aBodysOfPhraseIsPartOfItsName() throws {
        let colon = try quote("The Valmora Board of Elections gave its answer on Friday: “The count stands.”", containing: "count")
        #expect(colon.speaker?.name == "Valmora Board of Elections")
        let subject = try quote("After a long week, the Valmora Board of Elections gave its answer: “The count stands.”", containing: "count")
        #expect(subject.speaker?.name == "Valmora Board of Elections")
        let pronoun = try quote("The Valmora Board of Elections ruled on the complaint.", "“The count stands,” it said.", containing: "count")
        #expect(pronoun.speaker?.name == "Valmora Board of Elections")
        let person = try quote("“The rota is fair,” said Kiri Halm of the Valmora Board of Trade.", containing: "rota").speaker
        #expect(person?.name == "Kiri Halm")
        #expect(person?.affiliation == "Valmora Board of Trade")
    }

    /// Before a colon, a possessor's noun phrase is the subject ("Ruiz's first three callers turned …:"), unless its
    /// head is something said ("Lindqvist's reply was short:"), which is the possessor's.
    @Test func aPossessorsNounBeforeAColonIsTheSubject() throws {
        let callers = try quote("At the briefing, Ruiz's first three callers turned angry: “Is it time to change course?”", containing: "course").speaker
        #expect(callers?.name == "Ruiz's first three callers")
        #expect(callers?.affiliation == "Ruiz")
        #expect(try quote("Ruiz's campaign was blunt: “The rota stays.”", containing: "rota").speaker?.name == "Ruiz's campaign")
        #expect(try quote("Tomas Lindqvist's reply was short: “No, not this year.”", containing: "year").speaker?.name == "Tomas Lindqvist")
        #expect(try quote("Ruiz's advice to crews was simple: “Never sign on a Friday.”", containing: "Friday").speaker?.name == "Ruiz")
    }

    /// "No wonder" or "Small wonder" opening the sentence is the writer's comment; the subject after it speaks.
    @Test func aWritersCommentBeforeTheSubject() throws {
        #expect(try quote("No wonder Ruiz said: “We love the night shift.”", containing: "night").speaker?.name == "Ruiz")
        #expect(try quote("Small wonder the union said: “We love the night shift.”", containing: "night").speaker?.name.hasSuffix("union") == true)
    }

    /// A colon after words that name no one ("In one case:") yields to a cue after the quote, even a pronoun's; a
    /// paragraph opening with words of time or place and a colon ("Again, a week later on Radio Valmora:") goes
    /// on with the quote before — not one opening with a noun ("The rules:") or a clause ("In the end, the board ruled:").
    @Test func aColonAfterWordsNamingNoOne() throws {
        let lead = "Ana Ruiz rarely answers questions about the rota directly."
        let example = "In one case: “We never cut the night shift,” she told Radio Valmora."
        let told = try quote(lead, example, containing: "never cut")
        #expect(told.speaker?.name == "Ana Ruiz")
        #expect(told.cue == "she told")
        let then = try quote(lead, example, "Again, a week later on Radio Valmora: “The night shift was never at risk.”", containing: "risk")
        #expect(then.speaker?.name == "Ana Ruiz")
        let plain = try quote("“We never cut the night shift,” Ana Ruiz told Radio Valmora.",
                              "Again, a week later on Radio Valmora: “The night shift was never at risk.”", containing: "risk")
        #expect(plain.speaker?.name == "Ana Ruiz")
        #expect(try quote(lead, example, "The rules: “No phones on the quay.”", containing: "phones").speaker?.name != "Ana Ruiz")
        #expect(try quote(lead, example, "In the end, the board ruled: “No phones on the quay.”", containing: "phones").speaker?.name != "Ana Ruiz")
    }

    /// "reacted" reports words when it inverts after a quote or ends the cue ("” reacted Halm.", "Halm reacted:"),
    /// not when something follows it ("reacted with a letter").
    @Test func reactedAsACue() throws {
        #expect(try quote("“Since when?” reacted Halm.", containing: "when").speaker?.name == "Halm")
        #expect(try quote("Halm reacted: “Which dockers?”", containing: "dockers").speaker?.name == "Halm")
        #expect(try quote("“We are done with this,” Halm reacted.", containing: "done").speaker?.name == "Halm")
        let letter = try quote("When the council renamed the quay “Harbour Row,” the pilot Vera Sand reacted with a letter.", containing: "Harbour Row")
        #expect(letter.kind == .term)
    }

    /// "The president" is a recent speaker the article gave that title paragraphs before ("President Ruiz …
    /// Ruiz said"), not when the description is someone else's ("its vice president").
    @Test func theTitleGivenLongBeforeNamesARecentSpeaker() throws {
        let story = ["On a mild day in Valmora, President Ruiz opened the new quay.", "Talks on the deal had run for months.", "Crews lined the pier.",
                     "“The quay is open for every crew,” Ruiz said on Saturday."]
        let president = try #require(ArticleQuoter(paragraphs: story + ["The president added that she was “proud of the crews”."]).quotes()
            .first { $0.text.contains("crews") })
        #expect(president.speaker?.name == "Ruiz")
        let officer = try #require(ArticleQuoter(paragraphs: story + ["Its vice president added that the firm was “proud of the crews”."]).quotes()
            .first { $0.text.contains("crews") })
        #expect(officer.speaker?.name != "Ruiz")
    }

    /// A participle that works as a preposition ("Following Halm's tour", "Including Ruiz") is no part of a name a
    /// surname later stands for; a given name that ends the same way is ("Irving Lund").
    @Test func aParticiplePrepositionOpensNoName() throws {
        let visit = try quote("Jonas Halm and Vera Sand met on Tuesday.", "Following Halm's tour of the docks, the crews went back to work.",
                              "“The docks have never looked better,” Halm said.", containing: "looked")
        #expect(visit.speaker?.name == "Jonas Halm")
        #expect(try quote("Including Ruiz, six pilots walked out.", "“We stay,” Ruiz said.", containing: "stay").speaker?.name == "Ruiz")
        #expect(try quote("Irving Lund opened the port.", "“We stay,” Lund said.", containing: "stay").speaker?.name == "Irving Lund")
    }

    /// After `?”` or `.”`, a cue whose name has a title's period is still the quote's (`“…?” Mr. Halm asked.`); one
    /// going on to a clause of its own (`“…” Mr. Halm said the old crane would …`) reports speech of its own, while a
    /// listener after the verb (`Berg asked the harbour master.`) does not.
    @Test func aCueAfterAClosedQuoteWithATitle() throws {
        let asked = try quote("“What did you discuss?” Mr. Halm asked.", containing: "discuss")
        #expect(asked.cue == "Mr. Halm asked")
        #expect(asked.speaker?.name == "Halm")
        let found = quotes("“We tried.” Mr. Halm said the old crane would have cost less to fix.")
        #expect(found.first { $0.text == "We tried." }?.cue == nil)
        #expect(found.contains { $0.kind == .indirect && $0.text.hasPrefix("the old crane") && $0.speaker?.name == "Halm" })
        let plain = quotes("“We tried.” Halm said he had never seen the figures.")
        #expect(plain.first { $0.text == "We tried." }?.cue == nil)
        #expect(plain.contains { $0.kind == .indirect && $0.text.hasPrefix("he had never") && $0.speaker?.name == "Halm" })
        #expect(try quote("“Was the rota signed in June?” Berg asked the harbour master.", containing: "rota").cue == "Berg asked")
    }

    /// An adverb or participle opening a sentence ("Hastily …", "Holding …") is no one's name when the article never
    /// capitalises it elsewhere — unless a speech verb follows it, "who" describes it, or a capital after a closing
    /// mark shows it is a name; words such as "Together" and "Until" never start one.
    @Test func ordinaryWordsOpeningASentenceAreNoSpeakers() throws {
        let lead = "Tomas Lindqvist led the walkout at the harbour."
        let adverb = try quote(lead, "Hastily drafting a reply, the board called the stoppage “a lockout in disguise”.", containing: "lockout")
        #expect(adverb.speaker?.name != "Hastily")
        let participle = try quote(lead, "Holding banners, dockers on the quay called the offer “an insult”.", containing: "insult")
        #expect(participle.speaker?.name != "Holding")
        #expect(try quote("Ana Ruiz spoke first.", "Together, they called the offer “an insult”.", containing: "insult").speaker == nil)

        let port = "The ferry stayed in port."
        #expect(try quote(port, "Hedling openly admitted the talks had “gone nowhere”.", containing: "nowhere").speaker?.name == "Hedling")
        #expect(try quote(port, "Hedling then called the offer “an insult”.", containing: "insult").speaker?.name == "Hedling")
        #expect(try quote(port, "Hedling, who drives a crane, called the offer “an insult”.", containing: "insult").speaker?.name == "Hedling")
        let afterClosingMark = try quote("“We hold the line,” Hedling said.", "Hedling, in a hard hat, called the offer “an insult”.", containing: "insult")
        #expect(afterClosingMark.speaker?.name == "Hedling")
    }

    @Test func quotedWordsInASentenceAboutSomeoneAreTheirs() throws {
        let found = try quote("Still, the Green League wants the port to “put the climate first in every contract”.", containing: "climate")
        #expect(found.speaker?.name == "Green League")
    }

    @Test func nounLikeVerbsAfterANameAreVerbs() throws {
        #expect(try quote("“The port will open again,” Lindqvist notes.", containing: "open again").speaker?.name == "Lindqvist")
        #expect(try quote("Halm said in a Facebook post that the strike was “a blockade”.", containing: "blockade").speaker?.name == "Halm")
    }

    /// "states" after a proper adjective is the noun ("the Northern states"), no reporting verb; after "it" or a
    /// document ("the lawsuit states") it reports.
    @Test func statesIsAVerbOnlyAfterAPronounOrADocument() throws {
        let noun = quotes("Crews walked out in the Northern states and the Harbour states on Monday.")
        #expect(noun.isEmpty)
        #expect(try quote("The crews found a notice. “Shifts end at noon,” the document states.", containing: "noon").speaker?.name == "the document")
        let suit = try quote("The union sued the board.", "The lawsuit states that the board “broke every promise it made”.", containing: "promise")
        #expect(suit.speaker?.name == "The lawsuit")
        let pronoun = try quote("The union published a letter.", "It states that the board “broke every promise it made”.", containing: "promise")
        #expect(pronoun.cue == "It states")
    }

    @Test func aDescribedSubjectTakesTheParticiplesQuote() throws {
        let found = try quote("On Monday, a group of twelve shipping firms warned of losses, saying “the season is already gone.”", containing: "season")
        #expect(found.speaker?.name == "a group of twelve shipping firms")  // unnamed: the description as written
    }

    @Test func aCueClosingTheSentenceServesEveryQuoteInIt() throws {
        let found = quotes("The union will carry “a great deal of weight” and bring the “grass-roots muscle” the crews need, union organiser Mara Lind said.")
        #expect(found.map(\.speaker?.name) == ["Mara Lind", "Mara Lind"])
        let inverted = try quote(
            "The port has used “velvet gloves” in its talks with the unions of the north, said Petra Halm, a labour historian at Valmora University in Ostby.",
            containing: "velvet")
        #expect(inverted.speaker?.name == "Petra Halm")
        #expect(inverted.speaker?.role == "labour historian")
        #expect(inverted.speaker?.affiliation == "Valmora University")
    }

    @Test func aQuoteRightAfterASentenceReportingSomeoneSpeaking() throws {
        let found = try quote("Port economist Tomas Lindqvist agreed. “The grain has nowhere else to go, and the buyers know it.”", containing: "grain")
        #expect(found.speaker?.name == "Tomas Lindqvist")
    }

    /// The same sentence closing the paragraph before one that is all quote; a speech verb inside a clause
    /// ("while the pilots were called on") says no one spoke.
    @Test func aQuoteParagraphAfterAParagraphEndingInSomeoneSpeaking() throws {
        let quote = "“The cranes will not move until the offer does.”"
        #expect(try self.quote("The ferry stayed in port.", "Lindqvist continued his complaints.", quote, containing: "cranes").speaker?.name == "Lindqvist")
        let clause = try self.quote("The ferry stayed in port.", "The crews waited on the quay while the pilots were called on.", quote, containing: "cranes")
        #expect(clause.speaker == nil)
    }

    @Test func aNameThenWhereThePersonIsFrom() throws {
        let found = try quote("“Nobody here wants a long strike,” said Ana Ruiz of the Ostby branch.", containing: "Nobody")
        #expect(found.speaker?.name == "Ana Ruiz")
        #expect(found.speaker?.affiliation == "Ostby branch")
    }

    @Test func aPartyAndStateAfterTheNameAreNotPartOfIt() throws {
        #expect(try quote("“The port must reopen,” Sen. Tomas Lindqvist (R-Val.) said on Friday.", containing: "reopen").speaker?.name == "Tomas Lindqvist")
        #expect(try quote("“The port must reopen,” said Sen. Tomas Lindqvist (R-Val.).", containing: "reopen").speaker?.name == "Tomas Lindqvist")
    }

    @Test func aNameThatStartsWithAModalIsStillAName() throws {
        let found = quotes("“The crews are tired,” said Will Halm, a crane driver at Valmora port. “Nobody wants another winter like the last.”")
        #expect(found.map(\.speaker?.name) == ["Will Halm", "Will Halm"])
    }

    @Test func aNameAfterARelativeWord() throws {
        let found = try quote("The mayor said the port would reopen soon, to which O'Brien replied: “Not this month.”", containing: "month")
        #expect(found.speaker?.name == "O'Brien")
    }

    @Test func aVerbThatIsAlsoANounAfterAnAppositive() throws {
        let found = try quote("Harbour Gazette columnist Petra Halm, a former docker, calls Lindqvist “a manager with no feel for the quay”.", containing: "quay")
        #expect(found.speaker?.name == "Petra Halm")
    }

    @Test func aQuoteAfterASentenceAboutSomeoneIsTheirs() throws {
        let found = try quote("Kovač listed the union's demands one by one. “Night pay first, then the cranes, then everything else.”", containing: "Night pay")
        #expect(found.speaker?.name == "Kovač")
        // Not when the sentence before is about something that cannot speak.
        #expect(try quote("The strike entered its second week. “Nobody expected it to last.”", containing: "Nobody").speaker == nil)
    }

    @Test func aDescriptionWithARelativeClauseBetweenNameAndVerb() throws {
        let found = try quote(
            "Tomas Lindqvist, a port manager who has clashed with the union, wrote in an email: “The cranes will run by Monday, strike or no strike.”",
            containing: "cranes")
        #expect(found.speaker?.name == "Tomas Lindqvist")
        #expect(found.speaker?.role == "port manager")
    }

    @Test func theListenerOfToldIsNotTheSpeaker() throws {
        let found = try quote("Kovač has seized on the delay, telling Harbour Radio that the port is “playing for time”.", containing: "playing")
        #expect(found.speaker?.name == "Kovač")
    }

    @Test func anOpeningPhraseIsNotANameBeforeADescription() throws {
        // A description right before its verb, with no comma closing it, is the subject itself.
        let found = try quote("At the town hall in Ostby, North Valmora Monday, the union organiser retorted: “We are not going anywhere.”", containing: "anywhere")
        #expect(found.speaker?.name == "the union organiser")
    }

    @Test func aSentenceFinalCueMayEndInPrepositionalPhrases() throws {
        let found = try quote(
            "The strike is “the harbour's last stand,” Ana Ruiz, the crane crews' steward, proclaimed to a cheering crowd at the north gate on Monday.",
            containing: "last stand")
        #expect(found.speaker?.name == "Ana Ruiz")
    }

    @Test func aVerbWithAPersonAsObjectDoesNotInvert() throws {
        let found = try quote("Kovač, in a rare show of anger, chided Lindqvist for calling the strike “a holiday”.", containing: "holiday")
        #expect(found.speaker?.name != "Lindqvist for calling the strike")
    }

    @Test func anInvertedSpeakerEndsBeforeARelativeClause() throws {
        let found = try quote(
            "“The cranes were never the point,” said a port official who was not authorised to speak publicly and described the talks as stuck.",
            containing: "cranes")
        #expect(found.speaker?.name == "a port official")
    }

    @Test func aNameClosingTheClauseBeforeAColon() throws {
        let found = try quote("The length of the strike does not surprise port economist Thomas Lind: “Grain waits, but not forever.”", containing: "Grain")
        #expect(found.speaker?.name == "Thomas Lind")
    }

    @Test func aPartyAndStateBeforeACommaAndTheVerb() throws {
        let found = try quote("Sen. Ana Ruiz (D-Val.), who chairs the ports committee, told reporters the strike was “a failure of management”.", containing: "failure")
        #expect(found.speaker?.name == "Ana Ruiz")
    }

    @Test func aVerbAfterACommaLeadsItsSpeakerWhenWhatCameBeforeCannotSpeak() throws {
        let inverted = try quote("The riddle of the quay, says analyst Petra Halm, is that “nobody owns the night shift”.", containing: "night shift")
        #expect(inverted.speaker?.name == "Petra Halm")
        // But a speaker before the comma keeps the verb: the name after it is what was said about.
        let kept = try quote("Tomas Lindqvist, the port's director, said Valmora had shown “patience beyond measure”.", containing: "patience")
        #expect(kept.speaker?.name == "Tomas Lindqvist")
    }

    @Test func aSentenceSubjectRunsThroughItsRoleWordsToTheName() throws {
        let found = try quote(
            "Independent harbour candidate Ana Ruiz is refusing to answer the port's charge that her backers run “a campaign of fear and threats” on the quays.",
            containing: "campaign of fear")
        #expect(found.speaker?.name == "Ana Ruiz")
    }

    @Test func anAgeAndAHometownBetweenTheNameAndTheVerb() throws {
        let found = try quote("Ana Ruiz, 22, of Dayton, Ohio, said she would not go back “until the cranes are gone”.", containing: "cranes")
        #expect(found.speaker?.name == "Ana Ruiz")
    }

    @Test func anAppositiveWithoutItsClosingCommaAfterAGivenName() throws {
        let found = try quote(
            "Sam Lau, the communications director for the Valmora Dockers Union said in a statement. “There are no ballots to recount, and there never were.”",
            containing: "ballots")
        #expect(found.speaker?.name == "Sam Lau")
    }

    @Test func theSubjectOfAClauseEndingInAColonSpeaks() throws {
        let found = try quote("Harbour master Tomas Lindqvist delivered a blunt message to the union: “It is time to stop the blockade and talk.”", containing: "blockade")
        #expect(found.speaker?.name == "Tomas Lindqvist")
    }

    @Test func aParticipleAfterAQuoteTakesNoSpeakerOfItsOwn() throws {
        let found = quotes("Mayor Petra Halm has defended the “harbour spirit,” saying the docks embodied the “grit of Valmora.”")
        #expect(found.map(\.text) == ["harbour spirit,", "grit of Valmora."])
        #expect(found.allSatisfy { $0.speaker?.name == "Petra Halm" })
    }

    @Test func anAsideBetweenTheSubjectAndItsVerb() throws {
        let found = quotes("Lindqvist, in Ostby, said Tuesday that the union was “a paper tiger” while the ministry is “a sleeping giant” and “a bad neighbour.”")
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.speaker?.name == "Lindqvist" })
        let example = try quote("The dockers' union, for example, said it would “support the mayor” but not endorse her.", containing: "mayor")
        #expect(example.speaker?.name == "dockers' union")
        // "after X said" is a clause of its own, not an aside: X speaks.
        let clause = try quote("“I never said that,” Ruiz said, after union chief Tomas Lindqvist said she had once referred to the mayor as the “harbour ghost.”", containing: "ghost")
        #expect(clause.speaker?.name == "Tomas Lindqvist")
    }

    @Test func anOpeningParticiplePhraseMayHoldPlaces() throws {
        let found = try quote("Speaking at a rally in Ostby, Vermont, Lindqvist went after the ministry, calling it “a closed shop.”", containing: "closed shop")
        #expect(found.speaker?.name == "Lindqvist")
    }

    @Test func aLeaderKnownByOneWordIsAPersonForPronouns() throws {
        let found = try quote(
            "Merkel said Tuesday that Ana Ruiz was “a tough negotiator.” However, she held her fire on Tomas Lindqvist, calling him a “decent man” all the same.",
            containing: "decent man")
        #expect(found.speaker?.name == "Merkel")
    }

    @Test func aCueLeadingToTheNextQuotationIsNotThisOnesCue() throws {
        let found = quotes("Ana Ruiz called the offer “an insult.” In a later vote, Tomas Lindqvist warned of “a long winter.”")
        #expect(found.map { $0.speaker?.name } == ["Ana Ruiz", "Tomas Lindqvist"])
        let added = quotes("Petra Halm said in a statement that the charges had “no substance.” Lindqvist added that “the port will reopen.”")
        #expect(added.map { $0.speaker?.name } == ["Petra Halm", "Lindqvist"])
    }

    @Test func aCueEndingAtACommaAfterAQuestionClosesIt() throws {
        let found = quotes("“Who would sign that?” Ruiz remarked, pointing to the ministry's latest “final offer.”")
        #expect(found.first?.speaker?.name == "Ruiz")
        #expect(found.first?.kind == .direct)
    }

    @Test func aPrepositionAfterAQuoteOpensNoCue() throws {
        let found = try quote(
            "The harbour senator is telling reporters that she will have “a lot of votes” after Harbour Day balloting in 11 ports holding elections.",
            containing: "votes")
        #expect(found.speaker?.name == "The harbour senator")
    }

    @Test func aSentenceSubjectWithTitlePeriodsAndParty() throws {
        let found = try quote("Sen. Ana Ruiz (D-Val.) said the plan was flawed, and called it “a gift to the shipowners.”", containing: "gift")
        #expect(found.speaker?.name == "Ana Ruiz")
        let joined = try quote("Ruiz and Lindqvist issued a statement describing the talks as “a very positive step.”", containing: "positive")
        #expect(joined.speaker?.name == "Ruiz and Lindqvist")
    }

    @Test func anIndefiniteDescriptionIsSomeoneNew() throws {
        let found = try quote(
            "Union organiser Tomas Lindqvist and ward leader Ana Ruiz were on the list.",
            "“I did not care who they backed,” said one ward leader.",
            containing: "backed")
        #expect(found.speaker?.name == "one ward leader")
    }

    @Test func goingOnSpeaks() throws {
        let found = quotes("“It happens, right?” Ruiz went on, as if she had not heard. “But you get over it.”")
        #expect(found.map { $0.speaker?.name } == ["Ruiz", "Ruiz"])
        #expect(found.first?.cue == "Ruiz went")
    }

    @Test func aNameAfterWhoSpeaksWhenTheVerbFollows() throws {
        let found = try quote("Much of the anger fell on the harbour board, which Ruiz on Wednesday called “a club for shipowners.”", containing: "club")
        #expect(found.speaker?.name == "Ruiz")
        let who = try quote("The blame fell on Lindqvist, who Ruiz on Wednesday called “a coward in a hard hat.”", containing: "coward")
        #expect(who.speaker?.name == "Ruiz")
    }

    @Test func aNameBeforeAParticipleAfterWith() throws {
        let found = try quote(
            "Both Ruiz and Lindqvist saw the vote as a warning, with Lindqvist noting the folly of sending “a few hundred temps” to the quays.",
            containing: "temps")
        #expect(found.speaker?.name == "Lindqvist")
    }

    @Test func aSentenceAdverbBeforeTheSubjectOfACue() throws {
        let found = quotes("“We are a small port,” said Ana Ruiz, a retired pilot. “Ships are bigger now.” Perhaps, she said, the town “has grown too fast.”")
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.speaker?.name == "Ana Ruiz" })
    }

    @Test func aCapitalisedVerbOpeningTheSentence() throws {
        let found = try quote("The old pier was rebuilt. Said Tomas Lindqvist, who fished from it as a boy, “We were all so proud of it.”", containing: "proud")
        #expect(found.speaker?.name == "Tomas Lindqvist")
        #expect(found.cue == "Said Tomas Lindqvist")
    }

    @Test func aQuoteAfterAStatementAndAComma() throws {
        let found = try quote("Within the hour, Ruiz issued a statement, “Last night the port was shut by force. We will reopen it.”", containing: "reopen")
        #expect(found.speaker?.name == "Ruiz")
        // Without a statement, post or letter before it, a comma introduces nothing.
        let plain = try quote("Within the hour, Ruiz walked to the gate, “Port Closed” signs in hand.", containing: "Port Closed")
        #expect(plain.speaker == nil)
    }

    @Test func aCueThatIntroducesTheNextQuoteAfterACommaIsItsOwn() throws {
        let found = quotes(
            "As harbour master Tomas Lindqvist told the Valmora Gazette, “We have suffered the same fate.” He added, “So the ministry should have been the first to help.”")
        #expect(found.map { $0.speaker?.name } == ["Tomas Lindqvist", "Tomas Lindqvist"])
        #expect(found.first?.cue?.hasPrefix("harbour master Tomas Lindqvist") == true)
    }

    @Test func aPossessiveDescriptionRunsOnToItsHead() throws {
        let found = try quote(
            "In answer to the ministry's plan to close the quays to night shifts, Ana Ruiz’s right-hand woman rallied the crews, saying: “We have to be ready.”",
            containing: "ready")
        #expect(found.speaker?.name == "Ana Ruiz’s right-hand woman")
        // A possessor inside a name is where the person works.
        let named = try quote("Amid the uproar, The Gazette’s Petra Halm wrote a defence of the strike, saying it was “the only honest choice.”", containing: "honest")
        #expect(named.speaker?.name == "Petra Halm")
    }

    @Test func aSentenceSubjectWithARelativeClauseBeforeItsVerb() throws {
        let found = try quote(
            "Lindqvist, who has been in daily contact with the union for months, arrived at a breakfast with reporters and admitted that he had only “skimmed the offer.”",
            containing: "skimmed")
        #expect(found.speaker?.name == "Lindqvist")
    }

    @Test func aNameAfterInWhatBeforeTheVerb() throws {
        let found = try quote(
            "The crews held the gate for a week, in what Ana Ruiz, treasurer for the Ostby branch, called “hand-to-hand bargaining.”", containing: "bargaining")
        #expect(found.speaker?.name == "Ana Ruiz")
    }

    @Test func aTitleEarlierInTheSentenceLeavesTheParticiplesSubject() throws {
        let found = try quote(
            "In his first broadcasts, Lindqvist wears a suit in videos he calls “Harbour Watch,” pointing to idle cranes and telling viewers that the ministry is “strangling the port.”",
            containing: "strangling")
        #expect(found.speaker?.name == "Lindqvist")
    }

    @Test func aDescriptionAfterTheSentenceSubjectBeforeItsVerb() throws {
        let found = try quote(
            "Lindqvist, Valmora’s longest-serving harbour master, repeated his charge that the ministry stalls, calling it a “tired machine.”",
            containing: "tired machine")
        #expect(found.speaker?.name == "Lindqvist")
    }

    @Test func aParticipleAfterIsIsTheSentencesVerb() throws {
        let found = try quote("The count is not over, but Ana Ruiz’s campaign is already claiming victory in the so-called “harbour ward.”", containing: "harbour ward")
        #expect(found.speaker?.name == "Ana Ruiz’s campaign")
    }

    @Test func aSecondVerbOfTheSentenceSubject() throws {
        let found = try quote("Ruiz voted in Ostby on Saturday and says she chose “none of the above.”", containing: "none of the above")
        #expect(found.speaker?.name == "Ruiz")
    }

    @Test func aDescribedSubjectRunsToItsHeadNoun() throws {
        let found = try quote(
            "The veteran harbour master began by talking about the night shifts, saying that a crane hour now costs “more than a ship's pilot.”",
            containing: "pilot")
        #expect(found.speaker?.name == "The veteran harbour master")
        let short = try quote("The leaflet says that “the port belongs to its workers.”", containing: "belongs")
        #expect(short.speaker?.name == "The leaflet")
    }

    @Test func assuringSpeaks() throws {
        let found = quotes("The two men shared a stage on Friday. “Your crews are the best,” Lindqvist assured Ruiz. “I will not let you down.”")
        #expect(found.map { $0.speaker?.name } == ["Lindqvist", "Lindqvist"])
    }

    @Test func thePassiveAgentOfALabel() throws {
        let found = try quote("The ministry’s plan — often labeled as a “dockside land grab” by the union — goes to a vote on Friday.", containing: "land grab")
        #expect(found.speaker?.name == "union")
        // An agent of some other verb is not the speaker: the words are the subject's.
        let reported = try quote("Ruiz called the missing crane logs a clerk’s slip, first printed in a “smear column” by the Valmora Gazette.", containing: "smear column")
        #expect(reported.speaker?.name == "Ruiz")
    }

    @Test func aPronounInsideASentenceStandsForItsNamedSubject() throws {
        let found = quotes(
            "Ana Ruiz spoke at the Ostby rally on Monday.",
            "Lindqvist went after the ministry at the hearing, refusing to take back his words, when he called the minister “unhinged.”")
        #expect(found.last?.speaker?.name == "Lindqvist")
        let same = quotes("Ruiz said that she had begun “to show the true nature” of Lindqvist, whom she called a “con artist.”")
        #expect(same.map { $0.speaker?.name } == ["Ruiz", "Ruiz"])
    }

    @Test func aLongRelativeClauseBetweenTheNameAndTheVerbAfterAQuote() throws {
        let found = try quote(
            "“This post was only ever given to the mayor's family,” Petra Halm, who served as the harbour board's chief of staff during the last strike, told the Valmora Gazette.",
            containing: "mayor's family")
        #expect(found.speaker?.name == "Petra Halm")
    }

    @Test func phrasalSpeechVerbs() throws {
        let found = try quote("“They are here for the free coffee,” Lindqvist shot back with a laugh.", containing: "free coffee")
        #expect(found.speaker?.name == "Lindqvist")
    }

    @Test func theAgentOfAPassiveSpeechVerb() throws {
        let found = try quote("Ruiz was asked by radio host Tomas Lindqvist, who backs the union, “Would you sign it again?”", containing: "sign it again")
        #expect(found.speaker?.name == "Tomas Lindqvist")
        let whether = try quote(
            "Ruiz was asked by Gazette editor Petra Halm whether the plan would risk “another costly promise to an already strained port budget.”",
            containing: "costly promise")
        #expect(whether.speaker?.name == "Petra Halm")
    }

    @Test func theSubjectAfterASubordinatingWord() throws {
        let found = try quote(
            "Petra Halm, the dockers' lawyer, backed the strike on Saturday, saying she had not yet called for the minister's resignation because she believed “we must first get the cranes moving.”",
            containing: "cranes moving")
        #expect(found.speaker?.name == "Petra Halm")
        // But a description after "that" is not the speaker: the sentence's subject is.
        let described = try quote(
            "When talk turned to the merger, Ruiz declared in a heated argument with Lindqvist that any new deal under her watch would demand “absolute secrecy.”",
            containing: "secrecy")
        #expect(described.speaker?.name == "Ruiz")
    }

    @Test func aCueAfterAQuestionOrAFinishedSentence() throws {
        let asked = quotes("“Who remembers how many votes we lost? Two? Three?” Ruiz asks as a crane driver walks past her, saying he is “here to fix the lights.”")
        #expect(asked.first?.speaker?.name == "Ruiz")
        let moved = quotes(
            "Early on, Lindqvist attacked Ruiz, calling her “a failed organiser.” Ruiz fired back in March, attacking Lindqvist for “the vanity, the showing off” of his campaign.")
        #expect(moved.map { $0.speaker?.name } == ["Lindqvist", "Ruiz"])
    }

    @Test func aNameSetOffAfterARoleOpeningTheSentence() throws {
        let found = try quote(
            "In early October, Ana Ruiz’s campaign director, Tomas Lindqvist, reached out to the crews, writing in an email: “We want to start this week.”",
            containing: "start this week")
        #expect(found.speaker?.name == "Tomas Lindqvist")
    }

    @Test func aPronounInsideAParticiplesClauseIsTheVerbsSubject() throws {
        let found = try quote(
            "Petra Halm, the dockers' lawyer, backed the strike on Saturday, saying she hadn’t yet called for the minister's resignation because “the cranes come first.”",
            containing: "cranes come first")
        #expect(found.speaker?.name == "Petra Halm")
    }

    @Test func aParticipleAfterKeptIsTheVerb() throws {
        let found = try quote(
            "The hearing was tense, and Sen. Ana Ruiz (D-Val.) kept asking the minister why the ministry had tied the closure to “spontaneous” walkouts.",
            containing: "spontaneous")
        #expect(found.speaker?.name == "Ana Ruiz")
    }

    @Test func aParticipleOpeningTheSentenceIsNoName() throws {
        let found = try quote(
            "Citing last week's storm as a warning, Lindqvist urged the board to drop “the dream of a bigger port” for good.",
            containing: "bigger port")
        #expect(found.speaker?.name == "Lindqvist")
    }

    @Test func quotedNumbersAreNoOnesWords() throws {
        let found = quotes("The embed code read “771157278636507136” and the post was dated “2031-03-14”, Ruiz said.")
        #expect(found.filter { $0.kind != .indirect }.isEmpty)
    }

    @Test func rememberingAndPointingOutSpeak() throws {
        let found = try quote("“A lot of people said no, and she set out to prove them wrong,” remembered Tomas Lindqvist, the port's former spokesman.", containing: "prove them")
        #expect(found.speaker?.name == "Tomas Lindqvist")
        let pointed = try quote("As the Gazette’s Petra Halm pointed out in December, “The board can change the rule before any vote.”", containing: "change the rule")
        #expect(pointed.speaker?.name == "Petra Halm")
    }

    @Test func aNameWithAnAdverbBeforeItsParticipleAfterWith() throws {
        let found = try quote("Some of the crowd pushed a heckler out, with Lindqvist reportedly yelling: “Get him out of my port!”", containing: "my port")
        #expect(found.speaker?.name == "Lindqvist")
    }

    @Test func aRoleWordBeforeANameClosingAColonClause() throws {
        let found = try quote("The timing of the vote does not surprise harbour pollster Zorvan Lek: “Strikes always peak before the holidays.”", containing: "Strikes always")
        #expect(found.speaker?.name == "Zorvan Lek")
    }

    @Test func aNameOpeningAReportedClauseIsNotAnInvertedSpeaker() throws {
        let found = try quote(
            "Union organiser Petra Halm used to back the ministry, but now said Lindqvist had “the duty and the means to end this.”",
            containing: "duty and the means")
        #expect(found.speaker?.name == "Petra Halm")
        // A name and a noun closing the sentence still invert: "wrote Harbour magazine."
        let magazine = quotes("“The strike has already left the station,” wrote Harbour magazine. “The vote will only confirm it.”")
        #expect(magazine.last?.speaker?.name == "Harbour magazine")
    }

    @Test func anAgeOrALowerCaseRoleOpeningTheSentence() throws {
        let aged = try quote(
            "76-year-old Tomas Lindqvist, founder of the Ostby dockers' club, backed Ruiz last week, saying she “has always stood by the night crews.”",
            containing: "night crews")
        #expect(aged.speaker?.name == "Tomas Lindqvist")
        let role = try quote(
            "Weighing in on the debate, former harbour master Tomas Lindqvist agreed, praising Ruiz as “one of the most gifted organisers we have had.”",
            containing: "gifted organisers")
        #expect(role.speaker?.name == "Tomas Lindqvist")
    }

    @Test func aParticiplesSubjectIsTheClauseJustBeforeIt() throws {
        let found = try quote(
            "The first scuffle came during a speech at the Ostby town hall, when Ruiz supporters interrupted the minister, shouting “the port is ours!”",
            containing: "port is ours")
        #expect(found.speaker?.name == "Ruiz supporters")
        let group = try quote(
            "In Ostby, Ruiz’s advocacy group One Harbour began a campaign this week praising the mayor for seeking “quiet solutions” to the strike.",
            containing: "quiet solutions")
        #expect(group.speaker?.name == "One Harbour")
    }

    @Test func aSentenceReportingSpeechOfItsOwnAfterAQuoteIsNew() throws {
        let found = quotes(
            "“It is not new in Ostby,” said Sen. Ana Ruiz (D-Val.) at the time, adding that “we have elected dockers for decades.” Port analyst Tomas Lindqvist agreed that the shift was a matter of habit.")
        #expect(found.filter { $0.kind != .indirect }.map { $0.speaker?.name } == ["Ana Ruiz", "Ana Ruiz"])
    }

    @Test func aDescriptionHoldingANameIsThatBody() throws {
        let found = try quote(
            "The Gazette and the union both wrote about it.",
            "“This income paid for the new cranes,” the Ruiz campaign explained in its release.",
            containing: "new cranes")
        #expect(found.speaker?.name == "Ruiz campaign")
    }

    @Test func aTitleAfterAPrepositionOrPossessiveIsATerm() throws {
        let show = try quote("Ruiz told Harbour TV’s “Morning Watch With Lee Park” that the strike would end soon.", containing: "Morning Watch")
        #expect(show.kind == .term)
        #expect(show.speaker == nil)
        let book = try quote("Lindqvist wrote about the port in “The Long Quay,” his memoir.", containing: "Long Quay")
        #expect(book.kind == .term)
        // A slogan that opens its sentence is still someone's words.
        let slogan = try quote("“Open The Gates Now!” the crowd chanted, Ruiz said.", containing: "Open The Gates")
        #expect(slogan.kind == .direct)
    }

    /// A title after a determiner, or a one-word title after a possessive, a noun for a work or a verb of
    /// performing, names the work; a lower-case phrase there is still someone's words.
    @Test func aTitleAfterADeterminerOrAWorkNounIsATerm() throws {
        let cases = [
            ("Lindqvist, the former host of the quiz show “Tidewater,” said the strike would end.", "Tidewater"),
            ("Ruiz told Harbour TV’s “Dockside” on Sunday that the port would reopen.", "Dockside"),
            ("The band then performed “Salt Road.”", "Salt Road"),
            ("“We cannot wait,” wrote the authors of the “Harbour First Project,” a plan for the quay.", "Harbour First"),
        ]
        for (sentence, title) in cases {
            let found = try quote(sentence, containing: title)
            #expect(found.kind == .term, "\(title)")
            #expect(found.speaker == nil, "\(title)")
        }
        let words = try quote("Halm said the ruling was a “new low” for the board.", containing: "new low")
        #expect(words.kind == .partial)
        #expect(words.speaker?.name == "Halm")
        let label = try quote("Ruiz called the plan the “Worst Deal Ever” on Monday.", containing: "Worst Deal")
        #expect(label.kind == .partial)
        #expect(label.speaker?.name == "Ruiz")
    }

    @Test func aParticipleCueAfterAQuoteRunningOverParagraphs() throws {
        // The cue lies in the quote's last paragraph, past the end of its first: found by the fuzzer.
        let found = quotes(
            "Ruiz spoke. “We held",
            "“the quay for nine days and nights against the ministry, the police, the weather and the owners of every idle ship in the bay,” adding nothing more.")
        #expect(found.count == 1)
        #expect(found.first?.speaker?.name == "Ruiz")
    }

    @Test func aTitleBetweenTwoQuotesOfAParagraphPassesTheSpeakerOn() throws {
        let found = quotes("“Of course we will publish the accounts,” Ruiz said on Harbour TV’s “Morning Watch” on Sunday. “There is nothing to hide. The books are open to every member.”")
        #expect(found.map(\.kind) == [.direct, .term, .direct])
        #expect(found.last?.speaker?.name == "Ruiz")
    }

    @Test func aNumberOpeningTheSentenceIsNoName() throws {
        let found = try quote("About four in 10 dockers say the offer is “an insult to the night shift.”", containing: "insult")
        #expect(found.speaker?.name != "About")
    }

    @Test func aNameBeforeAParticipleIsNoCueAfterAQuote() throws {
        let found = quotes(
            "Sen. Ana Ruiz (D-Val.) went on Harbour TV’s “Morning Watch” to discuss her rival, Tomas Lindqvist, saying “on his worst day” he would be “a better minister” than any of the others.")
        #expect(found.filter { $0.kind != .term }.allSatisfy { $0.speaker?.name == "Ana Ruiz" })
    }

    @Test func roleWordsAndANameAfterWhat() throws {
        let found = try quote("The strike led to what union aide Petra Halm called “the beginning of a new harbour era” in her 2031 book.", containing: "new harbour era")
        #expect(found.speaker?.name == "Petra Halm")
    }

    @Test func namesBeforeParticiplesAfterADashOrAnd() throws {
        let found = quotes("Both sides issued a statement – Ruiz saying she was “very encouraged” and Lindqvist calling it a “useful meeting.”")
        #expect(found.map { $0.speaker?.name } == ["Ruiz", "Lindqvist"])
    }

    @Test func retaliatingSpeaks() throws {
        let found = try quote("“The port will always be the port,” an angry Lindqvist retaliated.", containing: "always be")
        #expect(found.speaker?.name == "Lindqvist")
    }

    @Test(arguments: [
        "Ruiz gingerly said that the strike was “a matter for the courts.”",
        "Ruiz later Thursday told reporters that the strike was “a matter for the courts.”",
        "Ana Ruiz on Saturday wrote that the strike was “a matter for the courts.”",
        "Ruiz last week insisted that the strike was “a matter for the courts.”",
    ])
    func adverbsAndTimesBetweenASubjectAndItsVerb(sentence: String) throws {
        let found = try quote(sentence, containing: "courts")
        #expect(found.speaker?.name.hasSuffix("Ruiz") == true)
    }

    @Test func timesThatBelongToTheSubjectStayInIt() throws {
        let report = try quote("A port report released Thursday says the cranes are “beyond repair.”", containing: "repair")
        #expect(report.speaker?.name.contains("released Thursday") == true)
        // "Super Tuesday" is no time between a subject and its verb.
        let tuesday = try quote("Super Tuesday states say the primary is “a coin toss.”", containing: "coin")
        #expect(tuesday.speaker?.name != "Super")
    }

    @Test func anAdverbAfterADeterminerIsANoun() throws {
        let found = try quote("An ally said the dockers had “nowhere else to go.”", containing: "nowhere")
        #expect(found.speaker?.name != "An")
    }

    @Test func contractedPronouns() throws {
        let found = quotes(
            "Tomas Lindqvist runs the crane crew. He’s also said the offer was “an insult to every docker on the quay.”",
            "It’s been reported that the port wants “a settlement by spring, whatever it costs the city.”")
        #expect(found.first { $0.text.contains("insult") }?.speaker?.name == "Tomas Lindqvist")
        #expect(found.first { $0.text.contains("settlement") }?.speaker == nil)
    }

    @Test func aCueBetweenDashesBeforeAQuoteIsAnAside() throws {
        let found = try quote(
            "If the port is indeed stalling — as the union believes, but the ministry denies — “why would anyone sign now?” asked Ana Ruiz, the crew’s shop steward.",
            containing: "sign now")
        #expect(found.speaker?.name == "Ana Ruiz")
    }

    @Test func aPartyAndStateSetOffByCommas() throws {
        let found = try quote("Sen. Ana Ruiz, D-Val., told reporters the deal was “dead on arrival.”", containing: "dead on")
        #expect(found.speaker?.name == "Ana Ruiz")
        #expect(CueFinder.isPartyAndState("R-Ky.") && CueFinder.isPartyAndState("D-N.Y.") && !CueFinder.isPartyAndState("Re-Kyle"))
        let spelt = try quote("Senator Ana Ruiz, Democrat of Valmora, called it “a sad day for the port.”", containing: "sad day")
        #expect(spelt.speaker?.name == "Ana Ruiz")
    }

    @Test func theSubjectOfAPassiveToldIsTheListener() throws {
        let found = try quote("The crane crews were told “there will be no overtime this winter.”", containing: "overtime")
        #expect(found.speaker?.name != "The crane crews")
        // …after the quote too.
        let after = try quote("“There will be no overtime this winter,” the crane crews were told.", containing: "overtime")
        #expect(after.speaker?.name != "the crane crews")
    }

    @Test func speechThatIsWishedForWasNotSpoken() throws {
        let found = quotes("Tomas Lindqvist runs the crews. “We should ask who pays for the cranes,” he said.",
                           "The minister cannot say “who pays for the cranes” either.")
        #expect(found.first { $0.text.hasPrefix("We should") }?.speaker?.name == "Tomas Lindqvist")
        #expect(found.first { $0.text.hasPrefix("who pays") }?.speaker?.name != "The minister")
    }

    @Test func nounsAfterOfAndAfterAnAdjective() throws {
        let retort = try quote("Ruiz delivered a snappy retort: “Nobody is tearing this contract up.”", containing: "tearing")
        #expect(retort.speaker?.name == "Ruiz")
        let secretary = try quote("The former secretary of state said the strike was “a gift to the port’s rivals.”", containing: "gift")
        #expect(secretary.speaker?.name.hasSuffix(" of") == false)
    }

    @Test(arguments: [
        "Continuing to explain his view, Lindqvist rejected the offer, saying it was “an insult to the crews.”",
        "Reached by phone, Lindqvist rejected the offer, saying it was “an insult to the crews.”",
    ])
    func participlePhrasesOpeningTheSentence(sentence: String) throws {
        #expect(try quote(sentence, containing: "insult").speaker?.name == "Lindqvist")
    }

    @Test func aStateBeforeAPronounIsNotItsReferent() throws {
        let found = quotes("“We tried to show the port some mercy,” Ana Ruiz said. Ohio, she said, was “where the crews could still win a fair deal.”")
        #expect(found.last?.speaker?.name == "Ana Ruiz")
    }

    @Test func aDescriptionOfANameInsideADescriptionLeadsBackToTheFirstName() throws {
        let found = try quote(
            "Petra Halm, a pollster who is working with Harbour Forward, a pro-union group, said the crews are seen as “tough, fair and patient” by voters.",
            containing: "patient")
        #expect(found.speaker?.name == "Petra Halm")
    }

    @Test func thirdPersonFormsOfSpeechVerbs() throws {
        let found = try quote("The lawsuit contends that “the port broke every promise it made to the crews.”", containing: "promise")
        #expect(found.speaker?.name == "The lawsuit")
    }

    @Test func aSentenceOfItsOwnAfterAComma() throws {
        let found = try quote(
            "Earlier this week, Ana Ruiz shared her doubts with the crews at the union hall, “I do not know which minister will show up.”",
            containing: "which minister")
        #expect(found.speaker?.name == "Ana Ruiz")
        // A fragment after a comma is no sentence of its own.
        let fragment = try quote("The strike hit the night shift, “the crews nobody sees,” hardest of all.", containing: "nobody")
        #expect(fragment.speaker == nil)
    }

    @Test func anAsideAfterTheSubjectOfAColonCue() throws {
        let found = try quote("The union, in a letter to its members, put it even more bluntly: “There will be no deal before spring.”", containing: "no deal")
        #expect(found.speaker?.name == "union" || found.speaker?.name == "The union")
    }

    @Test func aPronounAfterANounOpensAClause() throws {
        let found = quotes("Tomas Lindqvist ran the talks. The deal was an investment he concludes has bought the port “a head start on every rival.”")
        #expect(found.last?.speaker?.name == "Tomas Lindqvist")
    }

    @Test func aSentenceOpeningWithAQuotationGivesItsPronounNoSubject() throws {
        let found = quotes(
            "Petra Halm, the port’s director, spoke on Friday.",
            "“Lindqvist heads into the talks with nothing to offer,” she said in an interview.")
        #expect(found.last?.speaker?.name == "Petra Halm")
    }

    /// Roles read as a reader wants them: abbreviated titles spelled out, courtesy titles dropped, a title's
    /// "of" phrase kept with it.
    @Test func titlesInRolesAreSpelledOutAndCourtesyTitlesDropped() throws {
        #expect(try quote("“The cranes stay idle,” said Sen. Petra Halm, D-Valmora.", containing: "cranes").speaker?.role == "Senator")
        #expect(try quote("Valmora Gov. Ana Ruiz said: “We will reopen the port.”", containing: "reopen").speaker?.role == "Valmora Governor")
        let lieutenant = try quote("“We lost the season,” said Lt. Gov. Ana Ruiz.", containing: "season")
        #expect(lieutenant.speaker?.name == "Ana Ruiz")
        #expect(lieutenant.speaker?.role == "Lieutenant Governor")
        let mister = try quote("“We had a deal,” said Mr. Lindqvist, the mayor’s spokesman.", containing: "deal")
        #expect(mister.speaker?.name == "Lindqvist")
        #expect(mister.speaker?.role == "spokesman")
        #expect(mister.speaker?.affiliation == "the mayor")
        let doctor = try quote("“We lost the season,” said Dr. Ana Ruiz.", containing: "season")
        #expect(doctor.speaker?.name == "Ana Ruiz")
        #expect(doctor.speaker?.role == nil)
        let secretary = try quote("Secretary of State Ana Ruiz said the port would “reopen soon.”", containing: "reopen")
        #expect(secretary.speaker?.name == "Ana Ruiz")
        #expect(secretary.speaker?.role == "Secretary of State")
        let department = try quote("Secretary of Homeland Security Tomas Berg said the port would “reopen soon.”", containing: "reopen")
        #expect(department.speaker?.name == "Tomas Berg")
        #expect(department.speaker?.role == "Secretary of Homeland Security")
        // A relative clause after the name says what someone did, not what they are.
        #expect(try quote("“We lost the season,” said Ms. Ana Ruiz, who runs a ferry.", containing: "season").speaker?.role == nil)
    }

    /// After a title, "of" leads to where the person is from; a surname that is also a title stays a surname.
    @Test func aTitledNameThenWhereTheyAreFrom() throws {
        let governor = try quote("Gov. Jonas Peck of Norland told reporters that “the harbour must reopen.”", containing: "harbour")
        #expect(governor.speaker?.name == "Jonas Peck")
        #expect(governor.speaker?.affiliation == "Norland")
        #expect(governor.speaker?.role == "Governor")
        let king = try quote("“It is not going to be easy,” said Representative Peter T. King of Norland.", containing: "easy")
        #expect(king.speaker?.name == "Peter T. King")
        #expect(king.speaker?.affiliation == "Norland")
        let monarch = try quote("“It is not going to be easy,” said King Harald.", containing: "easy")
        #expect(monarch.speaker?.name == "Harald")
        #expect(monarch.speaker?.role == "King")
    }

    @Test func aRoleOpeningTheSentenceBeforeTheName() throws {
        let found = try quote("Her spokesman, Tomas Lindqvist, said she would decide “within a week.”", containing: "week")
        #expect(found.speaker?.name == "Tomas Lindqvist")
        #expect(found.speaker?.role == "spokesman")
        #expect(found.cue == "Her spokesman, Tomas Lindqvist, said")
    }

    /// A relative clause after the subject is not where the speaker is: "Some dockers who backed the strike … say".
    @Test func aRelativeClauseAfterTheSubject() throws {
        let members = try quote(
            "Some union members who backed the strike at the Valmora Terminal are now calling for talks, but they cite “false” reports.",
            containing: "false")
        #expect(members.speaker?.name == "Some union members")
        let pilots = try quote("The pilots who steer ships into Valmora said they would “stay home.”", containing: "stay home")
        #expect(pilots.speaker?.name == "The pilots")
        // The relative word as the object of its clause: the name after it speaks.
        let historian = try quote(
            "Shipping is tied to the party's brand, one which Valmora University historian Ana Ruiz calls “a foundation of our culture.”",
            containing: "foundation")
        #expect(historian.speaker?.name == "Ana Ruiz")
        #expect(historian.speaker?.role == "Valmora University historian")
        // After a preposition "who" opens no relative clause on a subject.
        let heated = try quote(
            "The debate between Berg and Ruiz grew so heated over who funded which crane that Valmora Gov. Jonas Peck said, “I need a translator.”",
            containing: "translator")
        #expect(heated.speaker?.name == "Jonas Peck")
    }

    /// Indirect speech is what follows "that", not the medium before it; the sentence's own verb, not one in a relative clause.
    @Test func indirectSpeechAfterAMediumAndARelativeClause() throws {
        let found = ArticleQuoter(paragraphs: [
            "Tomas Berg, a former port director who argued with Ms. Ruiz at the March meeting, said in a recent interview that the city was wrong.",
        ]).quotes()
        try #require(found.count == 1)
        #expect(found[0].kind == .indirect)
        #expect(found[0].text == "the city was wrong")
        #expect(found[0].speaker?.name == "Tomas Berg")
        #expect(found[0].speaker?.role == "former port director")
    }

    /// "the Norland senator" is not a senator from somewhere else; "the senator" is the one just quoted.
    @Test func aDescriptionWithANameResolvesOnlyToARoleWithIt() throws {
        let found = quotes("“We stay,” said Sen. Petra Halm.", "“We go,” said the Norland senator.", "“We wait,” said the senator.")
        #expect(found.map { $0.speaker?.name } == ["Petra Halm", "the Norland senator", "Petra Halm"])
    }

    /// A name inside a description is where the speaker works, not the speaker.
    @Test func aNameInsideARoleIsTheAffiliation() throws {
        let host = try quote(
            "Bob Lund, a crane driver and shop steward at the oldest terminal in Valmora, said that the crews had “lost patience.”",
            containing: "patience")
        #expect(host.speaker?.name == "Bob Lund")
        #expect(host.speaker?.role == "crane driver and shop steward")
        #expect(host.speaker?.affiliation == "the oldest terminal in Valmora")
        let envoy = try quote("The trawler had left the quay, Norland's Ambassador to Valmora confirmed.", containing: "trawler")
        #expect(envoy.speaker?.name == "Norland's Ambassador to Valmora")
        let delegates = try quote("Delegates at the congress in Valmora said “a fair hearing” was due.", containing: "fair hearing")
        #expect(delegates.speaker?.name == "Delegates at the congress in Valmora")
        let burman = try quote("“The port cannot pay for both cranes,” said Mr. Aske of the Harbour Policy Center.", containing: "cranes")
        #expect(burman.speaker?.name == "Aske")
        #expect(burman.speaker?.affiliation == "Harbour Policy Center")
    }

    /// An appositive that opens with a place is still a role when it holds one: "Mia Kessel, Valmora director for Ruiz, said".
    @Test func anAppositiveOpeningWithAPlace() throws {
        let found = try quote(
            "Mia Kessel, Valmora director for Ruiz, said the campaign “has rented a second office” by the docks.",
            containing: "second office")
        #expect(found.speaker?.name == "Mia Kessel")
    }

    /// "In a radio spot announcing his bid, Peck …, but he admitted": the opening phrase holds no subject, so
    /// "he" is the sentence's subject, not the last person quoted.
    @Test func aPronounAfterAnOpeningPhraseWithAParticiple() {
        let found = quotes(
            "“Peck promised to pay back the fund,” said Ilse Marr, a spokeswoman for the mayor.",
            "Representative Bo Lind, chairman of the Harbour Committee, said he expected Peck to “keep his promise.”",
            "In a radio spot in March announcing his bid, Jonas Peck kept denying the reports, but he admitted running a “chaotic” office.")
        #expect(found.first { $0.text.contains("chaotic") }?.speaker?.name == "Jonas Peck")
    }

    /// A role's field stays in the role and the body after it is the affiliation; "with" and "in" link a
    /// person to a body or a place, not an adjective to its object.
    @Test func whereARoleEndsAndTheAffiliationBegins() throws {
        func speaker(_ appositive: String) throws -> SpeakerReference {
            try #require(quote("“The cranes are idle,” said Ana Ruiz, \(appositive).", containing: "cranes").speaker)
        }
        let head = try speaker("head of harbour policy at the Valmora Port Authority")
        #expect(head.role == "head of harbour policy")
        #expect(head.affiliation == "the Valmora Port Authority")
        let director = try speaker("executive director of advocacy for the Dockers' Union")
        #expect(director.role == "executive director of advocacy")
        #expect(director.affiliation == "the Dockers' Union")
        let spokeswoman = try speaker("spokeswoman for the committee raising funds for the mayor's gala")
        #expect(spokeswoman.role == "spokeswoman")
        let attorney = try speaker("an attorney with the Harbour Legal Center")
        #expect(attorney.role == "attorney")
        #expect(attorney.affiliation == "the Harbour Legal Center")
        let blogger = try #require(quote("Ana Ruiz, a shipping blogger in Valmora, said the cranes were “idle.”", containing: "idle").speaker)
        #expect(blogger.role == "shipping blogger")
        #expect(blogger.affiliation == "Valmora")
        let source = try #require(quote("“The talks failed,” said a source familiar with the talks.", containing: "talks failed").speaker)
        #expect(source.role == "source familiar with the talks")
    }

    /// "…,” the mayor's chief of staff, Bo Lind, told": the role comes first, the name after it speaks.
    @Test func aRoleBeforeTheNameAfterTheQuote() throws {
        let found = quotes("“The cranes will move again,” Valmora Mayor Ana Ruiz’s chief of staff, Bo Lind, told the Harbour Post. “That is certain.”")
        #expect(found.map { $0.speaker?.name } == ["Bo Lind", "Bo Lind"])
        #expect(found.first?.speaker?.role == "chief of staff")
        #expect(found.first?.speaker?.affiliation == "Valmora Mayor Ana Ruiz")
        let spokesman = quotes("“The cranes will move again,” the mayor's spokesman, Bo Lind, told the Harbour Post.")
        #expect(spokesman.first?.speaker?.name == "Bo Lind")
        #expect(spokesman.first?.speaker?.affiliation == "the mayor")
        // Any short description after "the", whether or not the lexicon knows its noun.
        let skipper = quotes("“We won the vote,” the skipper, Jonas Halm, told reporters. “Next time we will win again.”")
        #expect(skipper.map { $0.speaker?.name } == ["Jonas Halm", "Jonas Halm"])
        #expect(skipper.first?.speaker?.role == "skipper")
        // The same opening the sentence, before the quote.
        let opening = try quote("The skipper, Jonas Halm, said: “We won the vote.”", containing: "won")
        #expect(opening.speaker?.name == "Jonas Halm")
        #expect(opening.speaker?.role == "skipper")
    }

    /// An age and a hometown between a name and its description are read past, in every shape of cue; a
    /// hometown alone, or a clause after it, is no role.
    @Test func anAgeAndHometownBeforeTheDescription() throws {
        let cases: [(String, String?)] = [
            ("“We are not leaving,” said Kiri Halm, 34, a crane operator from Ostby.", "crane operator from Ostby"),
            ("“We are not leaving,” Kiri Halm, 34, a crane operator, said.", "crane operator"),
            ("Kiri Halm, 34, a crane operator, said: “We are not leaving.”", "crane operator"),
            ("“We are not leaving,” Kiri Halm, 34, of Ostby, a crane operator, said.", "crane operator"),
            ("“We are not leaving,” said Kiri Halm, 34, of Ostby in northern Norland.", nil),
            ("“We are not leaving,” said Kiri Halm, 34, of Ostby, after hearing the mayor speak.", nil),
        ]
        for (sentence, role) in cases {
            let speaker = try #require(quote(sentence, containing: "leaving").speaker, "\(sentence)")
            #expect(speaker.name == "Kiri Halm", "\(sentence)")
            #expect(speaker.role == role, "\(sentence)")
        }
    }

    /// "its chair": the body a sentence just before is about is where the speaker works — not when someone
    /// else named came between.
    @Test func itsRoleBelongsToTheBodyJustSpokenOf() throws {
        let found = quotes(
            "The ferry company welcomed the decision. “This is good news for travellers,” its chief executive, Vera Sand, said.",
            "The Harbour Board met on Monday.",
            "“We are united,” said Petra Lind, its chair.",
            "Norland Lines disagreed. Vera Holm, its spokeswoman, said: “We were not consulted.”")
        #expect(found.map { $0.speaker?.affiliation } == ["ferry company", "Harbour Board", nil])
        #expect(found.map { $0.speaker?.role } == ["chief executive", "chair", "spokeswoman"])
    }

    /// Making a point clear says it: "The report makes that clear: “…”", "made it plain that … “…”"; making
    /// something clear to someone with no quote or "that" after it does not.
    @Test func makingItClearSaysIt() throws {
        let footnote = try quote("A footnote in the harbour report makes that clear: “The cranes were never inspected.”", containing: "cranes")
        #expect(footnote.speaker?.name == "A footnote in the harbour report")
        let plain = try quote("Lindqvist made it plain that the board would “never” sell.", containing: "never")
        #expect(plain.speaker?.name == "Lindqvist")
        #expect(CueFinder.isVerb(Tokenizer.tokens("The report makes that clear:"), 2))
        #expect(!CueFinder.isVerb(Tokenizer.tokens("The crews made it clear to the board"), 2))
    }

    /// "The statement, signed by Ana Ruiz, called …": the signer speaks, and "signed by" is no role of hers.
    @Test func anAgentsParticipleIsNoRole() throws {
        let found = try #require(quote("The statement, signed by Ana Ruiz, called the closure “a betrayal.”", containing: "betrayal").speaker)
        #expect(found.name == "Ana Ruiz")
        #expect(found.role == nil)
    }

    /// "X quoted Y as saying": Y speaks, through X; "Y was quoted as saying" is Y too.
    @Test func theOneQuotedAsSayingSpeaks() throws {
        let official = try quote("The Norland Times quoted a port official as saying the cranes were “beyond repair.”", containing: "repair")
        #expect(official.speaker?.name == "a port official")
        #expect(official.via == "Norland Times")
        let ruiz = try quote("The Gazette quoted Ana Ruiz as saying: “We will rebuild.”", containing: "rebuild")
        #expect(ruiz.speaker?.name == "Ana Ruiz")
        let passive = try quote("Lindqvist was quoted by the Gazette as saying: “I will not resign.”", containing: "resign")
        #expect(passive.speaker?.name == "Lindqvist")
        #expect(passive.via == nil)
    }

    /// A field after a person's noun is part of the role: "director of communications", "one of the authors".
    @Test func aFieldBelongsToTheRole() throws {
        let director = try #require(quote("Ana Ruiz, the port's director of communications, said the cranes were “idle.”", containing: "idle").speaker)
        #expect(director.role == "director of communications")
        #expect(director.affiliation == "the port")
        let author = try #require(quote("“It was rushed,” said Ari Holm, one of the authors of the harbour report.", containing: "rushed").speaker)
        #expect(author.role == "one of the authors of the harbour report")
    }

    /// "Ilse Marr, vice chairwoman for the campaign, emailed supporters, telling them, “…”": the sentence's subject.
    @Test func aParticipleAfterASubjectWithARole() {
        let found = quotes("Ilse Marr, vice chairwoman for the mayor’s campaign, wrote to volunteers late on Monday, telling them, “I am proud of this port.”")
        #expect(found.first?.speaker?.name == "Ilse Marr")
    }

    /// A longer description still names its speaker when it is plainly a person: "the head of the union's rules committee".
    @Test func aLongDescriptionOfAPerson() {
        let head = quotes("The strike has divided the dockers, as the head of the union’s pay committee has charged the leadership with “a betrayal of the crews” during the talks.")
        #expect(head.first?.speaker?.name == "the head of the union’s pay committee")
        let senator = quotes("“It is a fraud,” the independent Valmora senator and Harbour Party candidate told reporters.")
        #expect(senator.first?.speaker?.name == "the independent Valmora senator and Harbour Party candidate")
    }

    /// The speaker of a clause after a subordinating word may be described, not named: "so long that a spokesman …
    /// could only joke", "when the mayor called".
    @Test func aDescribedSpeakerAfterASubordinatingWord() {
        let quip = quotes("The strike was so long that a spokesman for the union could only joke: “We are tired.”")
        #expect(quip.first?.speaker?.name == "a spokesman for the union")
        let mayor = quotes("The ferry was still at sea when the mayor called the strike a “disgrace.”")
        #expect(mayor.first?.speaker?.name == "the mayor")
    }

    /// "Nothing the mayor said …" and "what Ms. Ruiz said …" are what was said; who said it follows.
    @Test func whatWasSaidIsNoSpeaker() {
        let nothing = quotes("Nothing Ruiz said at the quay “will bring the ships back,” the Valmora senator said.")
        #expect(nothing.first?.speaker?.name == "the Valmora senator")
        let what = quotes("The vote settled what Ms. Ruiz said at the quay was “the only question.”")
        #expect(what.first?.speaker?.name == "Ruiz")
        let relative = quotes("Lind did not name what Ms. Ruiz said that he called a bluff.")
        #expect(relative.isEmpty)
    }

    /// "Does Lind …?": a question's auxiliary is no part of a name.
    @Test func aQuestionsAuxiliaryIsNoName() {
        let found = quotes("Does Lind understand the port? Tomas Lind spoke to the union on Monday.", "“To a point,” he said.")
        #expect(found.first?.speaker?.name.hasPrefix("Does") == false)
        #expect(found.first?.speaker?.name.hasSuffix("Lind") == true)
    }

    /// Adding to something says nothing; adding to someone does.
    @Test func addedToSomethingIsNoCue() {
        #expect(quotes("Efforts to protect Ilse only added to the sense of a “crew adrift.”").first?.speaker == nil)
        #expect(quotes("The leak added to the sense of a “crew adrift.”").first?.speaker == nil)
        #expect(quotes("“The cranes never stopped,” Ruiz added to the Harbour Post.").first?.speaker?.name == "Ruiz")
    }

    /// An age, a share of a group or the word opening the sentence is no role.
    @Test func agesSharesAndOpeningWordsAreNoRoles() throws {
        let docker = try #require(quote("“We are tired,” said Tove Brand, 25.", containing: "tired").speaker)
        #expect(docker.name == "Tove Brand")
        #expect(docker.role == nil)
        let share = try #require(quote("36 percent of Valmorans say the strike is “a mistake.”", containing: "mistake").speaker)
        #expect(share.role == nil)
        let despite = try #require(SpeakerPhrase.parse(Tokenizer.tokens("Despite Ana Ruiz")[...]))
        #expect(despite == .named(SpeakerReference(name: "Ana Ruiz")))
        let counsel = try #require(SpeakerPhrase.parse(Tokenizer.tokens("the union's outside counsel")[...]))
        guard case .description(_, _, let role, _) = counsel else {
            Issue.record("not a description: \(counsel)")
            return
        }
        #expect(role == "outside counsel")
    }

    /// An appositive ending in brackets is read without them, and never out of its own bounds.
    @Test func anAppositiveEndingInBrackets() {
        let phrase = SpeakerPhrase.parse(Tokenizer.tokens("Ari Holm")[...], appositive: Tokenizer.tokens("a talk show by Valmora (Norland's)")[...])
        #expect(phrase == .named(SpeakerReference(name: "Ari Holm", role: "talk show by Valmora")))
    }

    /// A title written in full is no abbreviation: "met the mayor." ends its sentence.
    @Test func aFullTitleEndsASentence() {
        #expect(Sentences(tokens: Tokenizer.tokens("Lindqvist met the mayor. Ruiz met the chairman. They talked."), quoted: []).all.count == 3)
        #expect(Sentences(tokens: Tokenizer.tokens("Sen. Ruiz and Lt. Gov. Lind spoke."), quoted: []).all.count == 1)
    }

    /// A role before a full name stays out of it: "Journalist Jorge Ruiz", "Assemblywoman Ilse Marr", and
    /// a place after a described name is where they are from ("undecided voter Greta Holm of Ostby").
    @Test func roleWordsBeforeAFullName() throws {
        let journalist = try #require(quote("Journalist Jorge Ruiz tweeted that the port was “closed.”", containing: "closed").speaker)
        #expect(journalist.name == "Jorge Ruiz")
        #expect(journalist.role == "Journalist")
        let member = try #require(quote("First-time candidate Assemblywoman Ilse Marr said the count was “tight.”", containing: "tight").speaker)
        #expect(member.name == "Ilse Marr")
        let voter = try #require(quote("“I cannot tell what she wants,” said undecided voter Greta Holm of Ostby, before the vote.", containing: "wants").speaker)
        #expect(voter.name == "Greta Holm")
        #expect(voter.affiliation == "Ostby")
    }

    /// ", Inc.," belongs to the company's name; a participle opening the sentence is no name; ", he said" after
    /// a clause has "he" for its subject.
    @Test func companySuffixesParticiplesAndAPronounAfterAClause() {
        let suffix = quotes("Bo Lind, treasurer of Harbour Cranes, Inc., called the claim “nonsense” on Friday.")
        #expect(suffix.first?.speaker?.name == "Bo Lind")
        let calling = quotes("Calling it “a raid on our wages,” the Dockers’ Union went to court in Valmora.")
        #expect(calling.first?.speaker?.name != "Calling")
        let clause = quotes("Bo Lind called the suit a fraud.", "That covers the fees the union paid for the “audit” linking Ruiz to the Norland fund, he said.")
        #expect(clause.first { $0.text.contains("audit") }?.speaker?.name == "Bo Lind")
    }

    /// A party and state set off by commas after the name is no role, and the cue reads past it.
    @Test func aPartyAndStateBetweenTheNameAndTheVerb() {
        let after = quotes("“Let me make it clear,” Ana Ruiz, D-Val., said on Monday.")
        #expect(after.first?.speaker?.name == "Ana Ruiz")
        #expect(after.first?.speaker?.role == nil)
        #expect(after.first?.cue?.hasSuffix("said") == true)
        // …and between a sentence's subject and its verb, before a colon.
        let before = quotes("Harbour Board Leader Ana Ruiz, D-Val., delivered a blunt message to Lindqvist: “It is time to stop attacking the crews and get back to work.”")
        #expect(before.first?.speaker?.name == "Ana Ruiz")
        #expect(before.first?.speaker?.role == "Harbour Board Leader")
    }

    /// A few lower-case words set off by commas after a name ("Ruiz, clearly frustrated, responded") leave it the
    /// paragraph's subject, whose words the quote paragraph after it holds.
    @Test func aShortAsideAfterTheParagraphSubject() {
        let found = quotes(
            "Ana Ruiz said the port would reopen.",
            "Ruiz, clearly frustrated, responded by pointing at the reporter, saying the union was twisting her words.",
            "“I do not have the money. I am so tired of the union lying about me. I am tired of it.”")
        #expect(found.first { $0.text.contains("tired") }?.speaker?.name == "Ana Ruiz")
    }

    /// A run of capitalised title words ends at the person's noun before a given name: the words before it are the role.
    @Test func aLongTitleBeforeAName() {
        let found = quotes("Harbour Board Majority Leader Ana Ruiz said the strike was “a disgrace.”")
        #expect(found.first?.speaker?.name == "Ana Ruiz")
        #expect(found.first?.speaker?.role == "Harbour Board Majority Leader")
    }

    /// A role begins after a relative word: "a meeting where port chief Ana Ruiz said" has the role "port chief".
    @Test func aRoleStartsAfterARelativeWord() {
        let found = quotes("The crews walked out after a meeting where port chief Ana Ruiz said the cranes were “staying idle.”")
        #expect(found.first?.speaker?.name == "Ana Ruiz")
        #expect(found.first?.speaker?.role == "port chief")
    }

    /// An aside opening with a reflexive ("Ruiz, herself a dockworker, …") is set off from the subject like an appositive.
    @Test func aReflexiveAsideAfterTheSubject() {
        let found = quotes("Ana Ruiz said the port would reopen.", "Ruiz, herself a dockworker during the strike, drew boos upon saying, “The board heard the passion of the crews.”")
        #expect(found.first { $0.text.contains("passion") }?.speaker?.name == "Ana Ruiz")
    }

    /// The subject of a passive speech verb did not speak: it is what was described or announced ("was quoted" aside).
    @Test func theSubjectOfAPassiveSpeechVerbIsWhatWasSpokenOf() {
        #expect(quotes("The port was described as “a ghost town” on Monday.").first?.speaker == nil)
        #expect(quotes("The plan was announced on Monday as a “fresh start” for the harbour.").first?.speaker == nil)
        #expect(quotes("The port was described as “a ghost town” by the crews.").first?.speaker?.name == "the crews")
        #expect(quotes("Ruiz was quoted as saying the port was “finished.”").first?.speaker?.name == "Ruiz")
    }

    /// "thanked … “for …”" is speech; a short circumstance between a name and its verb ("during a Sunday
    /// rally", "at the time") is not part of the name, and a definite one after a group is ("the crews in the hall").
    @Test func thankingIsSpeechAndACircumstanceBeforeTheVerbIsSkipped() {
        let thanks = quotes("Ana Ruiz led the crews.", "Ruiz during a Sunday rally thanked the crews “for their patience” and called the board “a partner.”")
        #expect(thanks.first { $0.text.contains("patience") }?.speaker?.name == "Ana Ruiz")
        #expect(thanks.first { $0.text.contains("partner") }?.speaker?.name == "Ana Ruiz")
        #expect(quotes("Halm in a radio interview said the port was “finished.”").first?.speaker?.name == "Halm")
        #expect(quotes("Ruiz at the time said the port was “finished.”").first?.speaker?.name == "Ruiz")
        #expect(quotes("The crews in the hall said the port was “finished.”").first?.speaker?.name == "The crews in the hall")
    }

    /// After a quote, the name following "thanked", "praised" or "chided" is the one spoken to, not the speaker,
    /// and the quotes either side are not one split quote.
    @Test func aListenerVerbAfterAQuoteNamesNoSpeaker() {
        let found = quotes("Vera Sand, star of “Harbour Nights,” thanked Ruiz for “keeping us all safe.”")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker?.name != "Ruiz" && $0.speaker?.name != "Ruiz for" })
        #expect(quotes("“The strike is over,” chided Lindqvist.").first?.speaker == nil)
        #expect(quotes("“The strike is over,” said Lindqvist.").first?.speaker?.name == "Lindqvist")
    }

    /// A speech verb whose subject cannot speak ("any deal would demand", "the crews would call") sits inside
    /// what an earlier speech verb reports: that verb's subject speaks.
    @Test func aSpeechVerbWithoutASpeakerDefersToTheVerbThatReportsIt() {
        let declared = quotes("When talk turned to Maris, Ruiz declared in a heated argument with Halm that any new deal under her watch would demand not just scrutiny but “absolute secrecy.”")
        #expect(declared.first?.speaker?.name == "Ruiz")
        let according = quotes("Ruiz will attend because, according to Halm, the crews would call her a “coward” if she did not.")
        #expect(according.first?.speaker?.name == "Halm")
    }

    /// A speech verb in an infinitive ("used the hearing to demand", "wants to call") is said by its clause's
    /// subject, not by the noun before "to" — unless the verb hands the infinitive to its object ("led her to declare").
    @Test func anInfinitiveSpeechVerbIsSaidByItsClausesSubject() {
        let used = quotes("Ana Ruiz used the hearing to demand that the port “pay its share into the fund.”")
        #expect(used.first?.speaker?.name == "Ana Ruiz")
        let wants = quotes("Ruiz wants to call the plan “a disgrace to the harbour.”")
        #expect(wants.first?.speaker?.name == "Ruiz")
        let led = quotes("Lindqvist won by a wide margin, a result that led the committee to declare the strike “over.”")
        #expect(led.first?.speaker?.name != "Lindqvist")
    }

    /// "-ing" forms of pledging, demanding, denying and the like are speech verbs after "is".
    @Test func progressiveSpeechVerbsCueTheirSubject() {
        let pledging = quotes("Ana Ruiz, celebrating a win in the harbour vote, is pledging to “win many more seats” in the spring.")
        #expect(pledging.first?.kind == .partial)
        #expect(pledging.first?.speaker?.name == "Ana Ruiz")
        let demanding = quotes("Halm told the crews on Monday.", "The board is demanding that crews “return to work at once.”").first
        #expect(demanding?.cue == "The board is demanding")
    }

    /// "But as Lindqvist denounced … and pledged to confront “…”": the name after a conjunction and a
    /// subordinating word is the subject, unless a comma closes that clause before the quote.
    @Test func aNameAfterButAsIsTheSubjectOfAJoinedVerb() {
        let found = quotes("But as Lindqvist denounced the tariffs and pledged to confront theft at the hands of “knife-wielding smugglers,” the crowd warmed.")
        #expect(found.first?.speaker?.name == "Lindqvist")
        let closed = quotes("Halm met the crews.", "But after Ruiz left the hall, Halm told reporters and pledged to confront the “smugglers” at once.")
        #expect(closed.first?.speaker?.name == "Halm")
    }

    /// After a quote that ends its sentence, a verb before an infinitive ("Crews would continue to work") opens
    /// a sentence of its own, not a cue; "she said to cheers" still is one.
    @Test func aVerbBeforeAnInfinitiveIsNoCueAfterAQuote() {
        let found = quotes("Supporters of the rota, however, say it keeps crews safe by having the board act as an “umpire.” Crews would continue to work in shifts.")
        #expect(found.first?.speaker?.name == "Supporters of the rota")
        #expect(quotes("“We tried,” Ruiz said to cheers.").first?.speaker?.name == "Ruiz")
    }

    /// A paragraph closed by someone speaking, with only circumstance after the verb ("spoke only in general
    /// terms at the briefing"), hands the quote that opens the next paragraph to them.
    @Test func aSpeakerClosingAParagraphWithCircumstanceOwnsTheNextQuote() {
        let found = quotes("Lindqvist spoke only in general terms at the briefing.", "“The quay needs new cranes and this is how we pay for them.”")
        #expect(found.first?.speaker?.name == "Lindqvist")
        let reported = quotes("Lindqvist said in the interview that the crews were ready.", "“The quay needs new cranes and this is how we pay for them.”")
        #expect(reported.first?.speaker?.name == "Lindqvist")
        // …also when the speaking clause closes the sentence after a comma and "since", "as", "because".
        let since = quotes("How the fees will change is anyone's guess, since Lindqvist spoke only in general terms at the briefing.",
                           "“The quay needs new cranes and this is how we pay for them.”")
        #expect(since.first?.speaker?.name == "Lindqvist")
        let quoted = quotes("What “fair fees” means is anyone's guess, since Lindqvist spoke only in general terms at the briefing.",
                            "“The quay needs new cranes and this is how we pay for them.”")
        #expect(quoted.last?.speaker?.name == "Lindqvist")
    }

    /// "Tweeted" capitalised, as some style guides write it, is still the speech verb.
    @Test func aCapitalisedTweetedIsASpeechVerb() {
        let found = quotes("“Not our banner, but we like the message!” Halm, the head of the dockers’ union, Tweeted on Friday.")
        #expect(found.first?.speaker?.name == "Halm")
        #expect(quotes("“We are open,” Ruiz Tweeted.").first?.speaker?.name == "Ruiz")
    }

    /// A dash before a quote that is a sentence of its own ("embraced the rota — “I think …”") introduces
    /// it, as a colon does: the clause's subject speaks.
    @Test func aDashBeforeAQuotedSentenceIntroducesIt() {
        let typed = quotes("Lindqvist also embraced the new rota -- “I think it keeps the crews safe.”")
        #expect(typed.first?.speaker?.name == "Lindqvist")
        let dash = quotes("Lindqvist also embraced the new rota — “I think it keeps the crews safe.”")
        #expect(dash.first?.speaker?.name == "Lindqvist")
    }

    /// A quote that is its whole paragraph is signed by a next paragraph of a dash and a name alone; a dash and
    /// a name after a paragraph of the article's own, or after a quote with its cue, sign nothing.
    @Test func aDashAndANameInTheNextParagraphSignAQuote() {
        let found = quotes(
            "Some of the claims made at the harbour board are checked below.",
            "\"Almost all new berths are going to the two biggest lines.\"", "- Petra Halm.",
            "The figure is out of date.", "“The tolls have doubled since March.”", "— Tomas Lindqvist",
            "“We will not pay,” the union said.", "- Vera Sand.")
        #expect(found.map { $0.speaker?.name } == ["Petra Halm", "Tomas Lindqvist", "union"])
        #expect(found.first?.cue == "Petra Halm")
        #expect(quotes("The board will meet again in May.", "- Vera Sand.").isEmpty)
        let reply = quotes("“The tolls have doubled since March,” Lindqvist said, and left.", "- Vera Sand.")
        #expect(reply.first?.speaker?.name == "Lindqvist")
        #expect(quotes("“The tolls have doubled since March.”", "- Vera Sand of the union, who asked.").first?.speaker == nil)
    }

    /// An aside about being asked ("Ruiz, asked about the rota, said", "when pressed on …, responded") sits
    /// between a speaker and their verb: neither its verb nor its words are the cue's or the speaker's role.
    @Test func aQuestionedAsideSitsBetweenSpeakerAndVerb() {
        #expect(quotes("Ruiz, asked about the rota, said “it keeps the crews safe.”").first?.speaker?.name == "Ruiz")
        let pressed = quotes("Ruiz, when pressed on the rota, responded that “it keeps the crews safe.”").first?.speaker
        #expect(pressed?.name == "Ruiz")
        #expect(pressed?.role == nil)
        let colon = quotes("Lindqvist, asked whether the quay would close, said: “Not while I am here.”").first
        #expect(colon?.cue == "Lindqvist, asked whether the quay would close, said")
        let after = quotes("“It is fine,” Halm, asked about the rota, said on Friday.").first
        #expect(after?.cue == "Halm, asked about the rota, said")
        let inverted = quotes("“It is fine,” said Halm, asked about the rota.").first?.speaker
        #expect(inverted?.name == "Halm")
        #expect(inverted?.role == nil)
        let described = quotes("“It is fine,” Halm, the union chief, when asked about the rota, said.").first?.speaker
        #expect(described?.role == "union chief")
    }

    /// A description between dashes ("Maris Halm — a welder from the north quay — says") is set off as one
    /// between commas, typed "--" or not, before or after the quote; a piece that adds someone ("— and Halm —")
    /// is left out of the subject.
    @Test func aDescriptionBetweenDashesIsAnAppositive() {
        let before = quotes("Maris Halm — a welder from the north quay — says she has come round, and that the new rota was “worth the fight.”").first?.speaker
        #expect(before?.name == "Maris Halm")
        #expect(before?.role == "welder from the north quay")
        let typed = quotes("Maris Halm -- a welder from the north quay -- says the rota is “worth the fight.”").first?.speaker
        #expect(typed?.name == "Maris Halm")
        let after = quotes("“We changed our minds,” Maris Halm — a welder from the north quay — said.").first
        #expect(after?.kind == .direct)
        #expect(after?.speaker?.name == "Maris Halm")
        #expect(quotes("The crews — and Halm — said the rota was “a big deal.”").first?.speaker?.name == "The crews")
        let including = quotes("Many crews at the quay — including welders, pilots, dockers — said the rota was “a big deal.”").first
        #expect(including?.speaker?.name == "Many crews at the quay")
        let inList = quotes("A tour of the two cranes - a rusted one and a newer one bought for the north quay - and three tugs, however, suggests that the port is “a museum.”")
        #expect(inList.first?.speaker?.name != "three tugs")
        let relative = quotes("A former harbour master -- Tomas Lindqvist, who was beaten by Ruiz in 2019 -- said the rota was “a big deal.”").first?.speaker
        #expect(relative?.name == "Tomas Lindqvist")
        #expect(relative?.role == "former harbour master")
        // Three hyphens or two dashes in a row set off nothing (the fuzzer found the first crashing).
        #expect(quotes("Ruiz --- the harbour master --- said the rota was “fine.”").count == 1)
        #expect(quotes("Halm — — said the rota was “fine.”").count == 1)
        // A dash opening the sentence pairs with nothing.
        #expect(quotes("— Halm said the rota was “a big deal.”").first?.speaker?.name == "Halm")
        #expect(quotes("-- Halm said the rota was “a big deal.”").first?.speaker?.name == "Halm")
    }

    /// A name, then a description that opens with someone's name in the possessive, set off by commas: the
    /// name speaks ("Petra Halm, Ruiz's partner, told"); a place before it does not ("In Ostby, Ruiz's spokesman said").
    @Test func aPossessiveDescriptionAfterANameIsItsAppositive() {
        let named = quotes("Petra Halm, Ruiz's sister and co-presenter on her harbour show, told the Gazette that the rota was “a big deal.”").first?.speaker
        #expect(named?.name == "Petra Halm")
        #expect(named?.role == "sister and co-presenter on her harbour show")
        #expect(quotes("In Ostby, Ruiz's spokesman said the rota was “a big deal.”").first?.speaker?.name == "Ruiz's spokesman")
    }

    /// A short title quoted inside a cue's words ("wearing a “Save the Quay” badge, said"; "star of the serial
    /// “Tides,” thanked") is read past as words; one before a name ("On VTV's “Harbour Hour,” Ruiz said") is not
    /// part of the speaker.
    @Test func aTitleQuotedInsideACueIsReadPast() {
        let found = quotes("“The fog has been bad this year, but we sail on,” harbour pilot Vera Sand, wearing a cap and a “Save the Quay” badge, said.")
        #expect(found.first?.speaker?.name == "Vera Sand")
        let before = quotes("Sand, star of the radio serial “Tides,” thanked Ruiz for “keeping the quay open.”")
        #expect(before.last?.speaker?.name == "Sand")
        let wearing = quotes("Sand, wearing a “Save the Quay” badge, said “we carry on.”")
        #expect(wearing.last?.speaker?.name == "Sand")
        let show = quotes("On VTV's “Harbour Hour,” Ruiz said the rota was “a big deal.”").last?.speaker
        #expect(show?.name == "Ruiz")
        #expect(show?.role == nil)
        let cohost = quotes("In an interview on “Harbour Hour,” co-host Vera Sand asked whether the rota was “a big deal.”").last?.speaker
        #expect(cohost?.role == "co-host")
        // A capitalised phrase that a verb governs stays the speaker's words.
        #expect(quotes("Ruiz called it a “Total Disaster” and left.").first?.speaker?.name == "Ruiz")
    }

    /// "About four in 10 voters say", "About a third of the dockers said": a quantity led by a word that is
    /// otherwise a preposition is a subject; "About the rota, Ruiz said" still is not.
    @Test func anApproximateQuantityIsASubject() {
        let share = quotes("About four in 10 harbour voters say the best thing about the new rota is that it is “finally fair.”").first
        #expect(share?.speaker?.name == "About four in 10 harbour voters")
        #expect(quotes("About a third of the dockers said the rota was “about right.”").first?.speaker?.name == "About a third of the dockers")
        #expect(quotes("About the rota, Ruiz said it was “about right.”").first?.speaker?.name == "Ruiz")
    }

    /// A participle's speaker is the sentence's subject, past an opening comparison ("Like Halm,"), a place
    /// ("Here in Ostby,") or a conjunction with a time adverb ("And then").
    @Test func aParticiplesSubjectFollowsAnOpeningPhrase() {
        let like = quotes("Like Halm, Ruiz dismissed the idea that the crews would walk out, arguing that the rota leaves “room for everyone.”")
        #expect(like.first?.speaker?.name == "Ruiz")
        let here = quotes("Here in Ostby, Ruiz leaned hard on safety, saying, “No one should fear a night shift on this quay.”")
        #expect(here.first?.speaker?.name == "Ruiz")
        let then = quotes("And then Ruiz turned on the board, saying, “Will anyone there ever read the safety report?”")
        #expect(then.first?.speaker?.name == "Ruiz")
    }

    /// "…, where harbour master Tomas Lindqvist told": the subject follows "where" as it follows "which";
    /// "at a firm called Harbour Metrics" is an aside between a name and its verb, "called" naming, not speaking.
    @Test func aSubjectAfterWhereOrPastANamingAside() {
        let whereQuote = quotes("The row reached the ferry terminal, where harbour master Tomas Lindqvist (Val.) told reporters that he had met Ruiz and that “the tolls will wait a month.”")
        #expect(whereQuote.first?.speaker?.name == "Tomas Lindqvist")
        let called = quotes("But Tomas Lindqvist, at a shipping consultancy called Harbour Metrics, argues that once the new berths open, “the fees will fall.”")
        #expect(called.first?.speaker?.name == "Tomas Lindqvist")
    }

    /// Inverted cues with more verbs ("exhorted", "argued", "remarked"), the role before the name in an
    /// inverted cue ("Ruiz's introducer, actress Vera Sand"), and a speech verb after the quote outranking a
    /// narrative colon before it — but not a pronoun ("Ruiz: “We won,” she said").
    @Test func invertedCuesAndColonsChooseTheNamedSpeaker() {
        let exhorted = quotes("“This quay has waited long enough for a mayor who listens,” exhorted Ruiz's introducer, actress Vera Sand.").first?.speaker
        #expect(exhorted?.name == "Vera Sand")
        #expect(quotes("“It is about time,” argued Ruiz.").first?.speaker?.name == "Ruiz")
        let colon = quotes("Then came the part everyone had waited for: “This quay has waited long enough for a mayor who listens,” said Vera Sand.")
        #expect(colon.first?.speaker?.name == "Vera Sand")
        #expect(quotes("Ruiz: “We won,” she said.").first?.speaker?.name == "Ruiz")
        #expect(quotes("Ruiz put it this way: “We won,” the mayor says.").first?.speaker?.name == "Ruiz")
        // A relative clause after the description holds no name of the speaker's.
        let designer = quotes("“The looms are older than I am,” said the designer, who works for a rival mill at Harbour Knits.").first?.speaker
        #expect(designer?.name == "the designer")
    }

    /// "proposed" is a speech verb; a state's abbreviation after a town ("Ostby, D.C., and boast") never speaks.
    @Test func proposingSpeaksAndAStateDoesNot() {
        let proposed = quotes("Harbour master Tomas Lindqvist on Monday ordered the quay shut, while Ana Ruiz, the mayor, proposed we “sleep on it.”")
        #expect(proposed.first?.speaker?.name == "Ana Ruiz")
        let state = quotes("Ruiz used the interview to plug “Harbour Hour,” show off a mill she owns in Ostby, D.C., and boast about her new ferry — “the fastest on the coast.”")
        #expect(state.allSatisfy { $0.speaker?.name != "D.C" })
        #expect(state.last?.speaker?.name == "Ruiz")
    }

    /// An opening phrase with a noun that could be a verb ("Alongside union calls for action,") and a focusing
    /// adverb ("even a top strategist") come before the subject; "quoted … as saying" gives the one quoted.
    @Test func openingPhrasesWithNounFormsAndQuotingVerbs() {
        let alongside = quotes("Alongside union calls for action, even a top harbour strategist said Ruiz must pick a side soon, saying, “Sooner or later she has to tell the crews where she stands.”")
        #expect(alongside.first?.speaker?.name == "a top harbour strategist")
        let quoted = quotes("An early tweet quoted the mayor as saying “The cranes stay where they are!”")
        #expect(quoted.first?.speaker?.name == "the mayor")
    }

    /// "as Lind put it," and "put it bluntly:" attribute ("put it on the shelf" does not); citing, singing and
    /// chanting speak; a description opening with a possessive sets off a name ("Petra Halm, Ruiz's mother,
    /// issued"); the writer's "and I quote" is no cue.
    @Test func moreWaysOfPuttingWords() {
        let putIt = quotes("Back then, as harbour prosecutor Maris Lind put it, “he was a quiet lad who liked boats, nothing more.”")
        #expect(putIt.first?.speaker?.name == "Maris Lind")
        #expect(quotes("Ruiz put it bluntly: “The quay is dead.”").first?.speaker?.name == "Ruiz")
        #expect(quotes("Ruiz put it on the “Harbour Hour” shelf.").first?.speaker == nil)
        let citing = quotes("On Tuesday, Gov. Ana Ruiz backed her, citing her “steady hand” and patience.").first
        #expect(citing?.speaker?.name == "Ana Ruiz")
        #expect(quotes("As the Tidewaters sang back in the 1980s, “The tide comes in and the fees go up.”").first?.speaker?.name == "Tidewaters")
        let mother = quotes("Petra Halm, Ruiz's mother, issued a statement Thursday, saying the family “asks for quiet while the inquiry runs.”")
        #expect(mother.first?.speaker?.name == "Petra Halm")
        #expect(quotes("Ruiz said, and I quote, “We love the quay.”").first?.cue != "I quote")
        // "That's because" names no one: "she" is the one who spoke before.
        let that = quotes("Ruiz says the chair has run the port “well enough.” That's because, as she puts it, “the cranes still work” and fees stay low.")
        #expect(that.last?.speaker?.name == "Ruiz")
    }

    /// A speech verb before the quote outranks a byline after it ("… insisted that … “…”--Vera Sand"); a cue
    /// whose colon opens the next quote is that quote's ("… “smaller ports,” Ruiz said: “…”"); a quote ending on
    /// a preposition runs on into its object ("named “in honour of” Lindqvist, Sand wrote").
    @Test func cuesThatBelongElsewhere() {
        let byline = quotes("Ruiz said Monday that she will “rebuild the board” and insisted that her party was “still the strongest on the coast.”--Vera Sand.")
        #expect(byline.last?.speaker?.name == "Ruiz")
        let colon = quotes("After Halm said that crews who failed the test might be happier at “smaller ports,” Ruiz said: “That was unkind and he knows it.”")
        #expect(colon.first?.speaker?.name == "Halm")
        #expect(colon.last?.speaker?.name == "Ruiz")
        #expect(quotes("The ferry was named “in honour of” Lindqvist, Sand wrote.").first?.speaker?.name == "Sand")
        #expect(quotes("“We won.” — Harbour master Tomas Lindqvist").first?.speaker?.name == "Tomas Lindqvist")
    }

    /// An age before a name ("81-year-old Maris Halm, a lifelong Unionist who …, said") leaves the name the speaker.
    @Test func anAgeBeforeTheNameKeepsTheName() {
        let found = quotes("81-year-old Maris Halm, a lifelong Unionist who once backed Lindqvist, said: “Ruiz has earned my vote.”")
        #expect(found.first?.speaker?.name == "Maris Halm")
    }

    /// A participle of speaking after the subject ("A harbour official speaking to the Gazette said") says to
    /// whom or how, not who.
    @Test func speakingToSomeoneIsNotTheSpeakersName() {
        let official = quotes("A harbour official speaking to the Valmora Gazette said, “The cranes will stay idle until spring.”")
        #expect(official.first?.speaker?.name == "A harbour official")
        let pilot = quotes("A senior pilot speaking on condition of anonymity said the rota was “a mess nobody wants to own.”")
        #expect(pilot.first?.speaker?.name == "A senior pilot")
        #expect(quotes("Petra Halm talking with the Gazette said, “Nobody asked the crews.”").first?.speaker?.name == "Petra Halm")
    }

    /// "According to Vera Sand, writing for the Gazette:": a participle after the source describes it; the
    /// source still introduces the quote, in the same sentence or in the paragraph that follows.
    @Test func accordingToSomeoneWriting() {
        let next = quotes("According to Vera Sand, writing for the Valmora Gazette:", "“The board has known about the cracks in the north quay since last winter.”")
        #expect(next.first?.speaker?.name == "Vera Sand")
        let same = quotes("According to Halm, speaking after the vote, “the board has known about the cracks since last winter.”")
        #expect(same.first?.speaker?.name == "Halm")
    }

    /// "Ana Ruiz, chair of Harbour Trust, the union's savings bank, said": the description after the role
    /// describes the body, not the speaker; the name the sentence opens with speaks, and "she" after it is her.
    @Test func aDescriptionOfTheRolesBodyLeavesTheName() {
        let found = quotes("Ana Ruiz, chair of Harbour Trust, the union's savings bank, said the quay “cannot be funded by the crews.”",
                           "“We have asked twice,” she said.")
        #expect(found.first?.speaker?.name == "Ana Ruiz")
        #expect(found.last?.speaker?.name == "Ana Ruiz")
        let charity = quotes("Petra Halm, director of Quay Watch, a harbour charity, said the fees were “far too high for the small boats.”")
        #expect(charity.first?.speaker?.name == "Petra Halm")
    }

    /// A role set off before the name after a quote: "said the union's lawyer, Petra Halm"; "the British harbour
    /// secretary, Vera Sand, said" — proper adjectives before the job still make a role. "She" after it is the name.
    @Test func aRoleThenTheNameAfterTheQuote() {
        let inverted = quotes("“We will appeal,” said the union's lawyer, Petra Halm, on Friday.", "“It is late,” she said.")
        #expect(inverted.first?.speaker?.name == "Petra Halm")
        #expect(inverted.first?.speaker?.role == "lawyer")
        #expect(inverted.last?.speaker?.name == "Petra Halm")
        let proper = quotes("“The deal rests on a false claim,” the British harbour secretary, Vera Sand, said in a statement.")
        #expect(proper.first?.speaker?.name == "Vera Sand")
        #expect(quotes("“We will appeal,” said the Valmora Gazette, Ana Ruiz.").first?.speaker?.name != "Ana Ruiz")
    }

    /// "Lindqvist over the weekend denied": a time phrase between the subject and its verb is not the subject.
    @Test func overTheWeekendIsATime() {
        let found = quotes("Lindqvist over the weekend denied that the board had ignored the cracks for years.")
        #expect(found.first?.speaker?.name == "Lindqvist")
        #expect(quotes("Ruiz during the week said the quay was “safe enough for the winter.”").first?.speaker?.name == "Ruiz")
    }

    /// Reported words closed by an inverted cue after a comma ("…, said Ana Ruiz, head of the lock crew.")
    /// are the named speaker's, and "he" or "she" next is that speaker; "Maris Halm, a welder …, said that …"
    /// keeps its subject before the verb.
    @Test func reportedWordsClosedBySaidAndAName() {
        let found = quotes("On Friday the crews opened the gates and tested the locks for an hour, said Ana Ruiz, head of the lock crew.",
                           "“The seals held,” she said.")
        #expect(found.first?.kind == .indirect)
        #expect(found.first?.speaker?.name == "Ana Ruiz")
        #expect(found.last?.speaker?.name == "Ana Ruiz")
        let relative = quotes("Some forty crews have offered to share berths this winter, said Petra Halm, who runs Quay Watch, a charity that helps crews.")
        #expect(relative.first?.speaker?.name == "Petra Halm")
        let before = quotes("Maris Halm, a welder who backed Ruiz, said that given the weather the quay would close.")
        #expect(before.first?.speaker?.name == "Maris Halm")
        #expect(before.first?.text.hasPrefix("given the weather") == true)
    }

    /// "Halm, after some thought, said": an aside of time set off by commas is no role; "Ruiz, of the pilots'
    /// guild, said" still gives one.
    @Test func anAsideIsNoRole() {
        let paused = quotes("“The crews know the tides,” Halm, after some thought, said of the pilots.")
        #expect(paused.first?.speaker?.name == "Halm")
        #expect(paused.first?.speaker?.role == nil)
        #expect(quotes("“We are ready,” Ruiz, of the pilots' guild, said.").first?.speaker?.role != nil)
    }

    /// "Sen. Tomas Lindqvist, running again in Orda, a coastal county, said": the description after a
    /// participle's phrase describes the place, and the name speaks; so does one after a party and state in
    /// brackets ("Sen. Petra Halm (R-Orda), another longtime member, said"). A party and state is never the name.
    @Test func aDescriptionAfterAParticiplePhraseOrBrackets() {
        let facing = quotes("Sen. Tomas Lindqvist, running again in Orda, a coastal county, said he would welcome the crews back.")
        #expect(facing.first?.speaker?.name == "Tomas Lindqvist")
        #expect(facing.first?.text == "he would welcome the crews back")
        let bracketed = quotes("And Sen. Petra Halm (R-Orda), another longtime member, said she had no plan to ask the union for money.")
        #expect(bracketed.first?.speaker?.name == "Petra Halm")
        let party = quotes("Tomas Lindqvist, R-Orda, holding a lead in the north, a column on the website Harbour Daily says, “has already won.”")
        #expect(party.first?.speaker?.name == "Harbour Daily")
    }

    /// "they’ve suggested", "she'd said": a pronoun with a contracted auxiliary is the pronoun, not a name.
    @Test func aContractedPronounIsThePronoun() {
        let found = quotes("Ana Ruiz spoke to the crews on Monday.", "The pilots could help in the north as well, she’d said.")
        #expect(found.last?.speaker?.name == "Ana Ruiz")
        #expect(quotes("The crews met on the quay.", "Ruiz might ease the queues at the locks, they’ve suggested.").allSatisfy { $0.speaker?.name != "they’ve" })
    }

    /// "a source familiar with the mayor's thinking", "a person close to the Halms": the whole phrase is the
    /// role — not "thinking" with the mayor as affiliation — and "person" is someone who can speak.
    @Test func someoneFamiliarWithOrCloseTo() throws {
        let source = try #require(quote("“It is fine,” said another source familiar with Ruiz’s thinking.", containing: "fine").speaker)
        #expect(source.role == "source familiar with Ruiz’s thinking")
        #expect(source.affiliation == nil)
        let close = try #require(quote("“It is fine,” a person close to the Halms said.", containing: "fine").speaker)
        #expect(close.name == "a person close to the Halms")
        #expect(close.role == "person close to the Halms")
    }

    /// "“What made her change?” Halm questioned.": "questioned" after a quote is a speech verb like "asked".
    @Test func questionedIsACue() {
        let found = quotes("Vera Sand spoke first.", "“What made the board change its mind so fast?” Halm questioned.")
        #expect(found.first?.speaker?.name == "Halm")
        #expect(found.first?.cue == "Halm questioned")
    }

    /// "The veteran senator said" after "Sen. Vera Sand" was named and spoke: a title before a name gives its
    /// role, and the later of a speaker with the role and such a mention outside quotations is the one meant.
    @Test func aDescriptionMeansTheLatestWithTheRole() {
        let found = quotes("Sen. Tomas Lindqvist said the quay was fine.", "Then there is Orda, where Sen. Vera Sand is in a hard race.",
                           "“The crews deserve better than this,” Sand said. The veteran senator said she seldom takes sides, “but on the locks I will.”")
        #expect(found.last?.speaker?.name == "Vera Sand")
        let earlier = quotes("Then there is Orda, where Sen. Vera Sand is in a hard race.", "Sen. Tomas Lindqvist said the quay was fine.",
                             "The senator said the crews were “ready for the winter.”")
        #expect(earlier.last?.speaker?.name == "Tomas Lindqvist")
        // A senator the quotation speaks of is not the one the article describes.
        let quoted = quotes("Sen. Tomas Lindqvist spoke at the quay.", "“Sometimes I think Sen. Vera Sand is running against me,” the senator said.")
        #expect(quoted.last?.speaker?.name == "Tomas Lindqvist")
    }

    /// "At the hearing, Halm stood to answer the board. He argued …": a pronoun opening a sentence is
    /// the person the sentence before it was about, not the last one quoted.
    @Test func aPronounIsThePreviousSentencesSubject() {
        let found = quotes("Maris Halm runs the lock crew.", "“We will win the vote,” Ruiz said on Monday.",
                           "At the hearing on Monday, Halm stood to answer the board. He argued the rota had never slowed the locks.")
        #expect(found.last?.speaker?.name == "Maris Halm")
        let quoted = quotes("Ruiz met the crews on Monday.", "Maris Halm spoke to the Gazette. She said the locks were “in good shape.”")
        #expect(quoted.last?.speaker?.name == "Maris Halm")
        // Not a word that opens the sentence before: "Along with …" names no one.
        let along = quotes("“We will win the vote,” Ruiz said on Monday.", "Along with the crews came the pilots. She said the locks were “in good shape.”")
        #expect(along.last?.speaker?.name == "Ruiz")
    }

    /// "Former Speaker of the Assembly Maris Halm", "Union Director of Harbour Affairs Petra Halm": a title's "of"
    /// phrase, then the person's name; "Chairman of the Harbour Board" is a role at a body, no name.
    @Test func aTitlesOfPhraseThenAName() throws {
        let speaker = try #require(quote("Former Speaker of the Assembly Maris Halm said the rota was “a mess.”", containing: "mess").speaker)
        #expect(speaker.name == "Maris Halm")
        #expect(speaker.role == "Former Speaker of the Assembly")
        let union = quotes("The union will sit out the vote, Union Director of Harbour Affairs Petra Halm told the Gazette.")
        #expect(union.first?.speaker?.name == "Petra Halm")
        let board = try #require(quote("Chairman of the Harbour Board said the rota was “a mess.”", containing: "mess").speaker)
        #expect(board.role == "Chairman")
        #expect(board.affiliation == "the Harbour Board")
        let pronoun = quotes("Former Speaker of the Assembly Maris Halm praised the rota. He said one “bad winter” should not undo it.")
        #expect(pronoun.first?.speaker?.name == "Maris Halm")
    }

    /// "One Halm letter promised …": a number before a name and the noun it counts is no part of the name.
    @Test func oneBeforeANameIsNoName() {
        let found = quotes("Petra Halm won the vote.", "One Halm letter to the board promised to “block” Ruiz.",
                           "At the hearing on Monday, Halm stood to answer the board. She argued the rota had never slowed the locks.")
        #expect(found.last?.speaker?.name == "Petra Halm")
    }

    /// "Moments later, …" when the article also writes "moments", and "Fifteen of the pilots …": a common word
    /// or a number opening a sentence is no one's name.
    @Test func aCommonWordOpeningASentenceIsNoName() {
        let moments = quotes("The moments after the vote were tense.", "Moments later, the crews left, calling it “a failure of planning.”")
        #expect(moments.first?.speaker?.name != "Moments")
        let fifteen = quotes("Fifteen of the pilots signed the letter, calling the rota “a failure of planning.”")
        #expect(fifteen.first?.speaker?.name != "Fifteen")
        let name = quotes("The price of the berths went up.", "Price, the harbour master, called it “a failure of planning.”", "Halm agreed with Price.")
        #expect(name.first?.speaker?.name == "Price")
    }

    /// "…, where Harbour Board Leader Tomas M. Lind (D-Val.) told reporters that …": a long titled name after
    /// "where" is the subject; "blamed" is a speech verb; "the town" speaks as a body.
    @Test func moreSubjectsAndVerbs() {
        let whereName = quotes("The row reached the quay, where Harbour Board Leader Tomas M. Lind (D-Val.) told reporters that “the fees will be frozen until spring.”")
        #expect(whereName.first?.speaker?.name == "Tomas M. Lind")
        let blamed = quotes("When the board delayed the vote again, Gov. Petra Halm (R) blamed the board's “sleepy committee.”")
        #expect(blamed.first?.speaker?.name == "Petra Halm")
        let town = quotes("Ostby is a small port.", "The town put out a notice on Wednesday saying the fees “will not rise this year.”")
        #expect(town.last?.speaker?.name == "the town")
    }

    /// "The candidate herself spoke on the radio": the emphatic pronoun adds no one, and the description is the
    /// candidate named before.
    @Test func anEmphaticPronounAddsNoOne() {
        let found = quotes("“We will win,” said Vera Sand, the candidate for mayor.",
                           "The candidate herself spoke on Harbour Radio, calling the rota “a failure of planning.”")
        #expect(found.last?.speaker?.name == "Vera Sand")
    }

    /// "Halm’s campaign brushed off Ruiz’s letter, telling reporters, “…”": a verb and its particle are no
    /// role words before a name; "…, with Lind going on the radio to call Halm “…”": the participle's subject
    /// after "with" speaks the infinitive's words.
    @Test func aParticleIsNoRoleAndWithSomeoneTakingTo() {
        let campaign = quotes("Halm’s campaign brushed off Ruiz’s letter, telling reporters, “We have never needed the union’s money.”")
        #expect(campaign.first?.speaker?.name == "Halm’s campaign")
        let with = quotes("The union played down the row, with Lind going on the radio to call Halm “badly mistaken” about the fees.")
        #expect(with.first?.speaker?.name == "Lind")
    }

    /// "some aides, along with several harbour officials, have suggested": the piece that joins others to the
    /// subject is no subject ("as well as to ports such as Ostby" joins no one); "Prime Minister Vera Sand of
    /// Norland", "Chief Patrol Agent Tomas Lind": the capitalised role before the name is the role.
    @Test func joinedSubjectsAndCapitalisedRoles() throws {
        let joined = quotes("Ruiz has not chosen a deputy yet, and some aides, along with several harbour officials, have suggested that she pick a pilot from the north quay.")
        #expect(joined.first?.speaker?.name == "some aides")
        let minister = try #require(quote("Prime Minister Vera Sand of Norland said she was “optimistic.”", containing: "optimistic").speaker)
        #expect(minister.name == "Vera Sand")
        #expect(minister.role == "Prime Minister")
        #expect(try quote("Robert Lind of the harbour board said it was “fine.”", containing: "fine").speaker?.name == "Robert Lind")
        let agent = try #require(quote("Chief Patrol Agent Tomas Lind said several crews were “ready.”", containing: "ready").speaker)
        #expect(agent.name == "Tomas Lind")
    }

    /// "wrote to Ruiz, asking …", "Halm admitted to …": words after "to" say to whom or what, and report nothing.
    @Test func toAfterTheVerbReportsNothing() {
        #expect(quotes("In March, senior members of the board also wrote to Ruiz, asking for a new rota.").isEmpty)
        #expect(quotes("Halm wrote to the board that the fees were far too high for the crews.").first?.text == "the fees were far too high for the crews")
    }

    /// "he" or "she" is one person: after "Some aides said …", "“…,” he said" is the last person who spoke,
    /// not the aides.
    @Test func heIsNoGroup() {
        let found = quotes("“We will win,” said Maris Halm, the union chief.", "Aides said the talks went well.", "“I will decide on the rota by Friday,” he said.")
        #expect(found.last?.speaker?.name == "Maris Halm")
    }

    /// "Coastal safety experts have …, but have warned that … “storm margin”": a capitalised word opening
    /// the sentence and the lower-case words after it up to a head noun are one description; "Halm
    /// compared his shipyard …" is a name and its verb, and "candidate Sen. Vera Sand" keeps the title's period.
    @Test func aCapitalisedWordThenItsNoun() {
        let experts = quotes("Coastal safety experts have doubted the figures, but have warned that the sea wall might lose its “storm margin” within a decade.")
        #expect(experts.first?.speaker?.name == "Coastal safety experts")
        let verb = quotes("Halm is a trader.", "Halm compared his shipyard with Ruiz’s, saying “I built mine with borrowed tools.”")
        #expect(verb.last?.speaker?.name == "Halm")
        let titled = quotes("Harbour candidate Sen. Vera Sand (I-Val.) on Saturday attacked the rota, saying it leaves the night crews “out in the cold.”")
        #expect(titled.first?.speaker?.name == "Vera Sand")
    }

    /// "Mr. Halm, hoping to calm the crews, wrote to the union, saying “…”": a participle's phrase after
    /// the name is set off like a description (a preposition in -ing, "during", opens no such phrase).
    @Test func aParticiplePhraseAfterTheSubject() {
        let found = quotes("Mr. Halm, hoping to calm the crews, wrote to the union on Friday, saying, “The north quay will open on time.”")
        #expect(found.first?.speaker?.name == "Halm")
    }

    /// "The harbour board’s posts read, “…”": posts, like a post or tweets, carry words.
    @Test func postsRead() {
        #expect(quotes("The harbour board’s posts read, “Come and meet the new lock crew.”").first?.cue == "The harbour board’s posts read")
    }

    /// "The Justice Department said": a title before a body's words only is part of the body's name;
    /// before a person's ("Justice Ana Ruiz") it is still the role.
    @Test func aTitleBeforeABodysNameIsTheName() throws {
        let found = quotes("The Justice Department said in a letter to Halm that the case would stay closed.",
                           "“We will look again in May,” the department said.", "“No comment,” said Justice Ana Ruiz.")
        #expect(found.first { $0.text.contains("stay closed") }?.speaker?.name == "Justice Department")
        #expect(found.first { $0.text.contains("look again") }?.speaker?.name == "Justice Department")
        let ruiz = try #require(found.first { $0.text.contains("No comment") }?.speaker)
        #expect(ruiz.name == "Ana Ruiz")
        #expect(ruiz.role == "Justice")
    }

    /// "“…,” a spokesman said": a past form after "a" and one word is the verb, not a noun like "a snappy retort".
    @Test func anIndefiniteSpeakerAfterTheQuote() {
        let found = quotes("“The pier is closed until Monday,” a spokesman said.", "“It was loud,” an aide told the Gazette.",
                           "Halm gave a snappy retort: “Never.”")
        #expect(found.first { $0.text.contains("until Monday") }?.speaker?.name == "a spokesman")
        #expect(found.first { $0.text.contains("loud") }?.speaker?.name == "an aide")
        #expect(found.first { $0.text.contains("Never") }?.cue == "Halm gave a snappy retort")
    }

    /// "“…,” officials said.": people in the plural with no name in sight, then the verb, close the quote's cue.
    @Test func peopleInThePluralAfterTheQuote() {
        let found = quotes("“The pier stays shut,” harbour officials said.", "“We saw the smoke first,” witnesses said.")
        #expect(found.first { $0.text.contains("pier") }?.speaker?.name == "harbour officials")
        #expect(found.first { $0.text.contains("smoke") }?.speaker?.name == "witnesses")
    }

    /// "the ministry" is a body named with "ministry" if the article names one, else unresolved — not the outlet
    /// or the town spoken of last.
    @Test func aBodysHeadNeedsItsName() {
        let none = quotes("“The pier stays shut,” a source told the Gazette.", "“The pier stays shut,” the ministry said in a statement.")
        #expect(none.last?.speaker?.name == "ministry")
        let named = quotes("The Harbour Ministry wrote to the Gazette on Monday.", "“The pier stays shut,” the ministry said.")
        #expect(named.last?.speaker?.name == "Harbour Ministry")
        // "the company" is any company: the body spoken of last
        let company = quotes("The Valmora Ferry Company hired two pilots on Monday.", "“The pier stays shut,” the company said.")
        #expect(company.last?.speaker?.name == "Valmora Ferry Company")
    }
}
