/// The words that attribute a quote: who (a token range to read as a speaker phrase) and the verb.
struct Cue: Sendable {
    /// Tokens naming the speaker; empty when the verb has no subject of its own (`…,” adding, “…`).
    var subject: Range<Int>
    /// A description set off by commas after the name (`Maria Zakharova, a spokeswoman for …, said`).
    var appositive: Range<Int>?
    /// The speech verb, or `nil` for colon and dash attributions.
    var verb: Int?
    /// The tokens to show as the cue.
    var span: Range<Int>
    /// Another outlet the words are relayed through: tokens after "according to".
    var via: Range<Int>?

    var hasSubject: Bool { !subject.isEmpty }
}

/// Finds the cue of a quote in the words of its sentence before and after it.
enum CueFinder {
    static func isVerb(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, !token.startsUppercase, SpeechLexicon.verbs.contains(token.lowered) else { return false }
        // "the report", "a call", "his statement": a noun, not a verb.
        if index > 0, tokens[index - 1].isWord, SpeechLexicon.determiners.contains(tokens[index - 1].lowered) { return false }
        // Forms that are mostly nouns in news ("a Facebook post", "reports on") count only after a subject pronoun or a modal.
        if SpeechLexicon.nounLikeVerbs.contains(token.lowered) {
            guard index > 0, SpeechLexicon.verbLeaders.contains(tokens[index - 1].lowered) else { return false }
        }
        if index + 1 < tokens.count, tokens[index + 1].is("-") { return false }
        return true
    }

    private static func isAccordingTo(_ tokens: [Token], _ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].lowered == "according" && tokens[index + 1].is("to")
    }

    private static let leading: Set<Substring> = [",", "—", "–", "-", ":", "(", ";"]

    /// A cue after the quote: `…,” Peskov said`, `…,” said Ana Ruiz, the coach`, `…” — Commissioner X`.
    static func after(_ tokens: [Token], in range: Range<Int>) -> Cue? {
        var i = range.lowerBound
        var dash = false
        while i < range.upperBound, tokens[i].kind == .punctuation, leading.contains(tokens[i].text) {
            if ["—", "–", "-"].contains(tokens[i].text) { dash = true }
            i += 1
        }
        guard i < range.upperBound, tokens[i].isWord else { return nil }
        let end = range.upperBound
        if isAccordingTo(tokens, i) {
            let subject = i + 2..<phraseEnd(tokens, from: i + 2, to: end)
            return subject.isEmpty ? nil : Cue(subject: subject, verb: i, span: i..<subject.upperBound)
        }
        if isVerb(tokens, i) {
            // Inverted: said Ana Ruiz, the coach.
            let subjectEnd = phraseEnd(tokens, from: i + 1, to: end, stopAtPrepositions: true)
            let subject = i + 1..<subjectEnd
            var appositive: Range<Int>?
            if subjectEnd < end, tokens[subjectEnd].is(","), subjectEnd + 1 < end, tokens[subjectEnd + 1].isWord,
                !tokens[subjectEnd + 1].startsUppercase || SpeechLexicon.determiners.contains(tokens[subjectEnd + 1].lowered)
            {
                let stop = phraseEnd(tokens, from: subjectEnd + 1, to: end)
                if stop > subjectEnd + 1 { appositive = subjectEnd + 1..<stop }
            }
            if !subject.isEmpty, !tokens[subject.lowerBound].startsUppercase,
                !SpeechLexicon.determiners.contains(tokens[subject.lowerBound].lowered),
                !SpeechLexicon.personPronouns.contains(tokens[subject.lowerBound].lowered)
            {
                // "…,” said on Friday: not a speaker
                return Cue(subject: i..<i, verb: i, span: i..<i + 1, via: via(tokens, from: i + 1, to: end))
            }
            return Cue(subject: subject, appositive: appositive, verb: i, span: i..<max(subjectEnd, i + 1), via: via(tokens, from: subjectEnd, to: end))
        }
        // Subject then verb: Peskov said; Dmitry Peskov, the Kremlin spokesman, told reporters.
        let opener = tokens[i]
        if !opener.startsUppercase, !SpeechLexicon.determiners.contains(opener.lowered), !SpeechLexicon.personPronouns.contains(opener.lowered),
            !SpeechLexicon.thingPronouns.contains(opener.lowered), !SpeechLexicon.groupPronouns.contains(opener.lowered), !opener.startsWithDigit
        {
            return nil  // the sentence goes on: "… would be appropriate, Ben Carson said" is read as a sentence-final cue
        }
        var j = i
        while j < min(end, i + 16) {
            let token = tokens[j]
            if token.kind == .punctuation, [".", "!", "?", ";"].contains(token.text) { break }
            if token.kind == .mark { break }
            if isVerb(tokens, j) {
                var subjectEnd = j
                while subjectEnd > i, tokens[subjectEnd - 1].isWord, SpeechLexicon.auxiliaries.contains(tokens[subjectEnd - 1].lowered) { subjectEnd -= 1 }
                guard subjectEnd > i else { return nil }
                let (subject, appositive) = splitAppositive(tokens, i..<subjectEnd)
                guard subject.count <= 9 else { return nil }
                return Cue(subject: subject, appositive: appositive, verb: j, span: i..<j + 1, via: via(tokens, from: j + 1, to: end))
            }
            j += 1
        }
        if dash, tokens[i].startsUppercase {
            let stop = phraseEnd(tokens, from: i, to: end)
            return Cue(subject: i..<stop, verb: nil, span: i..<stop)
        }
        return nil
    }

    /// A cue that closes the sentence, far from the quote: “deep prejudices” against Moscow …, the Kremlin said on Friday.
    static func sentenceFinal(_ tokens: [Token], in range: Range<Int>) -> Cue? {
        guard let comma = range.reversed().first(where: { tokens[$0].is(",") }), comma > range.lowerBound,
            let cue = after(tokens, in: comma..<range.upperBound), cue.hasSubject, let verb = cue.verb,
            QuoteSpans.words(in: tokens[(verb + 1)..<range.upperBound]) <= 4
        else { return nil }
        return cue
    }

    /// A cue before the quote: `Peskov said: “…`, `called the decision “…`, `According to X, “…`, `Peskov: “…`.
    static func before(_ tokens: [Token], in range: Range<Int>) -> Cue? {
        guard !range.isEmpty else { return nil }
        var verb: Int?
        var index = range.upperBound - 1
        var depth = 0
        while index >= range.lowerBound {
            if tokens[index].is(")") { depth += 1 } else if tokens[index].is("(") { depth = max(0, depth - 1) }
            if depth == 0, isVerb(tokens, index) || isAccordingTo(tokens, index) {
                verb = index
                break
            }
            index -= 1
        }
        if let verb {
            if isAccordingTo(tokens, verb) {
                let subject = verb + 2..<phraseEnd(tokens, from: verb + 2, to: range.upperBound)
                return subject.isEmpty ? nil : Cue(subject: subject, verb: verb, span: verb..<subject.upperBound)
            }
            let (subject, appositive) = subjectBefore(tokens, verb: verb, from: range.lowerBound)
            if subject.isEmpty, verb + 1 < range.upperBound, tokens[verb + 1].startsUppercase {
                // said Warner: “…
                let stop = phraseEnd(tokens, from: verb + 1, to: range.upperBound, stopAtPrepositions: true)
                return Cue(subject: verb + 1..<stop, verb: verb, span: verb..<stop)
            }
            let start = appositive.map { min($0.lowerBound, subject.lowerBound) } ?? subject.lowerBound
            return Cue(subject: subject, appositive: appositive, verb: verb, span: (subject.isEmpty ? verb : start)..<verb + 1)
        }
        // Colon attribution: Peskov: “…
        var last = range.upperBound - 1
        while last >= range.lowerBound, tokens[last].kind == .mark { last -= 1 }
        if last >= range.lowerBound, tokens[last].is(":") {
            var start = last
            while start > range.lowerBound, !leading.contains(tokens[start - 1].text), tokens[start - 1].kind != .mark { start -= 1 }
            let subject = start..<last
            if !subject.isEmpty, subject.count <= 8, tokens[start].startsUppercase { return Cue(subject: subject, verb: nil, span: subject) }
        }
        return nil
    }

    /// The subject of the verb at `verb`: back to the clause boundary, past appositions and relative clauses.
    static func subjectBefore(_ tokens: [Token], verb: Int, from lower: Int) -> (Range<Int>, Range<Int>?) {
        var end = verb
        while end > lower, tokens[end - 1].isWord, SpeechLexicon.auxiliaries.contains(tokens[end - 1].lowered) { end -= 1 }
        if end > lower, tokens[end - 1].is(")"), let open = (lower..<end).last(where: { tokens[$0].is("(") }) {
            end = open  // Sen. Ted Cruz (Tex.) has said
        }
        // "…, which he called": the subject follows the relative word.
        if end - lower >= 2, tokens[end - 1].isWord, ["which", "that", "whom", "what"].contains(tokens[end - 2].lowered),
            SpeechLexicon.personPronouns.contains(tokens[end - 1].lowered) || SpeechLexicon.groupPronouns.contains(tokens[end - 1].lowered)
                || SpeechLexicon.thingPronouns.contains(tokens[end - 1].lowered)
        {
            return (end - 1..<end, nil)
        }
        // "X, who introduced a bill that would require Facebook, Google and others to …, said": skip the clause.
        if end > lower, tokens[end - 1].is(",") {
            var index = end - 2
            while index > lower {
                if tokens[index].isWord, ["who", "which", "whose"].contains(tokens[index].lowered), tokens[index - 1].is(",") {
                    end = index - 1
                    break
                }
                if tokens[index].kind == .mark || [".", ";", ":"].contains(tokens[index].text) { break }
                index -= 1
            }
        }
        var segments: [Range<Int>] = []
        var segmentEnd = end
        var index = end - 1
        while index >= lower, segments.count < 4 {
            let token = tokens[index]
            if token.kind == .mark || [",", ";", ":", "(", "—", "–"].contains(token.text) {
                segments.append(index + 1..<segmentEnd)
                if !token.is(",") { break }
                segmentEnd = index
            }
            index -= 1
        }
        if index < lower, segments.count < 4 { segments.append(lower..<segmentEnd) }
        // segments[0] is next to the verb; skip relative clauses and empty pieces. A piece with a
        // speech verb of its own is another clause ("she said, adding, …"): no subject here.
        var k = 0
        while k < segments.count, segments[k].isEmpty || startsRelative(tokens, segments[k]) { k += 1 }
        guard k < segments.count, !segments[k].contains(where: { isVerb(tokens, $0) }), !(k > 0 && isParticiple(tokens[verb])),
            !segments[k].contains(where: { tokens[$0].isWord && SpeechLexicon.clauseWords.contains(tokens[$0].lowered) })
        else { return (verb..<verb, nil) }
        var subject = trimPreposition(tokens, segments[k])
        var appositive: Range<Int>?
        if k + 1 < segments.count, let first = subject.first, tokens[first].isWord,
            SpeechLexicon.determiners.contains(tokens[first].lowered) || !tokens[first].startsUppercase,
            !SpeechLexicon.personPronouns.contains(tokens[first].lowered), !SpeechLexicon.thingPronouns.contains(tokens[first].lowered),
            case let previous = trimPreposition(tokens, segments[k + 1]), !previous.isEmpty, previous.count <= 6,
            tokens[previous.lowerBound].startsUppercase, tokens[previous.upperBound - 1].startsUppercase
        {
            appositive = subject
            subject = previous
        }
        guard subject.count <= 12 else { return (verb..<verb, nil) }
        return (subject, appositive)
    }

    static func isParticiple(_ token: Token) -> Bool { token.lowered.hasSuffix("ing") }

    private static func startsRelative(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let word = tokens[range.lowerBound].lowered
        return ["who", "which", "whose", "whom", "where"].contains(word) || word.hasSuffix("ing") && !tokens[range.lowerBound].startsUppercase
    }

    /// "In a statement the ministry" → "the ministry": drops a leading prepositional phrase.
    private static func trimPreposition(_ tokens: [Token], _ range: Range<Int>) -> Range<Int> {
        var range = range
        while let first = range.first, tokens[first].isWord, SpeechLexicon.clauseOpeners.contains(tokens[first].lowered) { range = range.dropFirst() }
        guard let first = range.first, ["in", "on", "at", "during", "after", "before", "from", "with", "by", "for", "to", "of", "about"]
            .contains(tokens[first].lowered)
        else { return range }
        if let determiner = range.dropFirst().last(where: { tokens[$0].isWord && ["the", "a", "an"].contains(tokens[$0].lowered) }),
            determiner > first + 1 || range.count > 3
        {
            return determiner..<range.upperBound
        }
        return range.upperBound..<range.upperBound
    }

    /// Splits `Name, the role,` inside a subject found after a quote.
    private static func splitAppositive(_ tokens: [Token], _ range: Range<Int>) -> (Range<Int>, Range<Int>?) {
        guard let comma = range.firstIndex(where: { tokens[$0].is(",") }) else { return (range, nil) }
        var rest = comma + 1..<range.upperBound
        while let last = rest.last, !tokens[last].isWord { rest = rest.dropLast() }
        if startsRelative(tokens, rest) || rest.isEmpty { return (range.lowerBound..<comma, nil) }
        return (range.lowerBound..<comma, rest)
    }

    /// Where a name or description stops: punctuation, a quote mark, or (when asked) a preposition.
    private static func phraseEnd(_ tokens: [Token], from start: Int, to end: Int, stopAtPrepositions: Bool = false) -> Int {
        var index = start
        while index < end {
            let token = tokens[index]
            if token.kind == .mark || token.kind == .punctuation && [",", ".", ";", ":", "!", "?", "—", "–"].contains(token.text)
                && !(token.is(".") && index > start && Sentences.isAbbreviation(tokens[index - 1]))
            {
                break
            }
            if stopAtPrepositions, index > start, token.isWord,
                ["in", "on", "at", "during", "while", "after", "before", "to", "on", "about", "when", "as", "that"].contains(token.lowered)
            {
                break
            }
            if index > start, isVerb(tokens, index) { break }
            index += 1
        }
        return index
    }

    private static func via(_ tokens: [Token], from start: Int, to end: Int) -> Range<Int>? {
        guard start < end else { return nil }
        for index in start..<end where isAccordingTo(tokens, index) {
            let stop = phraseEnd(tokens, from: index + 2, to: end)
            if stop > index + 2 { return index + 2..<stop }
        }
        return nil
    }

    /// The medium named in a sentence: "a Facebook post", "its website", "a conference call".
    static func medium(_ tokens: [Token], in range: Range<Int>) -> String? {
        var index = range.lowerBound
        while index < range.upperBound {
            let word = tokens[index].lowered
            if tokens[index].isWord, SpeechLexicon.mediumNouns.contains(word), index > range.lowerBound {
                var start = index
                while start > range.lowerBound, tokens[start - 1].isWord, !["in", "on", "via", "through", "told", "to", "during", "and"].contains(tokens[start - 1].lowered),
                    index - start < 3
                {
                    start -= 1
                }
                guard start > range.lowerBound, ["in", "on", "via", "through", "told", "during"].contains(tokens[start - 1].lowered) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < range.upperBound, tokens[end].isWord, SpeechLexicon.mediumNouns.contains(tokens[end].lowered) { end += 1 }
                return SpeakerPhrase.text(tokens[start..<end])
            }
            index += 1
        }
        return nil
    }
}
