/// Finds the quotes of one article and who said them.
struct ArticleQuoter: Sendable {
    let paragraphs: [[Token]]
    let sentences: [Sentences]
    private let spans: [QuotedSpan]

    /// Reads an article's paragraphs; `spans` replaces the quotation marks when given (damaged copies).
    init(paragraphs: [String], spans: [QuotedSpan]? = nil) {
        self.init(tokens: Tokenizer.tokens(paragraphs: paragraphs), spans: spans)
    }

    init(tokens: [[Token]], spans: [QuotedSpan]? = nil) {
        paragraphs = tokens
        let spans = spans ?? QuoteSpans.find(tokens)
        self.spans = spans
        // Token ranges inside quotations, marks included, per paragraph.
        var quoted = Array(repeating: [Range<Int>](), count: tokens.count)
        for span in spans {
            for stretch in span.stretches {
                let lower = stretch.openMark ?? stretch.tokens.lowerBound
                let upper = (stretch.closeMark.map { $0 + 1 }) ?? stretch.tokens.upperBound
                quoted[stretch.paragraph].append(lower..<upper)
            }
        }
        sentences = tokens.indices.map { Sentences(tokens: tokens[$0], quoted: quoted[$0]) }
    }

    /// A quote found so far, with the span it came from.
    struct Found {
        var quote: Quote
        var span: QuotedSpan
    }

    /// Where one quoted span sits: its marks, its sentence, and the words around it that may hold its cue.
    struct Placement {
        let span: QuotedSpan
        var first: QuotedStretch { span.first }
        var last: QuotedStretch { span.last }
        /// The tokens of the paragraphs the quote opens and closes in.
        let tokensFirst: [Token], tokensLast: [Token]
        /// The opening mark (or first quoted token) and the closing mark (or last quoted token).
        let open: Int, close: Int
        /// The quote after this one, which may share its sentence.
        let next: QuotedStretch?
        let sentenceStart: Int
        /// Whether the quote before this one ends in the same sentence.
        let previousInSentence: Bool
        /// Where to look for a cue before and after the quote.
        let beforeRange: Range<Int>, afterRange: Range<Int>
        /// The last token before the opening mark that is no quotation mark.
        let lastBefore: Int?
        /// The quoted words without their marks.
        let text: String
        let wordCount: Int
        /// Whether the quote opens its sentence or follows a colon, comma, dash or bracket, rather than sitting inside a clause.
        let startsSentence: Bool
        /// Whether the quoted words read as a title ("Save the Quay").
        let isTitle: Bool
        /// Whether the quote opens its paragraph.
        var opensParagraph: Bool { open <= 1 || first.openMark == nil && first.tokens.lowerBound == 0 }
    }

    /// A cue and the paragraph whose tokens it indexes.
    struct PlacedCue {
        var cue: Cue
        var paragraph: Int
    }

    func quotes() -> [Quote] {
        var entities = Entities(paragraphs: paragraphs, sentences: sentences)
        var found: [Found] = []
        var indirect = indirectSpeech()[...]
        var reported: [Quote] = []
        // Reported speech is resolved in reading order with the quotes, so "he" finds the right person.
        func flushIndirect(before paragraph: Int, token: Int) {
            while let next = indirect.first, (next.paragraph, next.token) < (paragraph, token) {
                indirect.removeFirst()
                if var quote = next.quote, let speaker = resolve(next.phrase, entities: &entities, paragraph: next.paragraph, token: next.token, appositive: nil) {
                    quote.speaker = speaker
                    if let medium = quote.medium { entities.noteIssued(medium, paragraph: next.paragraph, speaker: speaker) }
                    reported.append(quote)
                }
            }
        }
        var index = 0
        while index < spans.count {
            let span = spans[index]
            flushIndirect(before: span.first.paragraph, token: span.first.openMark ?? span.first.tokens.lowerBound)
            let place = placement(of: index, previous: found.last)
            let (chosen, after) = chooseCue(place)
            var cue = chosen
            var speaker = cueSpeaker(place, cue: &cue, previousSpoke: place.previousInSentence && found.last?.quote.speaker != nil, entities: &entities)
            var saidInContext = false
            if speaker == nil, let context = contextSpeaker(place, hasCue: cue != nil, found: found, entities: &entities) {
                speaker = context.speaker
                saidInContext = context.ownSentence
            }
            var quote = makeQuote(place, cue: cue, speaker: speaker, saidInContext: saidInContext, after: after)
            if let medium = quote.medium, let speaker = quote.speaker { entities.noteIssued(medium, paragraph: place.first.paragraph, speaker: speaker) }

            // A split quote — “We tried,” she said, “but time ran out.” — is one quote.
            if let next = place.next, let after, after.hasSubject, after.verb != nil, next.paragraph == place.last.paragraph,
                let nextOpen = next.openMark, nextOpen >= place.afterRange.upperBound,
                place.tokensLast[after.span.upperBound..<nextOpen].allSatisfy({ !$0.isWord }),
                place.tokensLast[place.last.tokens.upperBound - 1].is(","),
                let firstWord = place.tokensLast[next.tokens].first(where: \.isWord), !firstWord.startsUppercase
            {
                let following = spans[index + 1]
                quote.text += " " + text(of: following)
                quote.pieces += pieces(of: following)
                quote.kind = .direct
                found.append(Found(quote: quote, span: QuotedSpan(stretches: span.stretches + following.stretches)))
                index += 2
                continue
            }
            found.append(Found(quote: quote, span: span))
            index += 1
        }
        flushIndirect(before: Int.max, token: 0)
        // Quoted numbers and dates ("2016-07-05", a tweet's id) are no one's words.
        let quotes = found.map(\.quote).filter { $0.text.contains(where: \.isLetter) } + reported
        return quotes.sorted { ($0.paragraph, $0.offset) < ($1.paragraph, $1.offset) }
    }

    /// The quoted words of a span, its paragraphs joined by spaces.
    private func text(of span: QuotedSpan) -> String {
        span.stretches.map { SpeakerPhrase.text(paragraphs[$0.paragraph][$0.tokens]) }.joined(separator: " ")
    }

    private func pieces(of span: QuotedSpan) -> [Quote.Piece] {
        span.stretches.map { stretch in
            let tokens = paragraphs[stretch.paragraph]
            return Quote.Piece(paragraph: stretch.paragraph, start: tokens[stretch.tokens.lowerBound].start, end: tokens[stretch.tokens.upperBound - 1].end)
        }
    }

    /// Where the span at `index` sits; `previous` is the quote found before it.
    private func placement(of index: Int, previous found: Found?) -> Placement {
        let span = spans[index]
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
        if previousInSentence, found?.quote.kind == .term, let previousClose = previous!.closeMark, previousClose + 1 == beforeStart,
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
        let lastBefore = beforeRange.reversed().first { tokensFirst[$0].kind != .mark }
        let text = text(of: span)
        return Placement(
            span: span, tokensFirst: tokensFirst, tokensLast: tokensLast, open: open, close: close, next: next,
            sentenceStart: sentenceStart, previousInSentence: previousInSentence,
            beforeRange: beforeRange, afterRange: (close + 1)..<max(close + 1, afterEnd), lastBefore: lastBefore, text: text,
            wordCount: span.stretches.reduce(0) { $0 + QuoteSpans.words(in: paragraphs[$1.paragraph][$1.tokens]) },
            startsSentence: lastBefore.map { tokensFirst[$0].text.isOne(of: [":", ",", "—", "–", "-", "("]) } ?? true,
            isTitle: Self.isTitle(text))
    }

    /// The cue of a quote, from the words before and after it; also the cue found after it, which may
    /// relay it ("…, according to the Gazette") or split it (“We tried,” she said, “but …”).
    private func chooseCue(_ place: Placement) -> (chosen: PlacedCue?, after: Cue?) {
        let tokensFirst = place.tokensFirst, tokensLast = place.tokensLast, close = place.close
        var before = CueFinder.before(tokensFirst, in: place.beforeRange)
        if place.first.paragraph == place.last.paragraph,
            let agent = CueFinder.passiveAgent(tokensFirst, before: before, quote: place.open, after: place.afterRange)
        {
            before = agent
        }
        // "branded “in homage to” Lazar, Song wrote": a quote ending on a preposition runs on into its
        // object; only a cue closing the sentence can be its own.
        let dangling = close > 0 && close + 1 < tokensLast.count && tokensLast[close + 1].isWord
            && tokensLast[close - 1].lowered.isOne(of: ["to", "of", "for", "with", "from", "at", "by", "into", "toward", "towards", "the", "a", "an"])
        var after = (dangling ? nil : CueFinder.after(tokensLast, in: place.afterRange)) ?? CueFinder.sentenceFinal(tokensLast, in: place.afterRange)
        // "After Halm said … “fewer berths,” Ruiz said: “…”": a cue whose colon opens the next quote is that quote's.
        if before != nil, let verb = after?.verb, verb + 1 < tokensLast.count, tokensLast[verb + 1].is(":"),
            let next = place.next, next.paragraph == place.last.paragraph, (next.openMark ?? next.tokens.lowerBound) > verb
        {
            after = nil
        }
        let adjacentBefore = before.flatMap { cue in cue.verb.map { verb in
            place.beforeRange.upperBound - verb <= 4
                || place.lastBefore.map { tokensFirst[$0].is(":") && !tokensFirst[verb..<$0].contains { $0.is(",") } } ?? false } } ?? (before != nil)
        // "— as many believe, but Moscow denies — “…?” asked Dunn": a cue inside dashes before the quote is an aside.
        let asideBefore = place.lastBefore.map { tokensFirst[$0].text.isOne(of: ["—", "–"]) } == true && after?.hasSubject == true
        // "Then came the big change: “…,” said Vera Sand": a speech verb after the quote outranks a colon before it
        // when it names someone ("Ruiz: “We won,” she said" and "…,” the senator says" keep the colon's name).
        // So does any cue after it when the colon follows no one's name ("For example: “…,” she told …").
        let colonNamesNoOne = before.map { cue in
            !tokensFirst[cue.subject].contains { $0.isWord && $0.startsUppercase && !$0.classes.contains(.capitalisedFunctionWords) }
        } ?? false
        let colonOutranked = before?.verb == nil && after.map { after in
            after.hasSubject && after.verb != nil && (colonNamesNoOne || tokensLast[after.subject.lowerBound].startsUppercase
                && !tokensLast[after.subject.lowerBound].classes.contains(.capitalisedFunctionWords))
        } == true
        // "… and insisted that the port was “still open.”--Vera Sand": a speech verb before the quote outranks
        // a dash and a name after it, a byline.
        let bylineAfter = after.map { $0.verb == nil } == true && before?.verb != nil
        let beforeCue = before.map { PlacedCue(cue: $0, paragraph: place.first.paragraph) }
        let afterCue = after.map { PlacedCue(cue: $0, paragraph: place.last.paragraph) }
        if let before, adjacentBefore || bylineAfter, !asideBefore, !colonOutranked, before.hasSubject || after?.hasSubject != true || bylineAfter {
            return (beforeCue, after)
        }
        if after?.hasSubject == true { return (afterCue, after) }
        if beforeCue == nil, afterCue == nil, let signed = signature(after: place) { return (signed, nil) }
        return (beforeCue ?? afterCue, after)
    }

    /// A quote that is its whole paragraph, signed in the next one by a dash and a name alone: "“…”" then
    /// "— Petra Halm." (a fact-check's layout). After a paragraph of the article's own, that is its author.
    private func signature(after place: Placement) -> PlacedCue? {
        let next = place.last.paragraph + 1
        guard place.opensParagraph, next < paragraphs.count, !place.tokensLast[(place.close + 1)...].contains(where: \.isWord) else { return nil }
        let tokens = paragraphs[next]
        guard tokens.count >= 2, tokens.count <= 7, tokens[0].text.isOne(of: ["—", "–", "-"]),
            let cue = CueFinder.after(tokens, in: 0..<tokens.count), cue.verb == nil, cue.hasSubject,
            tokens[cue.subject.upperBound...].allSatisfy({ $0.is(".") })
        else { return nil }
        return PlacedCue(cue: cue, paragraph: next)
    }

    /// The quote itself: its kind (a quote with no one's words around it, short or title-like, is a term),
    /// speaker, cue, medium and relaying outlet. `saidInContext` tells that a sentence near the quote named its speaker.
    private func makeQuote(_ place: Placement, cue: PlacedCue?, speaker: SpeakerReference?, saidInContext: Bool, after: Cue?) -> Quote {
        let tokensFirst = place.tokensFirst
        var kind: Quote.Kind = place.startsSentence ? .direct : .partial
        if cue == nil && !saidInContext && !(place.previousInSentence && speaker != nil) && !(place.startsSentence && speaker != nil && !place.isTitle) {
            if place.wordCount <= 4 || place.isTitle || !Self.hasLowercase(place.text) { kind = .term }
        }
        if !place.startsSentence, place.isTitle, Self.opensWithCapitalOrDigit(place.text[...]), let lastBefore = place.lastBefore,
            Self.introducesTitle(tokensFirst[lastBefore], ofWords: place.wordCount),
            // "called it the “Worst Deal Ever”": a label someone gives is their words.
            !tokensFirst[max(place.sentenceStart, lastBefore - 3)..<lastBefore].contains(where: { $0.lowered.isOne(of: Self.namingVerbs) })
        {
            kind = .term
        }
        let term = kind == .term
        let cueTokens = cue.map { paragraphs[$0.paragraph] } ?? []
        return Quote(
            text: place.text, kind: kind, speaker: term ? nil : speaker,
            cue: term ? nil : cue.map { SpeakerPhrase.text(cueTokens[$0.cue.span]) }.flatMap { $0.isEmpty ? nil : $0 },
            medium: term ? nil : CueFinder.medium(tokensFirst, in: place.sentenceStart..<place.open) ?? CueFinder.medium(place.tokensLast, in: place.afterRange),
            via: cue?.cue.via.map { SpeakerPhrase.text(cueTokens[$0]) } ?? relayedBy(after, in: place.tokensLast, chosen: cue?.cue)
                ?? cue.flatMap { quotedBy(paragraph: $0.paragraph, verb: $0.cue.verb) },
            pieces: pieces(of: place.span))
    }

    /// Whether a word before a title-like quote makes it the name of a show, a book or a song, whatever cue
    /// the sentence has: a preposition or a determiner ("appeared on “This Week With Vera Sand”", "the
    /// “Harbour First Project”"), or, for a title of one word too, a possessive or a noun for a work
    /// ("Norland Radio's “Tidewater”", "the reality show “Dock Wars”", "performed “Salt Road”").
    static func introducesTitle(_ word: Token, ofWords count: Int) -> Bool {
        if word.isPossessive || SpeechLexicon.workWords.contains(word.lowered) { return true }
        return count >= 2 && (word.classes.contains(.prepositions)
            || word.lowered.isOne(of: ["of", "titled", "entitled", "called", "the", "this", "these", "his", "her", "their", "its", "our"]))
    }

    private static let namingVerbs = [
        "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled", "describe",
        "describes", "described", "brand", "brands", "branded", "termed", "deemed",
    ]

    /// "…,” according to the New York Times" after a quote whose speaker was named before it.
    private func relayedBy(_ after: Cue?, in tokens: [Token], chosen: Cue?) -> String? {
        guard let after, let chosen, chosen.span != after.span, let verb = after.verb, tokens[verb].lowered == "according" else { return nil }
        return SpeakerPhrase.text(tokens[after.subject])
    }

    /// Titles of shows, books and headlines: every longer word capitalised.
    static func isTitle(_ text: String) -> Bool {
        var count = 0
        var capitalised = true
        TextScanning.forEachWord(text) { word in
            count += 1
            if !(Self.opensWithCapitalOrDigit(word) || Self.isShort(word)) { capitalised = false }
            return count <= 10 && capitalised
        }
        return count > 0 && count <= 10 && capitalised
    }

    /// An ASCII first letter answers without reading the word as `Character`s.
    private static func opensWithCapitalOrDigit(_ word: Substring) -> Bool {
        if let byte = word.utf8.first, byte < 0x80 { return byte &- 0x41 < 26 || byte &- 0x30 < 10 }
        return word.first?.isUppercase == true || word.first?.isNumber == true
    }

    /// Three characters at most; an ASCII word's bytes are its characters.
    private static func isShort(_ word: Substring) -> Bool {
        word.utf8.count <= 3 || word.utf8.contains { $0 >= 0x80 } && word.count <= 3
    }

    /// Whether any letter is lower case; an ASCII one answers without reading the text as `Character`s.
    static func hasLowercase(_ text: String) -> Bool {
        text.withUTF8Bytes { $0.contains { $0 >= 0x61 && $0 <= 0x7A } } || text.contains(where: \.isLowercase)
    }
}
