// Who said a quote: its cue's subject, else the sentences and quotes around it.
extension ArticleQuoter {
    /// The speaker the quote's own cue names: its subject; the cue closing the sentence past the next quote
    /// ("carry “real weight” and bring the “dockside muscle” …, Ivo Marr said"), which then becomes `cue`;
    /// or the subject of a participle's clause ("Halm seemed ready to joke, telling …").
    /// `previousSpoke` tells that a quote earlier in the sentence had a speaker.
    func cueSpeaker(_ place: Placement, cue: inout PlacedCue?, previousSpoke: Bool, entities: inout Entities) -> SpeakerReference? {
        if let placed = cue, placed.cue.hasSubject {
            let tokens = paragraphs[placed.paragraph]
            guard let phrase = SpeakerPhrase.parse(tokens[placed.cue.subject], appositive: placed.cue.appositive.map { tokens[$0] }) else { return nil }
            return resolve(phrase, entities: &entities, paragraph: placed.paragraph, token: placed.cue.subject.lowerBound,
                           appositive: placed.cue.appositive.map { SpeakerPhrase.text(tokens[$0]) })
        }
        let tokensLast = place.tokensLast
        if let next = place.next, next.paragraph == place.last.paragraph {
            // Another quote follows in the sentence and the sentence closes with the cue of both.
            let sentenceEnd = sentences[place.last.paragraph].end(of: place.close + 1)
            if sentenceEnd > place.afterRange.upperBound, let final = CueFinder.sentenceFinal(tokensLast, in: place.afterRange.upperBound..<sentenceEnd),
                let phrase = SpeakerPhrase.parse(tokensLast[final.subject], appositive: final.appositive.map { tokensLast[$0] })
            {
                cue = PlacedCue(cue: final, paragraph: place.last.paragraph)
                return resolve(phrase, entities: &entities, paragraph: place.last.paragraph, token: final.subject.lowerBound,
                               appositive: final.appositive.map { SpeakerPhrase.text(tokensLast[$0]) })
            }
        }
        // A title or scare quote earlier in the sentence ("videos he calls “Consumer TV,” telling …") leaves it open.
        guard let placed = cue, let verb = placed.cue.verb, !previousSpoke,
            !CueFinder.isPassiveListener(paragraphs[placed.paragraph], verb: verb, from: 0),
            // the verb only counts as a place in this paragraph's words when the cue comes before the quote
            let (subject, at) = participleSubject(place.tokensFirst, sentenceStart: place.sentenceStart,
                                                  verb: placed.paragraph == place.first.paragraph && verb < place.open ? verb : nil, quote: place.open)
        else { return nil }
        return resolve(subject, entities: &entities, paragraph: place.first.paragraph, token: at, appositive: nil)
    }

    /// A speaker for a quote whose cue names no one: the speaker of the quote before it in the sentence or the
    /// paragraph (or, for a paragraph that opens with a quote, the paragraph before), or someone a sentence
    /// nearby is about. `ownSentence` tells that such a sentence, not an earlier quote, gave the speaker.
    func contextSpeaker(_ place: Placement, hasCue: Bool, found: [Found], entities: inout Entities) -> (speaker: SpeakerReference, ownSentence: Bool)? {
        let first = place.first, tokensFirst = place.tokensFirst, sentenceStart = place.sentenceStart
        let opensParagraph = place.opensParagraph
        let longEnough = place.wordCount >= 5 || place.startsSentence
        // A title in between, in the same paragraph ("Brandt said on VTV's “Harbour Hour” Sunday.
        // “…”"), passes the speaker on.
        let skipsTitle = found.count >= 2 && found[found.count - 1].quote.kind == .term
            && found[found.count - 2].span.last.paragraph == first.paragraph && found[found.count - 1].span.last.paragraph == first.paragraph
        if let last = skipsTitle ? found[found.count - 2] : found.last, let lastSpeaker = last.quote.speaker,
            longEnough || hasCue || place.previousInSentence
        {
            let lastParagraph = last.span.last.paragraph
            if place.previousInSentence || lastParagraph == first.paragraph
                || (opensParagraph || opensWithAdverbial(place)) && lastParagraph == first.paragraph - 1
            {
                return (lastSpeaker, false)
            }
        }
        let opensOwnSentence = place.startsSentence && !place.previousInSentence && sentenceStart == place.open && sentenceStart > 0
        // "Port economist Tomas Lindqvist agreed. “The grain has nowhere else to go.”"
        if opensOwnSentence, let reporter = speakingSentence(first.paragraph, before: sentenceStart),
            let speaker = resolve(reporter.phrase, entities: &entities, paragraph: first.paragraph, token: reporter.token, appositive: nil)
        {
            return (speaker, true)
        }
        // "Halm touted her record as a co-sponsor. “We need to find ways …”": a quote after a sentence about
        // someone, in the same paragraph, is theirs.
        if opensOwnSentence, longEnough,
            case let previousStart = sentences[first.paragraph].start(of: sentenceStart - 1),
            !sentences[first.paragraph].overlapsQuote(previousStart..<sentenceStart),
            let subject = sentenceSubject(tokensFirst, from: previousStart, to: sentenceStart), subject.canSpeak,
            let speaker = resolve(subject, entities: &entities, paragraph: first.paragraph, token: previousStart, appositive: nil)
        {
            return (speaker, true)
        }
        // A quote opening its paragraph after one that reported someone's words.
        if opensParagraph, longEnough, let last = entities.speakers.last, last.paragraph == first.paragraph - 1 {
            return (SpeakerReference(name: last.name, role: last.role), false)
        }
        if opensParagraph, first.paragraph > 0, let introduced = introducingCue(before: first.paragraph),
            let speaker = resolve(introduced.phrase, entities: &entities, paragraph: first.paragraph - 1, token: introduced.token, appositive: nil)
        {
            return (speaker, true)
        }
        if opensParagraph, first.paragraph > 0, !paragraphs[first.paragraph - 1].isEmpty,
            case let previous = first.paragraph - 1, let reporter = speakingSentence(previous, before: paragraphs[previous].count),
            case let tokens = paragraphs[previous], case let start = sentences[previous].start(of: tokens.count - 1),
            reporter.token == start
                // "…, since Lindqvist spoke only in general terms.": a closing clause of its own after a comma
                || reporter.token >= 2 && tokens[reporter.token - 2].is(",") && Self.closingClauseOpeners.contains(tokens[reporter.token - 1].lowered),
            // "Lindqvist went on." closing the paragraph before: the quote that opens this one is theirs.
            let speaker = resolve(reporter.phrase, entities: &entities, paragraph: previous, token: reporter.token, appositive: nil)
        {
            return (speaker, true)
        }
        guard !hasCue else { return nil }
        // A paragraph of narration about someone, then a paragraph that is all quote: theirs.
        if opensParagraph, place.wordCount >= 5, first.paragraph > 0,
            let subject = paragraphSubject(first.paragraph - 1, entities: &entities),
            let speaker = resolve(subject, entities: &entities, paragraph: first.paragraph - 1, token: 0, appositive: nil)
        {
            return (speaker, false)
        }
        guard !place.isTitle else { return nil }
        // "Ruiz delivered a blunt message to Lindqvist: “It is time to stop …”": after a colon the clause's subject
        // speaks; after a comma too, before a statement or post ("Lindqvist issued a statement, “Last night …”")
        // or a sentence of its own ("Ruiz shared her doubts with the crews, “I do not know …”"); and after a dash
        // before a sentence of its own ("Lindqvist embraced the rota — “I think …”").
        let opensWithCapital = first.tokens.first { tokensFirst[$0].isWord }.map { tokensFirst[$0].startsUppercase } == true
        let introduced = place.lastBefore.map { tokensFirst[$0].is(":")
            || tokensFirst[$0].is(",") && tokensFirst[sentenceStart..<$0].contains { $0.classes.contains(.mediumNouns) }
            || tokensFirst[$0].is(",") && opensWithCapital && place.wordCount >= 6
            || CueFinder.isDash(tokensFirst, $0) && opensWithCapital && place.wordCount >= 5 } == true
        if introduced, let subject = sentenceSubject(tokensFirst, from: sentenceStart, to: place.open), subject.canSpeak,
            let speaker = resolve(subject, entities: &entities, paragraph: first.paragraph, token: sentenceStart, appositive: nil)
        {
            return (speaker, true)
        }
        // Quoted words inside a sentence about someone: they are that someone's words.
        if !place.startsSentence, place.wordCount >= 5, let subject = sentenceSubject(tokensFirst, from: sentenceStart, to: place.open),
            let speaker = resolve(subject, entities: &entities, paragraph: first.paragraph, token: sentenceStart, appositive: nil)
        {
            return (speaker, true)
        }
        return nil
    }

    /// "Again, a week later on Radio Valmora: “…”", "In one case: “…”": the paragraph opens with words of time,
    /// place or manner and a colon — no verb, no subject — before the quote, which goes on from the quote before.
    private func opensWithAdverbial(_ place: Placement) -> Bool {
        let tokens = place.tokensFirst
        guard place.sentenceStart == 0, let colon = place.lastBefore, colon > 0, tokens[colon].is(":"),
            case let first = tokens[0], first.isWord, !first.classes.contains(.determiners),
            first.classes.contains(.capitalisedFunctionWords) || first.lowered.hasSuffixBytes("ly")
                || first.lowered.isOne(of: ["then", "later", "earlier", "again", "afterward", "afterwards", "meanwhile", "elsewhere"])
        else { return false }
        return !(0..<colon).contains { i in
            let token = tokens[i]
            return CueFinder.isVerb(tokens, i) || token.lowered.isOne(of: ["is", "was", "are", "were", "be", "been"]) || token.lowered.hasSuffixBytes("ed")
                || token.classes.contains(.personNouns) || token.classes.contains(.organisationNouns)
        }
    }

    /// A short sentence that only says someone spoke ("Lindqvist agreed.", "The union responded on
    /// Friday."), ending where a quote begins: the quote is theirs.
    private func speakingSentence(_ paragraph: Int, before end: Int) -> (phrase: SpeakerPhrase, token: Int)? {
        let tokens = paragraphs[paragraph]
        var start = sentences[paragraph].start(of: end - 1)
        // "What “fair fees” means is anyone's guess, since Lindqvist spoke only …": the closing clause alone.
        if sentences[paragraph].overlapsQuote(start..<end),
            let comma = (start..<end).last(where: { tokens[$0].is(",") }), comma + 2 < end, Self.closingClauseOpeners.contains(tokens[comma + 1].lowered)
        {
            start = comma + 1
        }
        guard !sentences[paragraph].overlapsQuote(start..<end), let cue = CueFinder.before(tokens, in: start..<end), cue.hasSubject,
            let verb = cue.verb, QuoteSpans.words(in: tokens[(verb + 1)..<end]) <= 3 || isCircumstance(tokens, (verb + 1)..<end),
            let phrase = SpeakerPhrase.parse(tokens[cue.subject], appositive: cue.appositive.map { tokens[$0] })
        else { return nil }
        return (phrase, cue.subject.lowerBound)
    }

    /// Words opening a clause that closes a sentence after a comma: "…, since Lindqvist spoke only …".
    private static let closingClauseOpeners: Set<String> = ["since", "as", "because", "while", "when", "after", "though", "although"]

    /// "only in general terms at the briefing": a short tail of prepositional phrases after a speech verb,
    /// with no clause of its own to report.
    private func isCircumstance(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let first = range.first, tokens[first].isWord, QuoteSpans.words(in: tokens[range]) <= 10 else { return false }
        let opensWithPreposition = tokens[first].classes.contains(.prepositions)
            || (tokens[first].is("only") || tokens[first].lowered.hasSuffixBytes("ly")) && first + 1 < range.upperBound
                && tokens[first + 1].classes.contains(.prepositions)
        return opensWithPreposition && !range.contains { index in
            let token = tokens[index]
            return token.kind == .mark || token.classes.contains(.clauseWords) || CueFinder.isVerb(tokens, index)
                || token.lowered.isOne(of: ["that", "what", "how", "why", "whether"])
        }
    }

    /// Words opening a sentence that only supposes someone: "If Ruiz wins, …", "When Halm arrived, …".
    private static let supposingOpeners: Set<String> = ["if", "unless", "whether", "when", "while", "although", "though", "because", "as", "since"]

    /// The person a paragraph without quotations opens with ("Ruiz, visibly tired, answered by …").
    private func paragraphSubject(_ paragraph: Int, entities: inout Entities) -> SpeakerPhrase? {
        let tokens = paragraphs[paragraph]
        guard !tokens.isEmpty, !sentences[paragraph].overlapsQuote(0..<tokens.count), !Self.supposingOpeners.contains(tokens[0].lowered),
            let phrase = sentenceSubject(tokens, from: 0, to: sentences[paragraph].end(of: 0)),
            case .named(let reference) = phrase, reference.members.isEmpty,
            case let name = Entities.bare(reference.name),
            entities.kind(of: entities.fullName(of: name, paragraph: paragraph, token: 0) ?? name, titled: reference.titled) == .person
        else { return nil }
        return phrase
    }

    /// "Peskov said:" closing the paragraph before a quote that opens its own.
    private func introducingCue(before paragraph: Int) -> (phrase: SpeakerPhrase, token: Int)? {
        let tokens = paragraphs[paragraph - 1]
        guard let last = tokens.last, last.is(":") else { return nil }
        let start = sentences[paragraph - 1].start(of: tokens.count - 1)
        guard let cue = CueFinder.before(tokens, in: start..<tokens.count), cue.hasSubject,
            let phrase = SpeakerPhrase.parse(tokens[cue.subject], appositive: cue.appositive.map { tokens[$0] })
        else { return nil }
        return (phrase, cue.subject.lowerBound)
    }

    func resolve(_ phrase: SpeakerPhrase, entities: inout Entities, paragraph: Int, token: Int, appositive: String?) -> SpeakerReference? {
        switch phrase {
        case .named(var reference):
            reference.name = Entities.bare(reference.name)
            // "Hastily …" or "Holding signs, …" read as a name: an ordinary word, no one’s.
            if reference.members.isEmpty, !reference.titled, reference.role == nil, paragraphs[paragraph].indices.contains(token),
                Entities.bare(paragraphs[paragraph][token].text) == reference.name, entities.isOrdinaryWord(paragraphs[paragraph], at: token)
            { return nil }
            // "said Mr. Halm": the gender the cue's own mention gives, which picks among the Halms named before.
            let gender = reference.members.isEmpty ? entities.gender(ofMention: reference.name, paragraph: paragraph, from: token) : nil
            if reference.members.isEmpty, let full = entities.fullName(of: reference.name, paragraph: paragraph, token: token, gender: gender) {
                reference.name = full
            }
            // "its chief executive, Vera Sand,": the body the sentences before spoke of is where she works.
            if reference.affiliation == nil, reference.members.isEmpty, appositive?.lowercased().hasPrefix("its ") == true,
                let (subject, p, start) = recentBodySubject(paragraph: paragraph, before: token, strictly: true)
            {
                switch subject {
                case .named(let body): reference.affiliation = Entities.bare(body.name)
                case .description(_, let text, _, _): reference.affiliation = entities.resolve(subject, paragraph: p, token: start) ?? text
                case .pronoun: break
                }
            }
            for member in reference.names {
                entities.noteSpeaker(member, role: reference.role, titled: reference.titled, paragraph: paragraph,
                                     description: reference.members.isEmpty ? appositive : nil, gender: gender)
            }
            if reference.members.isEmpty { reference.gender = entities.speakers.last?.gender }
            return reference
        case .pronoun(let word):
            // "Ostby went after Lindqvist, when he called …": a person pronoun inside a sentence whose subject is a
            // named person stands for that person.
            let start = sentences[paragraph].start(of: token)
            // Not when the sentence opens with a quotation ("“Lindqvist heads into …,” she said"): its words are no subject.
            if SpeechLexicon.personPronouns.contains(word), start < token, !sentences[paragraph].overlapsQuote(start..<start + 1),
                case .named(let subject)? = Self.possessorOfRelative(sentenceSubject(paragraphs[paragraph], from: start, to: token), in: paragraphs[paragraph][start..<token], pronoun: word),
                subject.members.isEmpty,
                entities.kind(of: subject.name) != .organisation, !Lexicon.stateNames.contains(subject.name.lowercased()),
                // "Tolls are the quiet issue …, he said", "Moments after the vote, she added": an ordinary word is no one.
                subject.role != nil || subject.titled || !entities.isOrdinary(subject.name),
                // "Mrs. Halm's father grew up here, as she said": the possessor, without the "'s".
                case let bare = Entities.bare(subject.name), case let name = entities.fullName(of: bare, paragraph: paragraph, token: start) ?? bare,
                entities.agrees(name, with: word)
            {
                entities.noteSpeaker(name, role: nil, paragraph: paragraph, pronoun: Gender(pronoun: word))
                return SpeakerReference(name: name, gender: Gender(pronoun: word))
            }
            // "Halm stood to answer the board. She argued …": a person pronoun opening a sentence is the person the
            // sentence before it in the paragraph was about — a person by a given name, a title or a full name before.
            if SpeechLexicon.personPronouns.contains(word), start == token, start > 0,
                case let previousStart = sentences[paragraph].start(of: start - 1),
                !sentences[paragraph].overlapsQuote(previousStart..<start),
                case .named(let subject)? = sentenceSubject(paragraphs[paragraph], from: previousStart, to: start), subject.members.isEmpty,
                case let bare = Entities.bare(subject.name), case let name = entities.fullName(of: bare, paragraph: paragraph, token: previousStart) ?? bare,
                entities.kind(of: name) == .person, entities.agrees(name, with: word)
            {
                entities.noteSpeaker(name, role: nil, paragraph: paragraph, pronoun: Gender(pronoun: word))
                return SpeakerReference(name: name, gender: Gender(pronoun: word))
            }
            // "Some union members … are calling for talks, but they cite …": "they" after a plural subject is it.
            if word == "they", start < token, !sentences[paragraph].overlapsQuote(start..<start + 1),
                case let subject? = sentenceSubject(paragraphs[paragraph], from: start, to: token),
                case .description(let head, _, _, _) = subject, head.hasSuffixBytes("s")
            {
                return resolve(subject, entities: &entities, paragraph: paragraph, token: start, appositive: nil)
            }
            if word == "it", let (subject, p, start) = recentBodySubject(paragraph: paragraph, before: token),
                let speaker = resolve(subject, entities: &entities, paragraph: p, token: start, appositive: nil)
            {
                return speaker
            }
            guard let name = entities.resolve(phrase, paragraph: paragraph, token: token) else { return nil }
            // "she said" says so of whoever she is, for the pronouns after it.
            entities.noteSpeaker(name, role: nil, paragraph: paragraph, pronoun: Gender(pronoun: word))
            return SpeakerReference(name: name, gender: Gender(pronoun: word))
        case .description(let head, let text, let role, let affiliation):
            if let issuer = documentIssuer(head, text: text, paragraph: paragraph, token: token, entities: &entities) { return issuer }
            guard let name = entities.resolve(phrase, paragraph: paragraph, token: token) else {
                // Unresolved, it still names someone ("the Florida senator", "a senior official") unless its
                // last word is no noun at all ("US officials first").
                guard !WordForms.stopwords.contains(head), !head.hasSuffixBytes("ly"), !head.isOne(of: ["first", "last", "again", "later"]),
                    // a longer one only when it is plainly someone: "the deputy head of the union's team at the harbour talks"
                    case let words = text.spaceSeparated(), words.count <= 6 || words.count <= 9 && SpeechLexicon.personNouns.contains(head)
                        && words.first.map({ SpeechLexicon.determiners.contains($0.lowercased()) }) == true
                else { return nil }
                return SpeakerReference(name: text, role: role, affiliation: affiliation)
            }
            entities.noteSpeaker(name, role: role, paragraph: paragraph, description: text)
            return SpeakerReference(name: name, role: role, affiliation: affiliation)
        }
    }

    /// "Ms. Ruiz's father grew up here, as she said": a relative of the other sex stands for the one whose relative
    /// they are, named before the "'s"; any other subject is kept as it is.
    private static func possessorOfRelative(_ subject: SpeakerPhrase?, in tokens: ArraySlice<Token>, pronoun: String) -> SpeakerPhrase? {
        guard case .description(let head, _, _, _)? = subject, let relative = Gender(lowercasedWord: head), relative != Gender(pronoun: pronoun),
            let owner = tokens.indices.first(where: { $0 + 1 < tokens.endIndex && tokens[$0].isPossessive && tokens[$0 + 1].lowered == head }),
            tokens[owner].startsUppercase
        else { return subject }
        var nameStart = owner
        while nameStart > tokens.startIndex, tokens[nameStart - 1].startsUppercase || tokens[nameStart - 1].is(".") { nameStart -= 1 }
        return SpeakerPhrase.parse(tokens[nameStart...owner]) ?? subject
    }

    /// What "it" speaking stands for: the subject of one of the four sentences up to the pronoun, in its own
    /// paragraph or the one before, that is a body or a text — "The union issued a statement. … “…,” it said", "The
    /// Gazette reported … It added", "The email … “…,” it reads" — rather than a place named somewhere.
    /// `strictly` stops at a sentence about anyone else named.
    private func recentBodySubject(paragraph: Int, before token: Int, strictly: Bool = false) -> (SpeakerPhrase, paragraph: Int, start: Int)? {
        var p = paragraph
        var end = token
        for _ in 0..<4 {
            if end <= 0 {
                guard p == paragraph, p > 0 else { return nil }
                p -= 1
                end = paragraphs[p].count
                if end == 0 { return nil }
            }
            let start = sentences[p].start(of: end - 1)
            if !sentences[p].overlapsQuote(start..<start + 1), let subject = sentenceSubject(paragraphs[p], from: start, to: end) {
                switch subject {
                case .description(let head, _, _, _) where SpeechLexicon.organisationNouns.contains(head) || SpeechLexicon.mediumNouns.contains(head):
                    return (subject, p, start)
                case .named(let reference) where reference.members.isEmpty && Entities.isBody(Entities.bare(reference.name)):
                    return (subject, p, start)
                case .named where strictly: return nil
                default: break
                }
            }
            end = start
        }
        return nil
    }

    /// Who issued "the statement" or "this letter" that speaks: whoever a quote came through such a text from, or
    /// the subject of a sentence that spoke of one ("The union put out a statement on Sunday."), in the three
    /// paragraphs before it or earlier in its own; `nil` for any other description, or when none did.
    private func documentIssuer(_ head: String, text: String, paragraph: Int, token: Int, entities: inout Entities) -> SpeakerReference? {
        let words = text.spaceSeparated()
        guard SpeechLexicon.mediumNouns.contains(head), words.count <= 3, SpeakerPhrase.isDefinite(text), let first = words.first,
            words.allSatisfy({ $0.first?.isLowercase == true || $0 == first })
        else { return nil }
        let issued = entities.issuer(of: head, since: paragraph - 3)
        let ownSentence = sentences[paragraph].start(of: token)
        for p in stride(from: paragraph, through: max(0, paragraph - 3, issued?.paragraph ?? 0), by: -1) {
            let tokens = paragraphs[p]
            var index = p == paragraph ? ownSentence : tokens.count
            while index > 0 {
                index -= 1
                guard tokens[index].lowered == head, !sentences[p].overlapsQuote(index..<index + 1) else { continue }
                let start = sentences[p].start(of: index)
                // The sentence gives the text out: "The union put out a statement", "Halm said in an email", "In a
                // letter, Halm …" — not "Ruiz was named in the lawsuit" or "the lawsuit alleges".
                let issues = (max(start, index - 6)..<index).contains { Self.issuingVerbs.contains(tokens[$0].lowered) }
                    || (max(start + 1, index - 3)..<index).contains { tokens[$0].lowered.isOne(of: ["in", "on", "via", "through"]) && CueFinder.isVerb(tokens, $0 - 1) }
                    || index - start <= 4 && tokens[start].is("In") && index + 1 < tokens.count && tokens[index + 1].is(",")
                if issues, let subject = sentenceSubject(tokens, from: start, to: sentences[p].end(of: index)), subject.canSpeak,
                    !(subject.descriptionHead.map(SpeechLexicon.mediumNouns.contains) ?? false),
                    let speaker = resolve(subject, entities: &entities, paragraph: p, token: start, appositive: nil)
                {
                    return speaker
                }
                index = start
            }
            if let issued, issued.paragraph == p { return issued.speaker }
        }
        return nil
    }

    /// Verbs that give out a text: "issued a statement", "sent a letter", "filed a lawsuit".
    private static let issuingVerbs: Set<String> = [
        "issued", "issues", "released", "releases", "sent", "sends", "wrote", "writes", "posted", "posts", "published", "publishes",
        "filed", "files", "signed", "signs", "delivered", "delivers", "aired", "airs", "ran", "runs", "launched", "launches",
        "tweeted", "circulated", "distributed", "emailed", "e-mailed", "penned", "drafted", "unveiled", "shared", "shares", "put",
    ]

    /// "The Gazette quoted a port official as saying": the outlet or text that relays the words.
    func quotedBy(paragraph: Int, verb: Int?) -> String? {
        let tokens = paragraphs[paragraph]
        guard let verb, let quoted = Self.activeQuoting(tokens, saying: verb, from: sentences[paragraph].start(of: verb)) else { return nil }
        switch sentenceSubject(tokens, from: sentences[paragraph].start(of: quoted), to: quoted + 1) {
        case .named(let reference)?: return reference.name
        case .description(_, let text, _, _)?: return text
        default: return nil
        }
    }

    /// Where "quoted" is in "… quoted a port official as saying", the participle at `saying`; not in the
    /// passive "Ruiz was quoted as saying", whose subject is the one quoted.
    private static func activeQuoting(_ tokens: [Token], saying verb: Int, from sentenceStart: Int) -> Int? {
        guard verb >= sentenceStart + 3, tokens[verb - 1].lowered == "as",
            let quoted = (max(sentenceStart, verb - 10)..<(verb - 2)).last(where: { tokens[$0].lowered.isOne(of: ["quoted", "quotes", "quoting"]) }),
            !(quoted > sentenceStart && tokens[quoted - 1].lowered.isOne(of: ["was", "were", "is", "are", "been", "being"]))
        else { return nil }
        return quoted
    }

    /// Whose participle a cue like "…, shouting “…”" is: the subject of the clause just before it ("when
    /// Brandt's supporters interrupted her speech, shouting"), else the subject the sentence opens with.
    private func participleSubject(_ tokens: [Token], sentenceStart: Int, verb: Int?, quote: Int) -> (SpeakerPhrase, Int)? {
        // "The Gazette quoted a port official as saying …": the one quoted speaks; "Ruiz was quoted as saying" is Ruiz.
        if let verb, let quoted = Self.activeQuoting(tokens, saying: verb, from: sentenceStart),
            let phrase = SpeakerPhrase.parse(tokens[(quoted + 1)..<(verb - 1)]), phrase.canSpeak
        {
            return (phrase, quoted + 1)
        }
        if let verb, verb > sentenceStart, tokens[verb - 1].is(","),
            let clause = (sentenceStart..<verb - 1).last(where: { tokens[$0].lowered.isOne(of: ["when", "while", "because", "whereas"]) }),
            clause > sentenceStart, let subject = sentenceSubject(tokens, from: clause + 1, to: verb), subject.canSpeak
        {
            return (subject, clause + 1)
        }
        // "Ruiz’s “games” are shameful, Halm said in Valmora, noting …": the speaker of the cue the participle
        // follows, when that cue comes after the sentence's opening clause.
        if let verb, verb > sentenceStart + 1, tokens[verb - 1].is(","),
            let boundary = (sentenceStart..<verb - 1).last(where: { tokens[$0].is(",") || tokens[$0].kind == .mark }),
            let cue = CueFinder.after(tokens, in: boundary..<verb - 1), cue.hasSubject, let said = cue.verb,
            !CueFinder.isParticiple(tokens[said]), QuoteSpans.words(in: tokens[cue.span.upperBound..<verb - 1]) <= 5,
            let phrase = SpeakerPhrase.parse(tokens[cue.subject], appositive: cue.appositive.map { tokens[$0] }), phrase.canSpeak
        {
            return (phrase, cue.subject.lowerBound)
        }
        // "Halm thought for a moment and said …", "Ruiz slammed the shift and accused Halm of a “…”": a verb
        // joined by "and" or "but" shares the subject of its clause's first verb.
        if let verb, case let joint = CueFinder.modifiersStart(tokens, before: verb, from: sentenceStart) - 1, joint > sentenceStart,
            tokens[joint].lowered.isOne(of: ["and", "but"])
        {
            let clause = (sentenceStart..<joint).last(where: { tokens[$0].is(",") || tokens[$0].kind == .mark }).map { $0 + 1 } ?? sentenceStart
            if clause > sentenceStart, let subject = sentenceSubject(tokens, from: clause, to: joint), subject.canSpeak { return (subject, clause) }
        }
        return sentenceSubject(tokens, from: sentenceStart, to: quote).map { ($0, sentenceStart) }
    }

    /// The subject a sentence opens with, when it is a name or a pronoun: "Still, Twitter intends to …".
    private func sentenceSubject(_ tokens: [Token], from start: Int, to end: Int) -> SpeakerPhrase? {
        var index = start
        // Skip opening phrases: "Still,", "Later in the summer,", "On Thursday, after remaining neutral,",
        // "Hastily blaming the union — much like he did in January —".
        for _ in 0..<3 {
            // An opening phrase starts with a function word or an adverb ("On", "After", "Still"), never a name.
            // "Continuing to explain his view,", "Reached by phone,": a participle phrase, which may hold verbs of its own.
            guard index < end else { break }
            let participle = CueFinder.isParticiple(tokens[index]) || tokens[index].lowered.hasSuffixBytes("ed") && agentFollows(tokens, index + 1, end)
            // "Shortly after the call ended,": an adverb before a preposition opens a prepositional phrase.
            let adverbial = tokens[index].lowered.hasSuffixBytes("ly") && index + 1 < end && tokens[index + 1].classes.contains(.prepositions)
            // "Sunday morning,": a weekday opens a time phrase.
            let weekday = TextScanning.weekdays.contains(tokens[index].lowered)
            guard tokens[index].classes.contains(.capitalisedFunctionWords) || tokens[index].classes.contains(.clauseOpeners)
                || !tokens[index].startsUppercase || tokens[index].lowered.hasSuffixBytes("ly") || participle || weekday,
                // "Like Halm,", "Here in Ostby,": a comparison or a place, which may hold a name.
                case let compared = tokens[index].lowered.isOne(of: ["like", "unlike"])
                    || tokens[index].lowered.isOne(of: ["here", "there", "back"]) && index + 1 < end && tokens[index + 1].classes.contains(.prepositions),
                case let placesAllowed = tokens[index].classes.contains(.prepositions) || participle || adverbial || compared,
                let comma = (index..<min(end, index + (placesAllowed ? 20 : 12))).first(where: { tokens[$0].text.isOne(of: [",", "—", "―", "–"])
                    || tokens[$0].is("-") && tokens[$0].spaceBefore })  // "--" typed for a dash
            else { break }
            // Names may sit inside one that opens with a preposition or a participle ("Speaking in Ostby,"),
            // not inside one that opens with "The" ("The Kremlin, in a statement,"); such a phrase may be longer.
            // "The next day," opens a sentence; "The veteran harbour master began by …," is its subject.
            let describesSomeone = tokens[index].classes.contains(.determiners)
                && (index..<comma).contains { tokens[$0].classes.contains(.personNouns) || tokens[$0].classes.contains(.organisationNouns) }
            guard !describesSomeone, !(index..<comma).contains(where: { i in
                let word = tokens[i]
                let isDate = word.classes.contains(.calendarWord)
                // "In a radio spot announcing her bid,": a participle after a preposition describes a noun.
                let nounParticiple = tokens[index].classes.contains(.prepositions) && word.lowered.hasSuffixBytes("ing")
                // "Alongside union calls for action,": after a preposition, a form that is mostly a noun is one.
                let nounForm = tokens[index].classes.contains(.prepositions) && word.classes.contains(.nounLikeVerbs)
                return word.isWord && word.startsUppercase && i > index && !isDate && !placesAllowed
                    || !participle && !nounParticiple && !nounForm && CueFinder.isVerb(tokens, i)
            })
            else { break }
            index = comma + 1
            while index < end, tokens[index].is("-") { index += 1 }
            // "…in Ostby, Vermont, Lindqvist went": the state after the town.
            if placesAllowed, let next = (index..<min(end, index + 5)).first(where: { tokens[$0].is(",") }),
                Lexicon.stateNames.contains(SpeakerPhrase.text(tokens[index..<next]).lowercased())
                    || next == index + 2 && Lexicon.stateAbbreviations.contains(tokens[index].lowered)
            {
                index = next + 1
            }
        }
        // "even a top strategist said": a focusing adverb before a description.
        if index + 1 < end, tokens[index].lowered.isOne(of: ["even", "also", "only"]), tokens[index + 1].classes.contains(.determiners) { index += 1 }
        // "And then Ruiz went …", "But now Halm says …": a conjunction and a time adverb before the name.
        if index + 2 < end, tokens[index].lowered.isOne(of: ["and", "but", "so", "yet"]),
            tokens[index + 1].lowered.isOne(of: ["then", "now", "still", "also", "later", "finally", "again"]), tokens[index + 2].startsUppercase
        {
            index += 2
        }
        // "76-year-old Morton Blackwell": an age before the name.
        if index < end, tokens[index].startsWithDigit {
            if tokens[index].lowered.hasSuffixBytes("year-old") {
                index += 1
            } else if let old = (index + 1..<min(end, index + 6)).first(where: { tokens[$0].is("old") }),
                (index + 1..<old).allSatisfy({ tokens[$0].is("-") || tokens[$0].is("year") })
            {
                index = old + 1
            }
        }
        // "a bipartisan group of 32 experts warned …, arguing": a description, up to the sentence's verb.
        if index < end, tokens[index].classes.contains(.determiners), tokens[index].lowered != "the" || !(index + 1 < end && tokens[index + 1].startsUppercase),
            let verb = (index..<min(end, index + 16)).first(where: { CueFinder.isVerb(tokens, $0) || tokens[$0].classes.contains(.clauseWords) }),
            verb > index + 1, !(index..<verb).contains(where: { tokens[$0].is(",") }),
            // "Some harbour senators who pushed the bill through the Assembly are …": the relative clause is no part of it
            case let relative = (index + 2..<verb).first(where: { tokens[$0].lowered.isOne(of: ["who", "which", "that"]) }) ?? verb,
            let phrase = SpeakerPhrase.parse(tokens[index..<relative]), phrase.canSpeak || relative == verb && verb - index <= 3
        {
            return phrase
        }
        // "The billionaire businessman began by …": a determiner, then words up to a head noun.
        if index < end, tokens[index].classes.contains(.determiners), !(index + 1 < end && tokens[index + 1].startsUppercase),
            let head = (index + 1..<min(end, index + 5)).prefix(while: { tokens[$0].isWord && !tokens[$0].startsUppercase || tokens[$0].is("-") })
                .last(where: { tokens[$0].classes.contains(.personNouns) || tokens[$0].classes.contains(.organisationNouns) }),
            head + 1 < end, tokens[head + 1].isWord, !tokens[head + 1].startsUppercase
        {
            return SpeakerPhrase.parse(tokens[index...head])
        }
        if index + 1 < end, tokens[index].lowered == "the", tokens[index + 1].startsUppercase { index += 1 }
        // "former Ostby Gov. Mats Hedlund agreed": role words in lower case before the name.
        if index < end, tokens[index].isWord, !tokens[index].startsUppercase, !tokens[index].classes.contains(.determiners),
            let nameEnd = CueFinder.nameAfterRoleWords(tokens, from: index, to: end), nameEnd < end, tokens[nameEnd].isWord, !tokens[nameEnd].startsUppercase
        {
            return SpeakerPhrase.parse(tokens[index..<nameEnd])
        }
        // "But as Lindqvist denounced … and pledged “…”": a conjunction and a subordinating word before the name,
        // when that clause runs on to the quote ("But after Ruiz left, he said …" has another subject).
        if index + 2 < end, tokens[index].lowered.isOne(of: ["but", "and", "yet", "so", "or"]), !tokens[index + 1].startsUppercase,
            tokens[index + 1].lowered.isOne(of: ["as", "when", "while", "after", "before", "because", "since", "though", "although", "if", "once"]),
            tokens[index + 2].isWord, tokens[index + 2].startsUppercase,
            !(index + 2..<end).contains(where: { tokens[$0].text.isOne(of: [",", ";", "—", "–"]) })
        {
            index += 2
        }
        // "That's because …", "It's": a function word with "is" contracted onto it names no one.
        if index < end, tokens[index].classes.contains(.capitalisedFunctionWords), tokens[index].isPossessive { return nil }
        var stop = index
        // A run of capitalised words, with the periods of titles and initials ("Sen. Ana Ruiz", "Jill A. Martin")
        // and a second name joined by "and" ("Lindqvist and Rask issued a statement").
        while stop < end {
            let token = tokens[stop]
            if token.isWord, token.startsUppercase || stop > index && tokens[stop - 1].is("-") {
                stop += 1
            } else if stop > index, token.is("."), Sentences.isAbbreviation(tokens[stop - 1]), stop + 1 < end, tokens[stop + 1].startsUppercase {
                stop += 1
            } else if stop > index, token.is("and"), stop + 1 < end, tokens[stop + 1].isWord, tokens[stop + 1].startsUppercase {
                stop += 1
            } else {
                break
            }
        }
        // "Former Speaker of the Assembly Ana Lind agreed": a title's "of" phrase runs on to the name after it;
        // "The Valmora Board of Elections ruled": so does a body's.
        if stop > index, stop + 1 < end, tokens[stop].is("of"),
            tokens[stop - 1].classes.contains(.title) || tokens[stop - 1].classes.contains(.personNouns) || tokens[stop - 1].classes.contains(.organisationWord)
        {
            var next = stop + 1
            while next < end, tokens[next].classes.contains(.determiners) { next += 1 }
            let run = CueFinder.nameRunEnd(tokens, from: next, to: end)
            if run > next { stop = run }
        }
        // "Marking the end of …", "Shortly after …", "Fueled apparently by …": a word in -ing, -ed or -ly
        // opening the sentence before a determiner, a preposition or an adverb is no name ("Manning said" is).
        if stop == index + 1, index == start, stop < end, !tokens[index].classes.contains(.knownWord), !tokens[index].classes.contains(.givenName),
            ["ing", "ed", "ly"].contains(where: { tokens[index].lowered.hasSuffixBytes($0) }),
            tokens[stop].classes.contains(.determiners) || tokens[stop].classes.contains(.prepositions) || tokens[stop].lowered.hasSuffixBytes("ly")
                || tokens[stop].classes.contains(.thingPronouns) || tokens[stop].classes.contains(.personPronouns)  // "Calling it …"
        {
            return nil
        }
        // "One Democratic official", "The Brandt campaign": a description runs on to its head noun,
        // past other words after a possessive ("Ana Ruiz's right-hand woman").
        let isHead = { (index: Int) in tokens[index].isWord && (tokens[index].classes.contains(.personNouns) || tokens[index].classes.contains(.organisationNouns)) }
        // "Coastal safety experts have …": one capitalised word opening the sentence, then lower-case words to a head noun.
        if stop == index + 1, index == start,
            let head = (stop..<min(end, stop + 3)).prefix(while: { i in
                tokens[i].isWord && !tokens[i].startsUppercase && !tokens[i].lowered.hasSuffixBytes("ed") && !CueFinder.isVerb(tokens, i)
                    && tokens[i].classes.isDisjoint(with: [.verbs, .clauseWords, .prepositions, .determiners, .capitalisedFunctionWords])
            }).first(where: isHead)
        {
            stop = head + 1
        }
        if stop > index, stop < end, tokens[stop - 1].isPossessive,
            let head = (stop..<min(end, stop + 5)).prefix(while: { tokens[$0].isWord || tokens[$0].is("-") }).first(where: isHead)
        {
            stop = head
        }
        while stop < end, isHead(stop) { stop += 1 }
        // "Law's advocacy group One Nation began": the name after a described head.
        if stop > index, isHead(stop - 1), stop < end, tokens[stop].isWord, tokens[stop].startsUppercase {
            stop = CueFinder.nameRunEnd(tokens, from: stop, to: end)  // "candidate Sen. Ana Ruiz"
        }
        if stop > index, let nameEnd = CueFinder.nameAfterRoleWords(tokens, from: stop, to: end) { stop = nameEnd }
        // "Ana Ruiz's campaign director, Tomas Lindqvist, reached out": the name set off after the role.
        if stop > index, let role = tokens[stop - 1].classes.contains(.personNouns) ? stop - 1
            : (stop..<min(end, stop + 4)).prefix(while: { tokens[$0].isWord && !tokens[$0].startsUppercase }).last(where: { tokens[$0].classes.contains(.personNouns) }),
            role + 2 < end, tokens[role + 1].is(","), tokens[role + 2].startsUppercase
        {
            let name = role + 2..<CueFinder.nameRunEnd(tokens, from: role + 2, to: min(end, role + 7))
            if name.upperBound + 1 < end, tokens[name.upperBound].is(","), tokens[name.upperBound + 1].isWord, !tokens[name.upperBound + 1].startsUppercase,
                case let phrase? = SpeakerPhrase.parse(tokens[name])
            {
                return phrase
            }
        }
        if stop == index, index < end, tokens[index].isWord, tokens[index].classes.contains(.personPronouns) || tokens[index].lowered == "it" {
            stop = index + 1
        }
        let nameEnd = stop
        // "Sen. Ana Ruiz (R-Val.) said": a party and state between the name and its verb.
        if stop > index, stop < end, tokens[stop].is("("), let close = (stop + 1..<min(end, stop + 8)).first(where: { tokens[$0].is(")") }) {
            stop = close + 1
            // "Sen. Ana Ruiz (D-Val.), said": a stray comma between the party and the verb.
            if stop + 1 < end, tokens[stop].is(","), CueFinder.isVerb(tokens, stop + 1) { stop += 1 }
        }
        // "Falk, who has been in touch with the union for months, arrived …", "Berg, Valmora's
        // sitting governor, repeated …": a relative clause or a description set off by commas after a name.
        if stop > index, stop + 1 < end, tokens[stop].is(","), tokens[stop + 1].isWord,
            let close = (stop + 2..<min(end, stop + 30)).first(where: { tokens[$0].is(",") || tokens[$0].kind == .mark }), tokens[close].is(","),
            tokens[stop + 1].lowered.isOne(of: ["who", "whose", "a", "an", "the", "herself", "himself", "itself", "themselves"]) || tokens[stop + 1].startsWithDigit
                || tokens[stop + 1].isPossessive && close - stop <= 8  // "Petra Halm, Ruiz's mother, issued"
                || tokens[stop + 1].classes.contains(.personNouns) || tokens[close - 1].classes.contains(.personNouns) && close - stop <= 8
                || CueFinder.isAside(tokens, stop + 1..<close)  // "The campaign, in a Q&A on its website, worded it"
                // "Mr. Halm, hoping to calm the crews, wrote"
                || CueFinder.isParticiple(tokens[stop + 1]) && !tokens[stop + 1].startsUppercase && !tokens[stop + 1].classes.contains(.prepositions)
                    && close - stop <= 10
                || CueFinder.isPartyAndState(SpeakerPhrase.text(tokens[stop + 1..<close]))  // "Ana Ruiz, D-Val., delivered"
                // "Ruiz, clearly frustrated, responded": a few lower-case words that say nothing themselves.
                || close - stop <= 5 && (stop + 1..<close).allSatisfy({ tokens[$0].isWord && !tokens[$0].startsUppercase && !CueFinder.isVerb(tokens, $0) })
                // "Ilse Marr, vice chairwoman for the campaign, emailed"
                || !tokens[stop + 1].startsUppercase && (stop + 1..<min(close, stop + 4)).contains(where: { tokens[$0].classes.contains(.personNouns) })
                    && !(stop + 1..<close).contains(where: { CueFinder.isVerb(tokens, $0) })
        {
            stop = close + 1
        }
        guard nameEnd > index, stop < end, tokens[stop].isWord, !tokens[stop].startsUppercase,
            case let phrase? = SpeakerPhrase.parse(tokens[index..<nameEnd])
        else { return nil }
        return phrase
    }

    /// "by" at `index`, or after one adverb ("Fueled apparently by"): a passive participle's agent follows.
    private func agentFollows(_ tokens: [Token], _ index: Int, _ end: Int) -> Bool {
        guard index < end else { return false }
        if tokens[index].is("by") { return true }
        return index + 1 < end && tokens[index].lowered.hasSuffixBytes("ly") && tokens[index + 1].is("by")
    }
}
