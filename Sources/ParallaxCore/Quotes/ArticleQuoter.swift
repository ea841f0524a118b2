/// Finds the quotes of one article and who said them.
struct ArticleQuoter: Sendable {
    let paragraphs: [[Token]]
    private let sentences: [Sentences]
    private let spans: [QuotedSpan]
    /// Token ranges inside quotations, marks included, per paragraph.
    private let quoted: [[Range<Int>]]

    /// Reads an article's paragraphs; `spans` replaces the quotation marks when given (damaged copies).
    init(paragraphs: [String], spans: [QuotedSpan]? = nil) {
        self.init(tokens: Tokenizer.tokens(paragraphs: paragraphs), spans: spans)
    }

    init(tokens: [[Token]], spans: [QuotedSpan]? = nil) {
        paragraphs = tokens
        let spans = spans ?? QuoteSpans.find(tokens)
        self.spans = spans
        var quoted = Array(repeating: [Range<Int>](), count: tokens.count)
        for span in spans {
            for stretch in span.stretches {
                let lower = stretch.openMark ?? stretch.tokens.lowerBound
                let upper = (stretch.closeMark.map { $0 + 1 }) ?? stretch.tokens.upperBound
                quoted[stretch.paragraph].append(lower..<upper)
            }
        }
        sentences = tokens.indices.map { Sentences(tokens: tokens[$0], quoted: quoted[$0]) }
        self.quoted = quoted
    }

    private struct Found {
        var quote: Quote
        var span: QuotedSpan
        var ownCue: Bool
    }

    func quotes() -> [Quote] {
        var entities = Entities(paragraphs: paragraphs)
        var found: [Found] = []
        var indirect = indirectSpeech()[...]
        var reported: [Quote] = []
        // Reported speech is resolved in reading order with the quotes, so "he" finds the right person.
        func flushIndirect(before paragraph: Int, token: Int) {
            while let next = indirect.first, (next.paragraph, next.token) < (paragraph, token) {
                indirect.removeFirst()
                if var quote = next.quote, let speaker = resolve(next.phrase, entities: &entities, paragraph: next.paragraph, token: next.token, appositive: nil) {
                    quote.speaker = speaker
                    reported.append(quote)
                }
            }
        }
        var index = 0
        while index < spans.count {
            let span = spans[index]
            flushIndirect(before: span.first.paragraph, token: span.first.openMark ?? span.first.tokens.lowerBound)
            let first = span.first, last = span.last
            let tokensFirst = paragraphs[first.paragraph], tokensLast = paragraphs[last.paragraph]
            let open = first.openMark ?? first.tokens.lowerBound
            let close = last.closeMark ?? (last.tokens.upperBound - 1)
            let previous = index > 0 ? spans[index - 1].last : nil
            let next = index + 1 < spans.count ? spans[index + 1].first : nil
            let sentenceStart = sentences[first.paragraph].start(of: open)
            let previousInSentence = previous.map { $0.paragraph == first.paragraph && ($0.closeMark ?? $0.tokens.upperBound - 1) >= sentenceStart } ?? false
            var beforeStart = previousInSentence ? (previous!.closeMark ?? previous!.tokens.upperBound - 1) + 1 : sentenceStart
            // "Sand, star of the serial “Tides,” thanked Ruiz for “…”": a title quoted earlier in the sentence is
            // read as words of the cue.
            if previousInSentence, found.last?.quote.kind == .term, let previousClose = previous!.closeMark, previousClose + 1 == beforeStart,
                let previousOpen = CueFinder.titleQuote(tokensFirst, mark: previousClose, forward: false), previousOpen > sentenceStart
            {
                beforeStart = sentenceStart
            }
            let beforeRange = beforeStart..<open
            // A quote that ends its sentence (“… a liar.” However, he …) has nothing after it to search.
            var afterEnd = sentences[last.paragraph].endsSentence(after: close) ? close + 1 : sentences[last.paragraph].end(of: close + 1)
            // …and read on past one quoted after it: "“…,” pilot Vera Sand, wearing a “Save the Quay” badge, said".
            if let next, next.paragraph == last.paragraph, let nextOpen = next.openMark ?? Optional(next.tokens.lowerBound), nextOpen < afterEnd,
                CueFinder.titleQuote(tokensLast, mark: nextOpen, forward: true) == nil
            {
                afterEnd = max(close + 1, nextOpen)
            }
            let afterRange = (close + 1)..<max(close + 1, afterEnd)

            var before = CueFinder.before(tokensFirst, in: beforeRange)
            if first.paragraph == last.paragraph, let agent = CueFinder.passiveAgent(tokensFirst, before: before, quote: open, after: afterRange) { before = agent }
            // "branded “in homage to” Lazar, Song wrote": a quote ending on a preposition runs on into its
            // object; only a cue closing the sentence can be its own.
            let dangling = close > 0 && close + 1 < tokensLast.count && tokensLast[close + 1].isWord
                && ["to", "of", "for", "with", "from", "at", "by", "into", "toward", "towards", "the", "a", "an"].contains(tokensLast[close - 1].lowered)
            var after = (dangling ? nil : CueFinder.after(tokensLast, in: afterRange)) ?? CueFinder.sentenceFinal(tokensLast, in: afterRange)
            // "After Halm said … “fewer berths,” Ruiz said: “…”": a cue whose colon opens the next quote is that quote's.
            if before != nil, let verb = after?.verb, verb + 1 < tokensLast.count, tokensLast[verb + 1].is(":"),
                let next, next.paragraph == last.paragraph, (next.openMark ?? next.tokens.lowerBound) > verb
            {
                after = nil
            }
            let lastBefore = beforeRange.reversed().first { tokensFirst[$0].kind != .mark }
            let adjacentBefore = before.flatMap { cue in cue.verb.map { verb in
                beforeRange.upperBound - verb <= 4
                    || lastBefore.map { tokensFirst[$0].is(":") && !tokensFirst[verb..<$0].contains { $0.is(",") } } ?? false } } ?? (before != nil)
            var cue: Cue?
            var cueTokens = tokensFirst
            var cueParagraph = first.paragraph
            // "— as many believe, but Moscow denies — “…?” asked Dunn": a cue inside dashes before the quote is an aside.
            let asideBefore = lastBefore.map { ["—", "–"].contains(tokensFirst[$0].text) } == true && after?.hasSubject == true
            // "Then came the big change: “…,” said Vera Sand": a speech verb after the quote outranks a colon before it
            // when it names someone ("Ruiz: “We won,” she said" and "…,” the senator says" keep the colon's name).
            let colonOutranked = before?.verb == nil && after.map { after in
                after.hasSubject && after.verb != nil && tokensLast[after.subject.lowerBound].startsUppercase
                    && !tokensLast[after.subject.lowerBound].classes.contains(.capitalisedFunctionWords)
            } == true
            // "… and insisted that the port was “still open.”--Vera Sand": a speech verb before the quote outranks
            // a dash and a name after it, a byline.
            let bylineAfter = after.map { $0.verb == nil } == true && before?.verb != nil
            if let before, adjacentBefore || bylineAfter, !asideBefore, !colonOutranked, before.hasSubject || after?.hasSubject != true || bylineAfter {
                cue = before
            } else if let after, after.hasSubject {
                cue = after
                cueTokens = tokensLast
                cueParagraph = last.paragraph
            } else if let before {
                cue = before
            } else if let after {
                cue = after
                cueTokens = tokensLast
                cueParagraph = last.paragraph
            }

            let text = span.stretches.map { SpeakerPhrase.text(paragraphs[$0.paragraph][$0.tokens]) }.joined(separator: " ")
            let wordCount = span.stretches.reduce(0) { $0 + QuoteSpans.words(in: paragraphs[$1.paragraph][$1.tokens]) }
            lazy var isTitle = Self.isTitle(text)
            let startsSentence = lastBefore.map { [":", ",", "—", "–", "-", "("].contains(tokensFirst[$0].text) } ?? true
            var kind: Quote.Kind = startsSentence ? .direct : .partial

            var speaker: SpeakerReference?
            var ownCue = false
            if let cue, cue.hasSubject,
                let phrase = SpeakerPhrase.parse(cueTokens[cue.subject], appositive: cue.appositive.map { cueTokens[$0] })
            {
                ownCue = true
                speaker = resolve(phrase, entities: &entities, paragraph: cueParagraph, token: cue.subject.lowerBound,
                                  appositive: cue.appositive.map { SpeakerPhrase.text(cueTokens[$0]) })
            }
            if speaker == nil, cue?.hasSubject != true, let next, next.paragraph == last.paragraph {
                // Another quote follows in the sentence and the sentence closes with the cue of both:
                // carry “real weight” and bring the “dockside muscle” …, Ivo Marr said.
                let sentenceEnd = sentences[last.paragraph].end(of: close + 1)
                if sentenceEnd > afterRange.upperBound, let final = CueFinder.sentenceFinal(tokensLast, in: afterRange.upperBound..<sentenceEnd),
                    let phrase = SpeakerPhrase.parse(tokensLast[final.subject], appositive: final.appositive.map { tokensLast[$0] })
                {
                    cue = final
                    cueTokens = tokensLast
                    cueParagraph = last.paragraph
                    ownCue = true
                    speaker = resolve(phrase, entities: &entities, paragraph: last.paragraph, token: final.subject.lowerBound,
                                      appositive: final.appositive.map { SpeakerPhrase.text(tokensLast[$0]) })
                }
            }
            // A title or scare quote earlier in the sentence ("videos he calls “Consumer TV,” telling …") leaves it open.
            let previousSpoke = previousInSentence && found.last?.quote.speaker != nil
            let listenerCue = cue.flatMap { cue in cue.verb.map { CueFinder.isPassiveListener(cueTokens, verb: $0, from: 0) } } == true
            if speaker == nil, let cue, let verb = cue.verb, !cue.hasSubject, !previousSpoke, !listenerCue,
                // the verb only counts as a place in this paragraph's words when the cue comes before the quote
                let (subject, at) = participleSubject(tokensFirst, sentenceStart: sentenceStart,
                                                      verb: cueParagraph == first.paragraph && verb < open ? verb : nil, quote: open)
            {
                // "Halm seemed ready to joke about it, telling …": the participle's subject opens the sentence.
                speaker = resolve(subject, entities: &entities, paragraph: first.paragraph, token: at, appositive: nil)
                ownCue = speaker != nil
            }
            if speaker == nil {
                // No subject of its own: the speaker of the quote before it in the sentence, the paragraph,
                // or (for a paragraph that opens with a quote) the paragraph before.
                let opensParagraph = open <= 1 || first.openMark == nil && first.tokens.lowerBound == 0
                let longEnough = wordCount >= 5 || startsSentence
                // A title in between, in the same paragraph ("Brandt said on VTV's “Harbour Hour” Sunday.
                // “…”"), passes the speaker on.
                let skipsTitle = found.count >= 2 && found[found.count - 1].quote.kind == .term
                    && found[found.count - 2].span.last.paragraph == first.paragraph && found[found.count - 1].span.last.paragraph == first.paragraph
                if let last = skipsTitle ? found[found.count - 2] : found.last, let lastSpeaker = last.quote.speaker,
                    longEnough || cue != nil || previousInSentence
                {
                    let lastParagraph = last.span.last.paragraph
                    if previousInSentence || lastParagraph == first.paragraph || opensParagraph && lastParagraph == first.paragraph - 1 {
                        speaker = lastSpeaker
                    }
                }
                if speaker == nil, startsSentence, !previousInSentence, sentenceStart == open, sentenceStart > 0,
                    let reporter = speakingSentence(first.paragraph, before: sentenceStart)
                {
                    // "Port economist Tomas Lindqvist agreed. “The grain has nowhere else to go.”"
                    speaker = resolve(reporter.phrase, entities: &entities, paragraph: first.paragraph, token: reporter.token, appositive: nil)
                    ownCue = speaker != nil
                }
                if speaker == nil, startsSentence, !previousInSentence, sentenceStart == open, sentenceStart > 0, longEnough,
                    case let previousStart = sentences[first.paragraph].start(of: sentenceStart - 1),
                    !sentences[first.paragraph].overlapsQuote(previousStart..<sentenceStart),
                    let subject = sentenceSubject(tokensFirst, from: previousStart, to: sentenceStart), subject.canSpeak
                {
                    // "Halm touted her record as a co-sponsor. “We need to find ways …”": a quote after a
                    // sentence about someone, in the same paragraph, is theirs.
                    speaker = resolve(subject, entities: &entities, paragraph: first.paragraph, token: previousStart, appositive: nil)
                    ownCue = speaker != nil
                }
                if speaker == nil, opensParagraph, longEnough, let last = entities.speakers.last, last.paragraph == first.paragraph - 1 {
                    // A quote opening its paragraph after one that reported someone's words.
                    speaker = SpeakerReference(name: last.name, role: last.role)
                }
                if speaker == nil, opensParagraph, first.paragraph > 0, let introduced = introducingCue(before: first.paragraph) {
                    speaker = resolve(introduced.phrase, entities: &entities, paragraph: first.paragraph - 1, token: introduced.token, appositive: nil)
                    ownCue = true
                }
                if speaker == nil, opensParagraph, first.paragraph > 0, !paragraphs[first.paragraph - 1].isEmpty,
                    case let previous = first.paragraph - 1, let reporter = speakingSentence(previous, before: paragraphs[previous].count),
                    case let tokens = paragraphs[previous], case let start = sentences[previous].start(of: tokens.count - 1),
                    reporter.token == start
                        // "…, since Lindqvist spoke only in general terms.": a closing clause of its own after a comma
                        || reporter.token >= 2 && tokens[reporter.token - 2].is(",") && Self.closingClauseOpeners.contains(tokens[reporter.token - 1].lowered)
                {
                    // "Lindqvist went on." closing the paragraph before: the quote that opens this one is theirs.
                    speaker = resolve(reporter.phrase, entities: &entities, paragraph: previous, token: reporter.token, appositive: nil)
                    ownCue = speaker != nil
                }
                if speaker == nil, cue == nil, opensParagraph, wordCount >= 5, first.paragraph > 0,
                    let subject = paragraphSubject(first.paragraph - 1, entities: &entities)
                {
                    // A paragraph of narration about someone, then a paragraph that is all quote: theirs.
                    speaker = resolve(subject, entities: &entities, paragraph: first.paragraph - 1, token: 0, appositive: nil)
                }
                // …and a comma after a statement or post: "Lindqvist issued a statement, “Last night …”".
                // …and a sentence of its own after a comma: "Ruiz shared her doubts with the crews, “I do not know …”".
                let opensWithCapital = span.first.tokens.first { paragraphs[span.first.paragraph][$0].isWord }
                    .map { paragraphs[span.first.paragraph][$0].startsUppercase } == true
                // …and a dash before a sentence of its own: "Lindqvist embraced the rota — “I think …”".
                let introduced = lastBefore.map { tokensFirst[$0].is(":")
                    || tokensFirst[$0].is(",") && tokensFirst[sentenceStart..<$0].contains { $0.classes.contains(.mediumNouns) }
                    || tokensFirst[$0].is(",") && opensWithCapital && wordCount >= 6
                    || CueFinder.isDash(tokensFirst, $0) && opensWithCapital && wordCount >= 5 } == true
                if speaker == nil, cue == nil, introduced, !isTitle,
                    let subject = sentenceSubject(tokensFirst, from: sentenceStart, to: open), subject.canSpeak
                {
                    // "Ruiz delivered a blunt message to Lindqvist: “It is time to stop …”": the clause's subject speaks.
                    speaker = resolve(subject, entities: &entities, paragraph: first.paragraph, token: sentenceStart, appositive: nil)
                    ownCue = speaker != nil
                }
                if speaker == nil, cue == nil, !startsSentence, wordCount >= 5, !isTitle, !listenerCue,
                    let subject = sentenceSubject(tokensFirst, from: sentenceStart, to: open)
                {
                    // Quoted words inside a sentence about someone: they are that someone's words.
                    speaker = resolve(subject, entities: &entities, paragraph: first.paragraph, token: sentenceStart, appositive: nil)
                    ownCue = speaker != nil
                }
            }
            if cue == nil && !ownCue && !(previousInSentence && speaker != nil) && !(startsSentence && speaker != nil && !isTitle) {
                if wordCount <= 4 || isTitle || !Self.hasLowercase(text) { kind = .term }
            }
            // "appeared on ABC's “This Week With George Stephanopoulos”": a title after a preposition or a
            // possessive names a show, a book or a song, whatever cue the sentence has.
            if !startsSentence, wordCount >= 2, isTitle, let lastBefore,
                tokensFirst[lastBefore].classes.contains(.prepositions) || ["of", "titled", "entitled", "called"].contains(tokensFirst[lastBefore].lowered)
                    || tokensFirst[lastBefore].isPossessive
            {
                kind = .term
            }
            if kind == .term { speaker = nil }
            let medium = CueFinder.medium(tokensFirst, in: sentenceStart..<open) ?? CueFinder.medium(tokensLast, in: afterRange)
            let pieces = span.stretches.map { stretch in
                let tokens = paragraphs[stretch.paragraph]
                return Quote.Piece(paragraph: stretch.paragraph, start: tokens[stretch.tokens.lowerBound].start, end: tokens[stretch.tokens.upperBound - 1].end)
            }
            var quote = Quote(
                text: text, kind: kind, speaker: speaker,
                cue: cue.map { SpeakerPhrase.text(cueTokens[$0.span]) }.flatMap { $0.isEmpty ? nil : $0 },
                medium: kind == .term ? nil : medium,
                via: cue?.via.map { SpeakerPhrase.text(cueTokens[$0]) } ?? relayedBy(after, in: tokensLast, chosen: cue), pieces: pieces)
            if kind == .term { quote.cue = nil }

            // A split quote — “We tried,” she said, “but time ran out.” — is one quote.
            if let next, let after, after.hasSubject, after.verb != nil, next.paragraph == last.paragraph,
                let nextOpen = next.openMark, nextOpen >= afterRange.upperBound,
                tokensLast[after.span.upperBound..<nextOpen].allSatisfy({ !$0.isWord }),
                tokensLast[last.tokens.upperBound - 1].is(","),
                let firstWord = tokensLast[next.tokens].first(where: \.isWord), !firstWord.startsUppercase
            {
                let following = spans[index + 1]
                quote.text += " " + following.stretches.map { SpeakerPhrase.text(paragraphs[$0.paragraph][$0.tokens]) }.joined(separator: " ")
                quote.pieces += following.stretches.map { stretch in
                    let tokens = paragraphs[stretch.paragraph]
                    return Quote.Piece(paragraph: stretch.paragraph, start: tokens[stretch.tokens.lowerBound].start, end: tokens[stretch.tokens.upperBound - 1].end)
                }
                quote.kind = .direct
                found.append(Found(quote: quote, span: QuotedSpan(stretches: span.stretches + following.stretches), ownCue: ownCue))
                index += 2
                continue
            }
            found.append(Found(quote: quote, span: span, ownCue: ownCue))
            index += 1
        }
        flushIndirect(before: Int.max, token: 0)
        // Quoted numbers and dates ("2016-07-05", a tweet's id) are no one's words.
        let quotes = found.map(\.quote).filter { $0.text.contains(where: \.isLetter) } + reported
        return quotes.sorted { ($0.paragraph, $0.offset) < ($1.paragraph, $1.offset) }
    }

    /// "…,” according to the New York Times" after a quote whose speaker was named before it.
    private func relayedBy(_ after: Cue?, in tokens: [Token], chosen: Cue?) -> String? {
        guard let after, let chosen, chosen.span != after.span, let verb = after.verb, tokens[verb].lowered == "according" else { return nil }
        return SpeakerPhrase.text(tokens[after.subject])
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
                || ["that", "what", "how", "why", "whether"].contains(token.lowered)
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

    private func resolve(_ phrase: SpeakerPhrase, entities: inout Entities, paragraph: Int, token: Int, appositive: String?) -> SpeakerReference? {
        switch phrase {
        case .named(var reference):
            reference.name = Entities.bare(reference.name)
            // "Hastily …" or "Holding signs, …" read as a name: an ordinary word, no one’s.
            if reference.members.isEmpty, !reference.titled, reference.role == nil, paragraphs[paragraph].indices.contains(token),
                Entities.bare(paragraphs[paragraph][token].text) == reference.name, entities.isOrdinaryWord(paragraphs[paragraph], at: token)
            { return nil }
            if reference.members.isEmpty, let full = entities.fullName(of: reference.name, paragraph: paragraph, token: token) { reference.name = full }
            for member in reference.names { entities.noteSpeaker(member, role: reference.role, titled: reference.titled, paragraph: paragraph, description: reference.members.isEmpty ? appositive : nil) }
            return reference
        case .pronoun(let word):
            // "Ostby went after Lindqvist, when he called …": a person pronoun inside a sentence whose subject is a
            // named person stands for that person.
            let start = sentences[paragraph].start(of: token)
            // Not when the sentence opens with a quotation ("“Lindqvist heads into …,” she said"): its words are no subject.
            if SpeechLexicon.personPronouns.contains(word), start < token, !sentences[paragraph].overlapsQuote(start..<start + 1),
                case .named(let subject)? = sentenceSubject(paragraphs[paragraph], from: start, to: token), subject.members.isEmpty,
                entities.kind(of: subject.name) != .organisation, !Lexicon.stateNames.contains(subject.name.lowercased())
            {
                // "Mrs. Halm's father grew up here, as she said": the possessor, without the "'s".
                let bare = Entities.bare(subject.name)
                let name = entities.fullName(of: bare, paragraph: paragraph, token: start) ?? bare
                entities.noteSpeaker(name, role: nil, paragraph: paragraph)
                return SpeakerReference(name: name)
            }
            // "Some union members … are calling for talks, but they cite …": "they" after a plural subject is it.
            if word == "they", start < token, !sentences[paragraph].overlapsQuote(start..<start + 1),
                case let subject? = sentenceSubject(paragraphs[paragraph], from: start, to: token),
                case .description(let head, _, _, _) = subject, head.hasSuffixBytes("s")
            {
                return resolve(subject, entities: &entities, paragraph: paragraph, token: start, appositive: nil)
            }
            guard let name = entities.resolve(phrase, paragraph: paragraph, token: token) else { return nil }
            entities.noteSpeaker(name, role: nil, paragraph: paragraph)
            return SpeakerReference(name: name)
        case .description(let head, let text, let role, let affiliation):
            guard let name = entities.resolve(phrase, paragraph: paragraph, token: token) else {
                // Unresolved, it still names someone ("the Florida senator", "a senior official") unless its
                // last word is no noun at all ("US officials first").
                guard !WordForms.stopwords.contains(head), !head.hasSuffixBytes("ly"), !["first", "last", "again", "later"].contains(head),
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

    /// Whose participle a cue like "…, shouting “…”" is: the subject of the clause just before it ("when
    /// Brandt's supporters interrupted her speech, shouting"), else the subject the sentence opens with.
    private func participleSubject(_ tokens: [Token], sentenceStart: Int, verb: Int?, quote: Int) -> (SpeakerPhrase, Int)? {
        if let verb, verb > sentenceStart, tokens[verb - 1].is(","),
            let clause = (sentenceStart..<verb - 1).last(where: { ["when", "while", "because", "whereas"].contains(tokens[$0].lowered) }),
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
            ["and", "but"].contains(tokens[joint].lowered)
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
                case let compared = ["like", "unlike"].contains(tokens[index].lowered)
                    || ["here", "there", "back"].contains(tokens[index].lowered) && index + 1 < end && tokens[index + 1].classes.contains(.prepositions),
                case let placesAllowed = tokens[index].classes.contains(.prepositions) || participle || adverbial || compared,
                let comma = (index..<min(end, index + (placesAllowed ? 20 : 12))).first(where: { [",", "—", "―", "–"].contains(tokens[$0].text)
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
        if index + 1 < end, ["even", "also", "only"].contains(tokens[index].lowered), tokens[index + 1].classes.contains(.determiners) { index += 1 }
        // "And then Ruiz went …", "But now Halm says …": a conjunction and a time adverb before the name.
        if index + 2 < end, ["and", "but", "so", "yet"].contains(tokens[index].lowered),
            ["then", "now", "still", "also", "later", "finally", "again"].contains(tokens[index + 1].lowered), tokens[index + 2].startsUppercase
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
            let phrase = SpeakerPhrase.parse(tokens[index..<verb]), phrase.canSpeak || verb - index <= 3
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
        if index + 2 < end, ["but", "and", "yet", "so", "or"].contains(tokens[index].lowered), !tokens[index + 1].startsUppercase,
            ["as", "when", "while", "after", "before", "because", "since", "though", "although", "if", "once"].contains(tokens[index + 1].lowered),
            tokens[index + 2].isWord, tokens[index + 2].startsUppercase,
            !(index + 2..<end).contains(where: { [",", ";", "—", "–"].contains(tokens[$0].text) })
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
        if stop > index, stop < end, tokens[stop - 1].isPossessive,
            let head = (stop..<min(end, stop + 5)).prefix(while: { tokens[$0].isWord || tokens[$0].is("-") }).first(where: isHead)
        {
            stop = head
        }
        while stop < end, isHead(stop) { stop += 1 }
        // "Law's advocacy group One Nation began": the name after a described head.
        if stop > index, isHead(stop - 1), stop < end, tokens[stop].isWord, tokens[stop].startsUppercase {
            while stop < end, tokens[stop].isWord, tokens[stop].startsUppercase { stop += 1 }
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
            ["who", "whose", "a", "an", "the", "herself", "himself", "itself", "themselves"].contains(tokens[stop + 1].lowered) || tokens[stop + 1].startsWithDigit
                || tokens[stop + 1].isPossessive && close - stop <= 8  // "Petra Halm, Ruiz's mother, issued"
                || tokens[stop + 1].classes.contains(.personNouns) || tokens[close - 1].classes.contains(.personNouns) && close - stop <= 8
                || CueFinder.isAside(tokens, stop + 1..<close)  // "The campaign, in a Q&A on its website, worded it"
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

    /// Titles of shows, books and headlines: every longer word capitalised.
    static func isTitle(_ text: String) -> Bool {
        var count = 0
        var capitalised = true
        TextScanning.forEachWord(text) { word in
            count += 1
            if !(word.first?.isUppercase == true || word.first?.isNumber == true || word.count <= 3) { capitalised = false }
            return count <= 10 && capitalised
        }
        return count > 0 && count <= 10 && capitalised
    }

    /// Whether any letter is lower case; an ASCII one answers without reading the text as `Character`s.
    static func hasLowercase(_ text: String) -> Bool {
        text.withUTF8Bytes { $0.contains { $0 >= 0x61 && $0 <= 0x7A } } || text.contains(where: \.isLowercase)
    }

    /// Reported speech without marks: "The ministry said the ban was unlawful"; "…, the Kremlin said on Friday."
    private func indirectSpeech() -> [(paragraph: Int, token: Int, phrase: SpeakerPhrase, quote: Quote?)] {
        var quotes: [(paragraph: Int, token: Int, phrase: SpeakerPhrase, quote: Quote?)] = []
        for (p, tokens) in paragraphs.enumerated() {
            for sentence in sentences[p].all {
                guard !sentences[p].overlapsQuote(sentence) else { continue }
                // The sentence's own verb, not one inside a relative clause ("Berg, a director who argued …, said").
                func isReporting(_ i: Int) -> Bool { tokens[i].classes.contains(.reportingVerbs) && CueFinder.isVerb(tokens, i) }
                guard var verb = sentence.first(where: isReporting) else { continue }
                if verb > sentence.lowerBound, ["who", "which", "that"].contains(tokens[verb - 1].lowered),
                    let main = (verb + 1..<sentence.upperBound).first(where: { isReporting($0) && !["who", "which", "that"].contains(tokens[$0 - 1].lowered) })
                {
                    verb = main
                }
                let (subject, appositive) = CueFinder.subjectBefore(tokens, verb: verb, from: sentence.lowerBound)
                guard !subject.isEmpty, let phrase = SpeakerPhrase.parse(tokens[subject], appositive: appositive.map { tokens[$0] }) else { continue }
                var content: Range<Int>
                let tail = (verb + 1)..<sentence.upperBound
                let subjectStart = appositive.map { min($0.lowerBound, subject.lowerBound) } ?? subject.lowerBound
                if subjectStart > sentence.lowerBound + 3, tokens[subjectStart - 1].is(","), QuoteSpans.words(in: tokens[tail]) <= 4,
                    !tokens[tail].contains(where: { $0.is("that") })
                {
                    content = sentence.lowerBound..<(subjectStart - 1)  // …, the Kremlin said on Friday.
                } else {
                    var start = verb + 1
                    if ["told", "tells"].contains(tokens[verb].lowered) {
                        start = tokens[tail].prefix(5).firstIndex { $0.is("that") } ?? min(start + 1, sentence.upperBound)
                    } else if start < sentence.upperBound, tokens[start].classes.contains(.prepositions),
                        let that = tokens[start..<min(start + 12, sentence.upperBound)].firstIndex(where: { $0.is("that") }),
                        tokens[start..<that].allSatisfy({ $0.isWord || $0.is(".") })
                    {
                        start = that  // "said in an interview with the Gazette that …": what was said comes after "that"
                    }
                    while start < sentence.upperBound, tokens[start].isWord, ["on", "in", "that"].contains(tokens[start].lowered)
                        || TextScanning.weekdays.contains(tokens[start].lowered)
                    {
                        start += 1
                    }
                    content = start..<sentence.upperBound
                }
                while let last = content.last, !tokens[last].isWord { content = content.dropLast() }
                guard QuoteSpans.words(in: tokens[content]) >= 4 else {
                    quotes.append((p, subject.lowerBound, phrase, nil))  // still a speaker "he" may point to later
                    continue
                }
                quotes.append((p, subject.lowerBound, phrase, Quote(
                    text: SpeakerPhrase.text(tokens[content]), kind: .indirect, speaker: nil,
                    cue: SpeakerPhrase.text(tokens[subjectStart...verb]), medium: CueFinder.medium(tokens, in: sentence), via: nil,
                    pieces: [Quote.Piece(paragraph: p, start: tokens[content.lowerBound].start, end: tokens[content.upperBound - 1].end)])))
            }
        }
        return quotes
    }
}
