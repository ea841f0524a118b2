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
        guard token.isWord, !token.startsUppercase || isCapitalisedTweet(tokens, index) else { return false }
        guard token.classes.contains(.verbs) else { return isPhrasalSpeech(tokens, index) }
        // "the report", "a call", "his statement": a noun, not a verb.
        if index > 0, tokens[index - 1].isWord, tokens[index - 1].classes.contains(.determiners) { return false }
        // Forms that are mostly nouns in news ("a Facebook post", "reports on") count only after a subject pronoun or a modal.
        if token.classes.contains(.nounLikeVerbs) {
            // "they report", "will note", "Sundqvist notes" — but not "a Facebook post".
            guard index > 0 else { return false }
            let previous = tokens[index - 1]
            let named = previous.isWord && previous.startsUppercase && !previous.classes.contains(.capitalisedFunctionWords)
                && !(index > 1 && tokens[index - 2].classes.contains(.determiners))
            // "Mikael Grahn, a speechwriter, calls Lind …": after an appositive, with a name as object.
            // "Ana Ruiz, an early supporter, calls the issue …": or with a determiner or pronoun as the object's start.
            let afterAppositive = previous.is(",") && token.lowered.hasSuffixBytes("s") && index + 1 < tokens.count
                && (tokens[index + 1].startsUppercase || tokens[index + 1].classes.contains(.determiners)
                    || tokens[index + 1].classes.contains(.personPronouns) || tokens[index + 1].classes.contains(.thingPronouns))
            // "the mayor calls", "the ministry claims": a person or a body as the subject of an -s form.
            let described = previous.isWord && !previous.startsUppercase && token.lowered.hasSuffixBytes("s")
                && (previous.classes.contains(.personNouns) || previous.classes.contains(.organisationNouns))
            // "it notes", "the letter states": a thing that carries words as the subject.
            let carrier = previous.isWord && (token.lowered.hasSuffixBytes("s") || token.is("read"))
                && (previous.classes.contains(.thingPronouns) || previous.classes.contains(.mediumNouns))
            // "Southern states", "Rust Belt states": after a proper adjective, "states" is the noun.
            let namedSubject = named && token.lowered.hasSuffixBytes("s") && !token.is("states")
            // "“…,” reads the letter": a form that inverts, straight after the quote.
            let inverted = previous.kind == .mark && invertingVerbs.contains(token.lowered)
            // "would read this as", "Ruiz reads the papers": reading quotes only a text, and only in these two orders.
            if token.is("read") || token.is("reads") { return inverted || carrier }
            guard previous.classes.contains(.verbLeaders) || namedSubject || afterAppositive || described || carrier || inverted
            else { return false }
        }
        if index + 1 < tokens.count, tokens[index + 1].is("-") { return false }
        // "pressed for a deal", "pressed ahead": pushing for something, not speaking.
        if index + 1 < tokens.count, token.lowered.hasPrefixBytes("press"), ["for", "ahead", "on"].contains(tokens[index + 1].lowered) { return false }
        // "added to the confusion": adding to something says nothing ("added to reporters", "to the Post" do).
        if index + 3 < tokens.count, tokens[index + 1].is("to"), tokens[index + 2].classes.contains(.determiners),
            tokens[index + 3].isWord, !tokens[index + 3].startsUppercase, ["add", "adds", "added", "adding"].contains(token.lowered)
        {
            return false
        }
        if index > 0, !isParticiple(token) {
            let previous = tokens[index - 1]
            // "secretary of state", "in charge": no verb follows "of" or a preposition.
            if previous.isWord, previous.lowered == "of" || previous.classes.contains(.prepositions) && !["to", "while", "after", "before"].contains(previous.lowered) {
                return false
            }
            // "a snappy retort", "an angry reply": a bare form after "a" or "an" and one word is a noun.
            if index > 1, previous.isWord, !previous.startsUppercase, ["a", "an"].contains(tokens[index - 2].lowered),
                !token.lowered.hasSuffixBytes("s"), !token.lowered.hasSuffixBytes("ed")
            {
                return false
            }
        }
        return true
    }

    /// "…, the head of the union, Tweeted on Friday": the one speech verb some style guides capitalise;
    /// no name is spelt like it.
    private static func isCapitalisedTweet(_ tokens: [Token], _ index: Int) -> Bool {
        tokens[index].classes.contains(.verbs) && tokens[index].lowered.hasPrefixBytes("tweet")
    }

    /// Verbs that speak only with their particle: "shot back", "chimed in", "went on".
    static let phrasalVerbs: [String: String] = [
        "went": "on", "goes": "on", "shot": "back", "fired": "back", "fires": "back", "pushed": "back", "chimed": "in",
        "weighed": "in", "spoke": "up", "piped": "up", "pointed": "out", "points": "out", "put": "it", "puts": "it",
    ]

    /// "Bengt shot back with a laugh", "Lindqvist went on, as if …": a phrasal speech verb. Going on speaks
    /// only when nothing follows "on" in its clause ("went on to promote" does not).
    private static func isPhrasalSpeech(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].classes.contains(.phrasalVerbs), let particle = phrasalVerbs[tokens[index].lowered], index + 1 < tokens.count,
            tokens[index + 1].is(particle)
        else { return false }
        guard particle == "on" || particle == "it" else { return true }
        let closes = index + 2 == tokens.count || tokens[index + 2].kind == .punctuation || tokens[index + 2].kind == .mark
        // "as Lind put it, “…”", "Ruiz put it bluntly:" — not "put it on the table".
        return closes || particle == "it" && tokens[index + 2].lowered.hasSuffixBytes("ly")
    }

    private static func isAccordingTo(_ tokens: [Token], _ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].lowered == "according" && tokens[index + 1].is("to")
    }

    /// Verbs that come before their speaker but never take a person as object ("said Ana Ruiz"; but
    /// "told VTV's Harbour Hour" and "chided Lindqvist" name the listener).
    private static let invertingVerbs: Set<String> = [
        "said", "says", "added", "adds", "wrote", "writes", "explained", "noted", "continued", "recalled", "concluded",
        "replied", "answered", "responded", "declared", "quipped", "insisted", "countered",
        "exclaimed", "exhorted", "remarked", "observed", "joked", "mused", "sighed", "shouted", "yelled", "recounted",
        "conceded", "acknowledged", "admitted", "agreed", "stated", "announced", "proclaimed", "argued", "asserted",
        "reads", "read",
    ]

    /// Speech verbs whose following name is the one spoken to or of ("“…,” thanked Ruiz for …", "chided
    /// Lindqvist"): never an inverted speaker.
    private static let listenerVerbs: Set<String> = [
        "thank", "thanked", "thanks", "chided", "scolded", "praised", "blasted", "slammed", "accused", "criticized", "criticised",
        "mocked", "reminded", "assured", "lectured", "teased", "needled", "hailed", "condemned", "welcomed", "urged", "pressed",
        "begged", "implored",
    ]

    private static let leading: Set<String> = [",", "—", "–", "-", ":", "(", ";"]

    /// Words that open a clause whose subject may speak: "… and Halm", "… because she".
    private static let conjunctions: Set<String> = ["and", "but", "or", "while", "because", "since", "although", "though", "that", "when", "if"]

    /// Words that open a subordinate clause, whose subject may be the speaker: "after Lindqvist told".
    private static let subordinators: Set<String> = ["after", "before", "until", "since", "when", "once", "as", "because", "while",
                                                     "though", "although", "if", "whereas", "unless"]

    /// Prepositions that take a noun phrase, not a clause: "in a later interview", "for the union".
    private static let objectPrepositions: Set<String> = ["in", "on", "at", "during", "from", "with", "by", "for", "to", "of", "about"]

    /// Words that open a relative clause after a name or description.
    private static let relativeWords: Set<String> = ["who", "whose", "which", "who's", "who’s"]

    /// A cue after the quote: `…,” Peskov said`, `…,” said Ana Ruiz, the coach`, `…” — Commissioner X`.
    static func after(_ tokens: [Token], in range: Range<Int>) -> Cue? {
        var i = range.lowerBound
        var dash = false
        while i < range.upperBound, tokens[i].kind == .punctuation, leading.contains(tokens[i].text) {
            if ["—", "–", "-"].contains(tokens[i].text) { dash = true }
            i += 1
        }
        // "Perhaps, he said": a sentence adverb before the subject.
        while i + 2 < range.upperBound, tokens[i].isWord, tokens[i].classes.contains(.clauseOpeners), tokens[i + 1].is(","), tokens[i + 2].isWord {
            i += 2
        }
        guard i < range.upperBound, tokens[i].isWord else { return nil }
        let end = range.upperBound
        if isAccordingTo(tokens, i) {
            let subject = i + 2..<phraseEnd(tokens, from: i + 2, to: end)
            return subject.isEmpty ? nil : Cue(subject: subject, verb: i, span: i..<subject.upperBound)
        }
        if isVerb(tokens, i), isParticiple(tokens[i]) {
            // "…,” saying the city …: a participle's subject opens the sentence; what follows is its object.
            return Cue(subject: i..<i, verb: i, span: i..<i + 1)
        }
        if isVerb(tokens, i), listenerVerbs.contains(tokens[i].lowered) { return nil }
        if isVerb(tokens, i) {
            // Inverted: said Ana Ruiz, the coach.
            let subjectEnd = phraseEnd(tokens, from: i + 1, to: end, stopAtPrepositions: true)
            let subject = i + 1..<subjectEnd
            var appositive: Range<Int>?
            if subjectEnd < end, tokens[subjectEnd].is(","), subjectEnd + 1 < end, tokens[subjectEnd + 1].isWord,
                !tokens[subjectEnd + 1].startsUppercase || tokens[subjectEnd + 1].classes.contains(.determiners),
                !opensQuestionedAside(tokens, at: subjectEnd + 1)
            {
                let stop = phraseEnd(tokens, from: subjectEnd + 1, to: end, stopAtPrepositions: true)
                if stop > subjectEnd + 1 { appositive = subjectEnd + 1..<stop }
            }
            if !subject.isEmpty, !looksLikeSubject(tokens, subject) {
                // "…,” said on Friday: not a speaker
                return Cue(subject: i..<i, verb: i, span: i..<i + 1, via: via(tokens, from: i + 1, to: end))
            }
            // "said Ruiz's introducer, actress Vera Sand": the role came first, the name closes the appositive.
            if let named = appositive, let owner = subject.first, tokens[owner].isPossessive || tokens[owner].classes.contains(.determiners),
                subject.count >= 2, tokens[subject.dropFirst()].allSatisfy({ $0.isWord && !$0.startsUppercase }),
                let nameStart = named.first(where: { tokens[$0].startsUppercase }), nameRunEnd(tokens, from: nameStart, to: named.upperBound) == named.upperBound,
                nameStart == named.lowerBound || nameAfterRoleWords(tokens, from: named.lowerBound, to: named.upperBound) == named.upperBound
            {
                return Cue(subject: nameStart..<named.upperBound, appositive: subject, verb: i, span: i..<named.upperBound,
                           via: via(tokens, from: named.upperBound, to: end))
            }
            return Cue(subject: subject, appositive: appositive, verb: i, span: i..<max(subjectEnd, i + 1), via: via(tokens, from: subjectEnd, to: end))
        }
        // Subject then verb: Peskov said; Dmitry Peskov, the Kremlin spokesman, told reporters.
        let opener = tokens[i]
        let namedSoon = tokens[i..<min(end, i + 6)].prefix { $0.isWord }.contains { $0.startsUppercase }
        // "… after Super Tuesday balloting in 11 states", "… of Lindqvist, whom he called": no cue opens with a preposition.
        if !opener.startsUppercase, opener.classes.contains(.prepositions) || ["of", "by", "into", "than", "over"].contains(opener.lowered) { return nil }
        if !opener.startsUppercase, !opener.classes.contains(.determiners), !opener.classes.contains(.personPronouns),
            !opener.classes.contains(.thingPronouns), !opener.classes.contains(.groupPronouns), !opener.startsWithDigit, !namedSoon
        {
            return nil  // the sentence goes on: "… would be appropriate, Ben Carson said" is read as a sentence-final cue
        }
        var j = i
        var questioned: Range<Int>?
        while j < min(end, i + 30) {
            let token = tokens[j]
            // "…,” Halm, asked about the rota, said": the aside's verb is not the cue's.
            if token.is(","), j > i, j + 2 < end, opensQuestionedAside(tokens, at: j + 1),
                let close = (j + 2..<min(end, j + 18)).first(where: { tokens[$0].is(",") })
            {
                questioned = j..<close + 1
                j = close + 1
                continue
            }
            // A party and state after a name: "Sen. Ada Voss (R-Val.) said".
            if token.is("("), let close = (j + 1..<min(end, j + 8)).first(where: { tokens[$0].is(")") }) {
                j = close + 1
                continue
            }
            // "…,” Ana Ruiz, R-Val., said": a party and state set off by commas.
            if token.is(","), j + 2 < end, let comma = (j + 2..<min(end, j + 8)).first(where: { tokens[$0].is(",") }),
                isPartyAndState(SpeakerPhrase.text(tokens[(j + 1)..<comma]))
            {
                j = comma + 1
                continue
            }
            if token.kind == .punctuation, [".", "!", "?", ";"].contains(token.text), !(token.is(".") && j > i && Sentences.isAbbreviation(tokens[j - 1])) { break }
            if token.kind == .mark {
                guard j > i, let close = titleQuote(tokens, mark: j, forward: true), close + 1 < end else { break }
                j = close + 1
                continue
            }
            if isVerb(tokens, j) {
                // "…, Petra Halm, saying": a participle after a name is no verb of that name's.
                if isParticiple(tokens[j]), !(j > i && ["is", "are", "was", "were"].contains(tokens[j - 1].lowered)) { return nil }
                // "…, said Nora Kask, an expert": an inverted cue closing the sentence, not this subject's verb.
                if j > i, tokens[j - 1].is(","), j + 1 < end, tokens[j + 1].startsUppercase, invertingVerbs.contains(tokens[j].lowered) { return nil }
                // "“… an “umpire.” Crews would continue to take tests": a verb before an infinitive speaks of no quote
                // ("she said to cheers" still does).
                if j + 2 < end, tokens[j + 1].is("to"), isBareWord(tokens[j + 2]),
                    !invertingVerbs.contains(tokens[j].lowered), !["told", "tells", "tell", "say"].contains(tokens[j].lowered)
                {
                    return nil
                }
                var subjectEnd = j
                subjectEnd = modifiersStart(tokens, before: subjectEnd, from: i)
                if let questioned, questioned.upperBound == subjectEnd { subjectEnd = questioned.lowerBound }
                if subjectDidNotSpeak(tokens, modifiers: subjectEnd..<j, verb: j) { return nil }
                if subjectEnd > i, tokens[subjectEnd - 1].is(")"), let open = (i..<subjectEnd).last(where: { tokens[$0].is("(") }) { subjectEnd = open }
                guard subjectEnd > i else { return nil }
                var (subject, appositive) = splitAppositive(tokens, i..<subjectEnd)
                // "…,” her chief of staff, Bo Lind, told": the role came first.
                if let name = appositive, name.upperBound + 1 == subjectEnd, isRoleThenName(tokens, role: subject, name: name) {
                    (subject, appositive) = (name, subject)
                }
                // "South Carolina, he said, was …": a pronoun after the comma is the subject; what comes before is the topic.
                // "the memo linking the union to the mayor, he said": so is one after a clause.
                if let pronoun = appositive, pronoun.count == 1, ["he", "she", "they"].contains(tokens[pronoun.lowerBound].lowered),
                    pronoun.upperBound == subjectEnd, subject.count <= 4 || !tokens[subject.lowerBound].startsUppercase
                {
                    (subject, appositive) = (pronoun, nil)
                }
                let lastComma = (i..<subjectEnd).last(where: { tokens[$0].is(",") })
                // "… chief Ana Ruiz and union leader Tomas Lindqvist, both Valmorans, said": "both" looks back at the pair.
                let groupAppositive = appositive.map { ["both", "all", "each"].contains(tokens[$0.lowerBound].lowered) } == true
                    && tokens[subject].contains { $0.is("and") }
                let sentenceGoesOn = !tokens[i].startsUppercase && subjectEnd - 1 != lastComma && !groupAppositive
                    && lastComma.map { tokens[($0 + 1)..<subjectEnd].contains { $0.isWord && $0.startsUppercase } } == true
                if appositive != nil, !looksLikeSubject(tokens, subject) || sentenceGoesOn, let comma = lastComma {
                    // "they need to win, union spokesman Ivo Marr said" and "the crews need, organiser Mara Lind
                    // said": the sentence went on before the cue; the subject is the last piece.
                    subject = comma + 1..<subjectEnd
                    appositive = nil
                }
                guard subject.count <= 9 || subject.count <= 16 && (endsInAffiliation(tokens, subject) || groupAppositive),
                    looksLikeSubject(tokens, subject)
                else { return nil }
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
        // The cue follows one of the sentence's last commas: "…, the Kremlin said on Friday", or an
        // inverted one with its description: "…, said Christine Link, executive director of the ACLU".
        var commasTried = 0
        for comma in range.reversed() where tokens[comma].is(",") && comma > range.lowerBound {
            commasTried += 1
            if commasTried > 3 { break }
            guard let cue = after(tokens, in: comma..<range.upperBound), cue.hasSubject, let verb = cue.verb else { continue }
            let rest = max(verb + 1, cue.appositive?.upperBound ?? cue.span.upperBound)..<range.upperBound
            let inverted = cue.subject.lowerBound > verb && tokens[verb].lowered != "according"
            if inverted, let first = cue.subject.first, tokens[first].classes.contains(.prepositions) { continue }
            let tail = inverted ? rest : (verb + 1)..<range.upperBound
            // "…, Howard Dean proclaimed to a cheering crowd at the convention on Wednesday": a tail of
            // prepositional phrases, however long, adds no clause.
            let prepositional = tail.first.map { tokens[$0].classes.contains(.prepositions) } == true
                && !tokens[tail].contains { $0.isWord && ($0.classes.contains(.clauseWords) || $0.lowered == "that") }
            if QuoteSpans.words(in: tokens[tail]) <= 4 || prepositional && tokens[verb].lowered != "according" { return cue }
        }
        return nil
    }

    /// A cue before the quote: `Peskov said: “…`, `called the decision “…`, `According to X, “…`, `Peskov: “…`.
    static func before(_ tokens: [Token], in range: Range<Int>) -> Cue? {
        guard !range.isEmpty else { return nil }
        var verb: Int?
        var index = range.upperBound - 1
        var depth = 0
        while index >= range.lowerBound {
            if tokens[index].is(")") { depth += 1 } else if tokens[index].is("(") { depth = max(0, depth - 1) }
            // "Ruiz said, and I quote, “…”": the writer's aside, not the cue.
            if depth == 0, isVerb(tokens, index) || isAccordingTo(tokens, index),
                !(tokens[index].lowered == "quote" && index > range.lowerBound && tokens[index - 1].lowered == "i")
            {
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
            // "Brandt was asked by host Bo Mahler, …, “…": the agent of a passive speech verb speaks.
            if verb + 2 < range.upperBound, tokens[verb + 1].is("by"), verb > range.lowerBound,
                ["was", "were", "is", "are", "been", "being"].contains(tokens[verb - 1].lowered)
            {
                let stop = phraseEnd(tokens, from: verb + 2, to: range.upperBound, stopAtPrepositions: true)
                if stop > verb + 2, looksLikeSubject(tokens, verb + 2..<stop) { return Cue(subject: verb + 2..<stop, verb: verb, span: verb..<stop) }
            }
            var (subject, appositive) = subjectBefore(tokens, verb: verb, from: range.lowerBound)
            if !subject.isEmpty, !looksLikeSubject(tokens, subject) { (subject, appositive) = (verb..<verb, nil) }
            // "the paradox of Nancy, says Carl Anthony, …": after a comma the verb leads its speaker.
            let invertedAfterComma = verb > range.lowerBound && tokens[verb - 1].is(",")
                && SpeakerPhrase.parse(tokens[subject], appositive: appositive.map { tokens[$0] })?.canSpeak != true
            let namedAfter = verb + 1 < range.upperBound && (tokens[verb + 1].startsUppercase
                || tokens[verb + 1].classes.contains(.personNouns) && verb + 2 < range.upperBound && tokens[verb + 2].startsUppercase)
            // said Varga: “… — but in "now said Lindqvist had “…" the name opens the reported clause.
            let stop = phraseEnd(tokens, from: verb + 1, to: range.upperBound, stopAtPrepositions: true)
            let nameEnd = nameRunEnd(tokens, from: verb + 1, to: range.upperBound)
            let after = nameEnd < range.upperBound ? tokens[nameEnd] : nil
            let nameEndsClause = after.map { !($0.isWord && !$0.startsUppercase && ($0.classes.contains(.clauseWords) || $0.lowered.hasSuffixBytes("ed"))) } ?? true
            if subject.isEmpty || invertedAfterComma, namedAfter, nameEndsClause, invertingVerbs.contains(tokens[verb].lowered) {
                return Cue(subject: verb + 1..<stop, verb: verb, span: verb..<stop)
            }
            // "Ruiz declared that any deal would demand “…”": a verb whose subject cannot speak sits inside
            // what an earlier speech verb reports.
            let speaks = SpeakerPhrase.parse(tokens[subject], appositive: appositive.map { tokens[$0] })?.canSpeak == true
            if !speaks, !isParticiple(tokens[verb]), verb > range.lowerBound,
                let earlier = before(tokens, in: range.lowerBound..<verb), earlier.hasSubject, let earlierVerb = earlier.verb,
                case let between = tokens[(earlierVerb + 1)..<verb],
                between.contains(where: { ["that", "would", "will", "could", "should", "might", "must", "can"].contains($0.lowered) }),
                !between.contains(where: { relativeWords.contains($0.lowered) || $0.is("whom") }),
                SpeakerPhrase.parse(tokens[earlier.subject], appositive: earlier.appositive.map { tokens[$0] })?.canSpeak == true
            {
                return earlier
            }
            // "Ruiz used the hearing to demand", "Halm wants to call": the infinitive's speaker is its clause's
            // subject, which the caller finds; what stands just before "to" is an object.
            if !speaks, isInfinitive(tokens, verb: verb, from: range.lowerBound) { return Cue(subject: verb..<verb, verb: verb, span: verb..<verb + 1) }
            let start = appositive.map { min($0.lowerBound, subject.lowerBound) } ?? subject.lowerBound
            return Cue(subject: subject, appositive: appositive, verb: verb, span: (subject.isEmpty ? verb : start)..<verb + 1)
        }
        // "Said Dorothy Poynter, who grew up with her, “…": a capitalised verb opening the sentence.
        if let first = range.first, tokens[first].startsUppercase, invertingVerbs.contains(tokens[first].lowered) || tokens[first].lowered == "asked",
            first + 1 < range.upperBound, tokens[first + 1].isWord, tokens[first + 1].startsUppercase
        {
            let stop = phraseEnd(tokens, from: first + 1, to: range.upperBound, stopAtPrepositions: true)
            return Cue(subject: first + 1..<stop, verb: first, span: first..<stop)
        }
        // Colon attribution: Peskov: “…
        var last = range.upperBound - 1
        while last >= range.lowerBound, tokens[last].kind == .mark { last -= 1 }
        if last >= range.lowerBound, tokens[last].is(":") {
            // "Rep. Trey Gowdy (R-S.C.):": a party and state in brackets close the name.
            if last - 1 > range.lowerBound, tokens[last - 1].is(")"),
                let open = (max(range.lowerBound, last - 9)..<last - 1).last(where: { tokens[$0].is("(") }), open > range.lowerBound,
                isPartyAndState(SpeakerPhrase.text(tokens[(open + 1)..<(last - 1)]))
            {
                last = open
            }
            var start = last
            while start > range.lowerBound, !leading.contains(tokens[start - 1].text), tokens[start - 1].kind != .mark { start -= 1 }
            var subject = start..<last
            // "The timing doesn't surprise Republican pollster Daron Shaw:": a person's name closing the clause.
            var nameStart = last
            while nameStart > start, tokens[nameStart - 1].isWord, tokens[nameStart - 1].startsUppercase { nameStart -= 1 }
            if last - nameStart >= 2, nameStart > start,
                tokens[nameStart].classes.contains(.givenName) || tokens[nameStart - 1].classes.contains(.personNouns)
            {
                var roleStart = nameStart
                while roleStart > start, tokens[roleStart - 1].isWord,
                    tokens[roleStart - 1].classes.contains(.personNouns) || tokens[roleStart - 1].startsUppercase
                {
                    roleStart -= 1
                }
                return Cue(subject: roleStart..<last, verb: nil, span: roleStart..<last)
            }
            // "Union secretary Irena Kovač put it plainly:": the name the clause opens with.
            if let stop = subject.first(where: { tokens[$0].isWord && !tokens[$0].startsUppercase && !tokens[$0].classes.contains(.personNouns) }),
                stop > start
            {
                subject = start..<(nameAfterRoleWords(tokens, from: stop, to: last) ?? stop)
            }
            if !subject.isEmpty, subject.count <= 8, tokens[start].startsUppercase { return Cue(subject: subject, verb: nil, span: start..<last) }
        }
        return nil
    }

    /// A passive labelling cue with its agent after the quote: `was labeled a “witch hunt” by Democrats`,
    /// `— often described as “reckless” by the union`. `before` is the cue found before the quote, in the same paragraph.
    static func passiveAgent(_ tokens: [Token], before: Cue?, quote: Int, after range: Range<Int>) -> Cue? {
        guard let before, let verb = before.verb, tokens[verb].lowered.hasSuffixBytes("ed"), range.count >= 2,
            tokens[range.lowerBound].is("by"), tokens[range.lowerBound + 1].isWord,
            // The quote is what the verb labels: "labeled as a “…”", not "reported in a “…”".
            tokens[(verb + 1)..<quote].allSatisfy({ $0.kind == .mark || ["as", "a", "an", "the"].contains($0.lowered) })
        else { return nil }
        var index = verb - 1
        var passive = false
        while index >= 0, tokens[index].isWord, tokens[index].classes.contains(.auxiliaries) || tokens[index].lowered.hasSuffixBytes("ly") {
            if ["is", "are", "was", "were", "been", "being", "be"].contains(tokens[index].lowered) { passive = true }
            index -= 1
        }
        // "— often labeled as …": a reduced clause after a dash or comma is passive too.
        if index >= 0, ["—", "–", ","].contains(tokens[index].text) { passive = true }
        let stop = phraseEnd(tokens, from: range.lowerBound + 1, to: range.upperBound, stopAtPrepositions: true)
        guard passive, stop > range.lowerBound + 1, looksLikeSubject(tokens, range.lowerBound + 1..<stop) else { return nil }
        return Cue(subject: range.lowerBound + 1..<stop, verb: verb, span: verb..<verb + 1)
    }

    /// The subject of the verb at `verb`: back to the clause boundary, past appositions and relative clauses.
    static func subjectBefore(_ tokens: [Token], verb: Int, from lower: Int) -> (Range<Int>, Range<Int>?) {
        var end = verb
        // "Johnson kept asking her": a participle after "kept" or "began" is the sentence's verb.
        let catenative = verb > lower && isParticiple(tokens[verb])
            && ["kept", "keeps", "keep", "began", "begins", "started", "starts", "continued", "continues"].contains(tokens[verb - 1].lowered)
        if catenative { end -= 1 }
        end = modifiersStart(tokens, before: end, from: lower)
        if subjectDidNotSpeak(tokens, modifiers: end..<verb, verb: verb) { return (verb..<verb, nil) }
        // "Holt caucused in Nevada and says": a second verb of the sentence's subject, found by the caller.
        if end > lower, tokens[end - 1].isWord, ["and", "but"].contains(tokens[end - 1].lowered) { return (verb..<verb, nil) }
        // "the campaign is claiming": a participle after "is" is the sentence's own verb.
        let progressive = catenative || tokens[end..<verb].contains { ["is", "are", "was", "were", "been", "be"].contains($0.lowered) }
        if end > lower, tokens[end - 1].is(")"), let open = (lower..<end).last(where: { tokens[$0].is("(") }) {
            end = open  // Sen. Teo Lind (Val.) has said
        }
        // "…, which he called": the subject follows the relative word.
        if end - lower >= 2, tokens[end - 1].isWord, ["which", "that", "whom", "what"].contains(tokens[end - 2].lowered),
            tokens[end - 1].classes.contains(.personPronouns) || tokens[end - 1].classes.contains(.groupPronouns)
                || tokens[end - 1].classes.contains(.thingPronouns)
        {
            return (end - 1..<end, nil)
        }
        // "…, to what aide Kevin Phillips called": role words and a name after the relative word.
        if let relative = (max(lower, end - 6)..<end).last(where: { ["what", "which", "whom", "where"].contains(tokens[$0].lowered) }),
            relative + 1 < end, !tokens[relative + 1].startsUppercase, nameAfterRoleWords(tokens, from: relative + 1, to: end + 1) == end
        {
            return (relative + 1..<end, nil)
        }
        // "…, to which O'Malley interjected", "Bannon, who Beck on Wednesday called", "what Ms. Ruiz said": a name after the relative word.
        if let relative = (max(lower, end - 5)..<end).last(where: { ["which", "whom", "who", "what", "where"].contains(tokens[$0].lowered) }),
            // not "what Ruiz said that he called a bluff": that clause is what was said, not by whom
            tokens[relative].lowered != "what" || verb + 1 < tokens.count && !tokens[verb + 1].is("that"),
            relative + 1 < end, tokens[relative + 1].startsUppercase, tokens[(relative + 1)..<end].allSatisfy({ $0.isWord || $0.is(".") })
        {
            return (relative + 1..<nameRunEnd(tokens, from: relative + 1, to: end), nil)
        }
        // "…, with Gren noting", "– Rask saying … and Lindqvist calling": the name right before a participle,
        // after "with", "and" or a dash.
        if isParticiple(tokens[verb]),
            let with = (max(lower, verb - 5)..<verb).last(where: { ["with", "and", "—", "–", "-", ";"].contains(tokens[$0].lowered) }),
            with + 1 < verb, tokens[with + 1].startsUppercase,
            case let name = with + 1..<nameRunEnd(tokens, from: with + 1, to: verb),
            (name.upperBound..<verb).allSatisfy({ tokens[$0].lowered.hasSuffixBytes("ly") })  // "with Lindqvist reportedly yelling"
        {
            return (name, nil)
        }
        // "X, who introduced a bill that would require Facebook, Google and others to …, said": skip the clause.
        if end > lower, tokens[end - 1].is(",") {
            var index = end - 2
            while index > lower {
                if tokens[index].isWord, relativeWords.contains(tokens[index].lowered), tokens[index - 1].is(",") {
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
        while index >= lower, segments.count < 6 {
            let token = tokens[index]
            // "Maris Halm — a welder from the north quay — says": a pair of dashes sets off a piece as commas
            // do, commas inside it and all; "The crews — and Halm — said": a piece that adds to the subject is
            // left out of it. Not "a jet — the 757 — and three helicopters suggests": the pair sits inside a list.
            if isDash(tokens, index), index + 1 >= end || !["and", "or"].contains(tokens[index + 1].lowered) {
                let close = tokens[index].is("-") && index > lower && tokens[index - 1].is("-") ? index - 1 : index
                if close > lower + 1, let open = (max(lower + 1, close - 16)..<close).last(where: { isDash(tokens, $0) }), open + 1 < close {
                    segments.append(index + 1..<segmentEnd)
                    if !["and", "or", "but", "not", "including"].contains(tokens[open + 1].lowered) {
                        // "— Tomas Lindqvist, who lost the vote to Ruiz —": the name, without its relative clause.
                        let relative = (open + 2..<close).first { tokens[$0].is(",") && $0 + 1 < close && relativeWords.contains(tokens[$0 + 1].lowered) }
                        segments.append(open + 1..<(relative ?? close))
                    }
                    segmentEnd = tokens[open].is("-") && tokens[open - 1].is("-") ? open - 1 : open
                    index = segmentEnd - 1
                    continue
                }
            }
            // "Sen. Ana Ruiz (R-Val.), told": a party and state inside a piece do not end it.
            if token.is(")"), let open = (max(lower, index - 8)..<index).last(where: { tokens[$0].is("(") }) {
                index = open - 1
                continue
            }
            // A title ending the piece ("star of the serial “Tides,” thanked") or inside a noun phrase ("a
            // “Save the Quay” badge") is read past; one before a name ("on “Harbour Hour,” Ruiz said") ends the piece.
            if token.kind == .mark, let open = titleQuote(tokens, mark: index, forward: false), open > lower,
                index + 1 == segmentEnd || tokens[open - 1].isWord && !tokens[open - 1].classes.contains(.prepositions) && !tokens[index - 1].is(",")
                    && tokens[index + 1].isWord && !tokens[index + 1].startsUppercase
            {
                index = open - 1
                continue
            }
            if token.kind == .mark || [",", ";", ":", "(", "—", "–"].contains(token.text) {
                segments.append(index + 1..<segmentEnd)
                if !token.is(",") { break }
                segmentEnd = index
            }
            index -= 1
        }
        if index < lower, segments.count < 6 { segments.append(lower..<segmentEnd) }
        // "…, saying she hadn't yet called": the pronoun inside a participle's clause is the verb's subject.
        if let piece = segments.first, let first = piece.first, isParticiple(tokens[first]), !isParticiple(tokens[verb]),
            let pronoun = piece.last(where: { tokens[$0].classes.contains(.personPronouns) || tokens[$0].classes.contains(.groupPronouns) }),
            tokens[(pronoun + 1)..<piece.upperBound].allSatisfy({ !$0.isWord || $0.classes.contains(.auxiliaries)
                || ["not", "never", "yet"].contains($0.lowered) || $0.lowered.hasSuffixBytes("n't") || $0.lowered.hasSuffixBytes("n’t") })
        {
            return (pronoun..<pronoun + 1, nil)
        }
        // segments[0] is next to the verb; skip relative clauses and empty pieces. A piece with a
        // speech verb of its own is another clause ("she said, adding, …"): no subject here.
        var k = 0
        while k < segments.count, segments[k].isEmpty || startsRelative(tokens, segments[k]) || isAdverb(tokens, segments[k])
            || isAgeOrHometown(tokens, segments[k]) || isCompanySuffix(tokens, segments[k])
            || k + 1 < segments.count && !segments[k + 1].isEmpty && (isAside(tokens, segments[k]) || isQuestionedAside(tokens, segments[k]))
        {
            k += 1
        }
        guard k < segments.count, !isParticiple(tokens[verb]) || progressive else { return (verb..<verb, nil) }
        // "Jon Weber, a party strategist who has feuded with Dahl, wrote", "Some dockers who backed the strike
        // now say": a noun phrase ends at its relative word.
        if let relative = segments[k].first(where: { relativeWords.contains(tokens[$0].lowered) }), relative > segments[k].lowerBound,
            relative + 1 < segments[k].upperBound, tokens[relative - 1].isWord, !tokens[relative - 1].classes.contains(.prepositions),
            !objectPrepositions.contains(tokens[relative - 1].lowered), !tokens[relative - 1].is("over"),
            // the relative word is its clause's subject ("who backed"), not its object ("which historian Ana Ruiz calls")
            case let next = tokens[relative + 1], next.isWord, !next.startsUppercase, !next.classes.contains(.determiners),
            !next.classes.contains(.personPronouns), !next.classes.contains(.groupPronouns),
            // a short clause with no subject of its own inside ("who will say whatever … he says")
            segments[k].upperBound - relative <= 10, tokens[(relative + 1)..<segments[k].upperBound].allSatisfy({ token in
                !["that", "what", "whatever", "he", "she", "they", "we", "i"].contains(token.lowered)
            })
        {
            segments[k] = segments[k].lowerBound..<relative
        }
        // "The endorsement comes three days after Lindqvist told": a name right after a subordinating word.
        if let opener = segments[k].dropLast().last(where: { tokens[$0].isWord && subordinators.contains(tokens[$0].lowered) }),
            tokens[opener + 1].startsUppercase, nameRunEnd(tokens, from: opener + 1, to: segments[k].upperBound) == segments[k].upperBound
        {
            segments[k] = opener + 1..<segments[k].upperBound
        }
        // A piece that is a clause of its own ("a woman asked for a photo and Halm"): the subject is
        // what follows its last verb or conjunction, if anything.
        if let cut = segments[k].last(where: { isVerb(tokens, $0) || tokens[$0].isWord && tokens[$0].classes.contains(.clauseWords)
            && !isSurname(tokens, $0, verb: verb, from: segments[k].lowerBound) })
        {
            let rest = (cut + 1)..<segments[k].upperBound
            // "so long that a spokesman for the union could only sigh", "before the mayor called": a person described
            // after a subordinating word.
            func describesPerson(_ range: Range<Int>) -> Bool {
                guard range.count >= 2, range.count <= 6, tokens[range.lowerBound].classes.contains(.determiners),
                    case .description(let head, _, _, _)? = SpeakerPhrase.parse(tokens[range])
                else { return false }
                return SpeechLexicon.personNouns.contains(head)
            }
            // "… called for his resignation because she believed": a conjunction opens the clause whose subject speaks.
            guard let and = rest.last(where: { conjunctions.contains(tokens[$0].lowered) || subordinators.contains(tokens[$0].lowered) }),
                and + 1 < rest.upperBound,
                // after a subordinating word only a pronoun or a name: "because she", not "that any new deal under her watch"
                ["and", "but", "or", "while"].contains(tokens[and].lowered) || tokens[and + 1].startsUppercase && conjunctions.contains(tokens[and].lowered)
                    || and + 2 == rest.upperBound && tokens[and + 1].classes.contains(.personPronouns) && conjunctions.contains(tokens[and].lowered)
                    || describesPerson(and + 1..<rest.upperBound)
            else {
                // "The deal was an investment he concludes …": a pronoun right after a noun is the subject.
                if let pronoun = trailingPronoun(tokens, rest) { return (pronoun, nil) }
                return (verb..<verb, nil)
            }
            segments[k] = (and + 1)..<rest.upperBound
        }
        var subject = trimPreposition(tokens, segments[k])
        // "an offer the union called …": a new noun phrase starts at a determiner after a noun.
        if let restart = subject.dropFirst().last(where: { tokens[$0].classes.contains(.determiners) && tokens[$0 - 1].isWord
            && !tokens[$0 - 1].startsUppercase && !["for", "of", "at", "to", "with", "from", "in", "on", "by", "and", "or"].contains(tokens[$0 - 1].lowered)
            && !tokens[$0 - 1].classes.contains(.determiners) })
        {
            subject = restart..<subject.upperBound
        }
        if let pronoun = trailingPronoun(tokens, subject) { subject = pronoun }
        var appositive: Range<Int>?
        // "Peskov, the Kremlin spokesman, said": a description closed by a comma before the verb, after a name.
        let closedByComma = segments[k].upperBound < verb
            && (tokens[segments[k].upperBound].is(",") || isDash(tokens, segments[k].upperBound)
                || relativeWords.contains(tokens[segments[k].upperBound].lowered))
            // "Sand, star of the serial “Tides,” thanked": the comma inside a title's closing mark
            || segments[k].count >= 2 && tokens[segments[k].upperBound - 1].kind == .mark && tokens[segments[k].upperBound - 2].is(",")
        // "…, but in a later interview said": the object of a preposition, running into the verb, did not speak.
        if !closedByComma, subject.lowerBound > segments[k].lowerBound,
            objectPrepositions.contains(tokens[subject.lowerBound - 1].lowered),
            tokens[subject.lowerBound].classes.contains(.determiners), tokens[subject].allSatisfy({ !$0.isWord || !$0.startsUppercase })
        {
            return (verb..<verb, nil)
        }
        // Without the closing comma ("Sam Lau, the party's spokesman said") only when a given name opens the piece before.
        if k + 1 < segments.count, let first = subject.first, tokens[first].isWord,
            tokens[first].classes.contains(.determiners) || !tokens[first].startsUppercase
                // "Petra Halm, Ruiz's partner and co-host, told"
                || tokens[first].isPossessive && closedByComma && !tokens[segments[k + 1].lowerBound].classes.contains(.prepositions)
                // "Ana Lund, Valmora director for the campaign, said"
                || tokens[subject].contains(where: { $0.isWord && !$0.startsUppercase && $0.classes.contains(.personNouns) }),
            !tokens[first].classes.contains(.personPronouns), !tokens[first].classes.contains(.thingPronouns),
            case let previous = dropAge(tokens, trimPreposition(tokens, segments[k + 1])), !previous.isEmpty, previous.count <= 6,
            tokens[previous.lowerBound].startsUppercase, tokens[previous.upperBound - 1].startsUppercase,
            closedByComma || tokens[previous.lowerBound].classes.contains(.givenName)
        {
            appositive = subject
            subject = previous
        }
        // "Her spokesman, Tomas Lindqvist, said": the sentence opens with the role, then the name set off by commas.
        if appositive == nil, closedByComma, k + 2 == segments.count, segments[k + 1].lowerBound == lower,
            isRoleThenName(tokens, role: segments[k + 1], name: subject)
        {
            appositive = segments[k + 1]
        }
        // "Geoff Garin, a pollster who works with Priorities USA, a super PAC, said": a description of the last
        // name in a description goes back to the first name, the one the sentence is about.
        if appositive == nil, let first = subject.first, tokens[first].classes.contains(.determiners), !tokens[first].startsUppercase,
            let named = segments.indices.dropFirst(k + 2).prefix(2).first(where: { j in
                let name = trimPreposition(tokens, segments[j])
                guard !name.isEmpty, name.count <= 6, tokens[name.lowerBound].startsUppercase, tokens[name.upperBound - 1].startsUppercase,
                    let opener = segments[j - 1].first, tokens[opener].isWord
                else { return false }
                return tokens[opener].classes.contains(.determiners) && !tokens[opener].startsUppercase
                    && segments[j - 1].contains { relativeWords.contains(tokens[$0].lowered) }
            })
        {
            appositive = segments[named - 1]
            subject = trimPreposition(tokens, segments[named])
        }
        if let last = subject.last, tokens[last].is(")"), let open = subject.last(where: { tokens[$0].is("(") }), open > subject.lowerBound {
            subject = subject.lowerBound..<open
        }
        guard subject.count <= 12 else { return (verb..<verb, nil) }
        return (subject, appositive)
    }

    /// Where the words between a subject and its verb begin: auxiliaries ("has also"), adverbs in -ly
    /// ("Lind gingerly said") and times ("Falk later Thursday told", "Lindqvist on Saturday tweeted").
    /// Returns `verb` when nothing stands between them.
    static func modifiersStart(_ tokens: [Token], before verb: Int, from lower: Int) -> Int {
        var end = verb
        while end > lower, tokens[end - 1].isWord {
            let word = tokens[end - 1]
            if word.classes.contains(.auxiliaries) && !isSurname(tokens, end - 1, verb: verb, from: lower) || isMannerAdverb(tokens, end - 1) {
                end -= 1
            } else if let start = timePhraseStart(tokens, endingAt: end - 1, from: lower), start > lower,
                !(tokens[start - 1].isWord && !tokens[start - 1].startsUppercase && tokens[start - 1].lowered.hasSuffixBytes("ed"))
            {
                end = start
            } else if let start = asideStart(tokens, endingAt: end - 1, from: lower) {
                end = start
            } else {
                break
            }
        }
        return end
    }

    /// The start of a short circumstance between a name and its verb: "Ruiz *during a Sunday rally* thanked",
    /// "Halm *in a radio interview* said", "Ruiz *at the time* said". Only after a capitalised word and only
    /// with an indefinite or possessive article: "the crews in the hall said" keeps its place.
    private static func asideStart(_ tokens: [Token], endingAt index: Int, from lower: Int) -> Int? {
        let bound = max(lower + 1, index - 4)
        for preposition in stride(from: index - 1, through: bound, by: -1) {
            guard tokens[preposition].isWord, tokens[preposition - 1].isWord else { return nil }
            let word = tokens[preposition].lowered
            guard ["during", "in", "at"].contains(word) else { continue }
            let article = tokens[preposition + 1].lowered
            let atTheTime = word == "at" && article == "the" && preposition + 2 == index && tokens[index].is("time")
            guard atTheTime || ["a", "an", "his", "her", "their", "its"].contains(article) else { return nil }
            guard tokens[preposition - 1].startsUppercase, !tokens[preposition - 1].classes.contains(.determiners),
                tokens[(preposition + 1)...index].allSatisfy({ $0.isWord })
            else { return nil }
            return preposition
        }
        return nil
    }

    /// "port experts Ana Ruiz and Petra Halm of Valmora's Institute for Harbour Studies": a long subject
    /// whose length is a named body after "of".
    private static func endsInAffiliation(_ tokens: [Token], _ subject: Range<Int>) -> Bool {
        guard let of = subject.first(where: { tokens[$0].is("of") }), of - subject.lowerBound <= 8, of + 1 < subject.upperBound else { return false }
        return tokens[(of + 1)..<subject.upperBound].allSatisfy { $0.startsUppercase || ["for", "of", "the", "and", "on"].contains($0.lowered) }
    }

    /// "George Will wrote", "Will said": a capitalised auxiliary that is a name — after another capitalised
    /// word, or before a verb no modal takes (a past or -s form).
    private static func isSurname(_ tokens: [Token], _ index: Int, verb: Int, from lower: Int) -> Bool {
        guard tokens[index].startsUppercase else { return false }
        if index > lower, tokens[index - 1].isWord, tokens[index - 1].startsUppercase { return true }
        let verbForm = tokens[verb].lowered
        return index + 1 == verb && (verbForm.hasSuffixBytes("ed") || verbForm.hasSuffixBytes("s") || ["said", "wrote", "told"].contains(verbForm))
    }

    /// A lower-case word in -ly after a word that is not a determiner: "gingerly", "emphatically" (not
    /// "an ally", "the family", "a rally").
    private static func isMannerAdverb(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index]
        guard word.isWord, !word.startsUppercase, word.lowered.count >= 6, word.lowered.hasSuffixBytes("ly"),
            !["family", "assembly", "monopoly", "anomaly", "supply", "weekly", "monthly", "quarterly"].contains(word.lowered)
        else { return false }
        return index == 0 || !(tokens[index - 1].classes.contains(.determiners) || tokens[index - 1].isPossessive)
    }

    /// The start of a time phrase ending at `index`: "Thursday", "on Saturday", "Monday night", "last week", "today".
    private static func timePhraseStart(_ tokens: [Token], endingAt index: Int, from lower: Int) -> Int? {
        var start = index
        let word = tokens[index].lowered
        if ["night", "morning", "afternoon", "evening"].contains(word), start > lower, TextScanning.weekdays.contains(tokens[start - 1].lowered) {
            start -= 1
        } else if ["week", "weekend", "month", "year", "night"].contains(word), start > lower, ["last", "this", "next"].contains(tokens[start - 1].lowered) {
            return start - 1
        } else if ["today", "yesterday", "tonight"].contains(word), !tokens[index].startsUppercase {
            return start
        }
        // Whole weekday names only: "The Baltimore Sun said" names a paper.
        guard tokens[start].lowered.count >= 6, TextScanning.weekdays.contains(tokens[start].lowered), tokens[start].startsUppercase else { return nil }
        if start > lower, tokens[start - 1].is("on") { return start - 1 }
        // A bare weekday only after "later" or "earlier" ("Falk later Thursday told"), or with its part of
        // the day: "Super Tuesday states" and "a report released Thursday says" keep theirs.
        let leads = start > lower && ["later", "earlier"].contains(tokens[start - 1].lowered)
        return leads || start < index ? start : nil
    }

    /// "an investment he concludes": a subject pronoun after a noun opens a clause of its own, and is
    /// the verb's subject. Returns the pronoun's range, or `nil` when `range` does not end in one.
    private static func trailingPronoun(_ tokens: [Token], _ range: Range<Int>) -> Range<Int>? {
        guard range.count >= 2, let last = range.last, ["he", "she", "they", "we"].contains(tokens[last].lowered),
            tokens[last - 1].isWord, !tokens[last - 1].startsUppercase, !isVerb(tokens, last - 1)
        else { return nil }
        return last..<last + 1
    }

    /// "The staff were told", "Lindqvist was asked": a passive "told" or "asked", whose subject is the listener.
    static func isPassiveListener(_ tokens: [Token], verb: Int, from lower: Int) -> Bool {
        isPassive(tokens, modifiers: modifiersStart(tokens, before: verb, from: lower)..<verb, verb: verb)
    }

    /// A passive speech verb: "were told", "was asked" (the subject listened), "was described", "was announced" (the
    /// subject is what was spoken of) — but not "was quoted", whose subject did speak.
    private static func isPassive(_ tokens: [Token], modifiers: Range<Int>, verb: Int) -> Bool {
        let word = tokens[verb].lowered
        return (["told", "asked"].contains(word) || word.hasSuffixBytes("ed") && word != "quoted")
            && tokens[modifiers].contains { ["was", "were", "is", "are", "been", "being", "be"].contains($0.lowered) }
    }

    /// True when the words between a subject and its speech verb (`modifiers`) say the subject did not speak:
    /// speech wished for or denied ("We should ask", "Comey cannot say"), or a passive "told" or "asked",
    /// whose subject is the listener ("The staff were told").
    private static func subjectDidNotSpeak(_ tokens: [Token], modifiers: Range<Int>, verb: Int) -> Bool {
        tokens[modifiers].contains { hypotheticalModals.contains($0.lowered) } || isPassive(tokens, modifiers: modifiers, verb: verb)
    }

    /// A lower-case word that opens no noun phrase: after "to", the verb of an infinitive ("to take"), not
    /// a listener ("to reporters", "to the crowd", "to her").
    private static func isBareWord(_ token: Token) -> Bool {
        token.isWord && !token.startsUppercase && !token.startsWithDigit && !token.classes.contains(.determiners)
            && !token.classes.contains(.personNouns) && !token.classes.contains(.personPronouns) && !token.classes.contains(.groupPronouns)
            && !token.classes.contains(.thingPronouns) && !token.classes.contains(.organisationNouns) && !token.classes.contains(.mediumNouns)
            && !["him", "her", "them", "us", "me", "himself", "herself", "themselves", "reporters"].contains(token.lowered)
    }

    /// A speech verb after "to" whose speaker is its clause's subject — not after a verb that hands the
    /// infinitive to its object ("led her to declare", "required staffers to promise"), nor in "from state to state".
    private static func isInfinitive(_ tokens: [Token], verb: Int, from lower: Int) -> Bool {
        let end = modifiersStart(tokens, before: verb, from: lower)
        guard end > lower + 1, tokens[end - 1].is("to"), !isParticiple(tokens[verb]), tokens[end - 2].lowered != tokens[verb].lowered else { return false }
        return !(max(lower, end - 5)..<end - 2).contains { objectControlVerbs.contains(tokens[$0].lowered) }
    }

    /// Verbs whose object, not their subject, does what the infinitive after it says: "led her to declare".
    private static let objectControlVerbs: Set<String> = [
        "led", "leads", "required", "requires", "forced", "forces", "asked", "asks", "allowed", "allows", "encouraged",
        "encourages", "persuaded", "pushed", "prompted", "prompts", "invited", "invites", "caused", "got", "told", "tells",
        "expected", "expects", "inspired", "compelled", "pressured",
    ]

    /// Modals after which a speech verb reports no speech: "should ask", "cannot say".
    private static let hypotheticalModals: Set<String> = ["can", "cannot", "should", "must", "shall"]

    /// A name, a pronoun alone, or a short description — not a clause.
    static func looksLikeSubject(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        // "… in Ostby, D.C., and boast": a state's abbreviation after a town never speaks.
        if range.count <= 2, tokens[first].lowered == "d.c" || Lexicon.stateAbbreviations.contains(tokens[first].lowered)
            && first + 1 < tokens.count && tokens[first + 1].is(".") && tokens[first].text.utf8.count <= 5
        {
            return false
        }
        if range.count == 1, tokens[first].isWord, !tokens[first].startsUppercase {
            let word = tokens[first].lowered
            return SpeechLexicon.personPronouns.contains(word) || SpeechLexicon.groupPronouns.contains(word)
                || SpeechLexicon.thingPronouns.contains(word) || word.hasSuffixBytes("s")  // officials, analysts
        }
        // "was", "will" make a clause — but "Will Doyle", "George Will" and "Will wrote" name someone.
        if range.contains(where: { tokens[$0].isWord && tokens[$0].classes.contains(.clauseWords)
            && !(tokens[$0].startsUppercase && $0 + 1 < range.upperBound && tokens[$0 + 1].startsUppercase)
            && !(range.upperBound < tokens.count && isSurname(tokens, $0, verb: range.upperBound, from: range.lowerBound)) })
        {
            return false
        }
        let opener = tokens[first]
        // "Nothing the mayor said …": what was said, not who said it.
        if range.count > 1, ["nothing", "everything", "anything", "something", "what", "whatever"].contains(opener.lowered) { return false }
        if opener.isWord, !opener.startsUppercase, !opener.classes.contains(.determiners), !opener.classes.contains(.personNouns) {
            guard let named = range.first(where: { tokens[$0].startsUppercase }) else {
                return tokens[range.upperBound - 1].classes.contains(.personNouns)  // "senior officials"
            }
            // "former governor Jon Ostby" and "treasurer for Rolf Rehn's campaign" lead to a name or hold a
            // role; "arrived at a Tuesday breakfast" is a clause.
            guard let link = (first..<named).first(where: { tokens[$0].classes.contains(.prepositions) || tokens[$0].classes.contains(.determiners) })
            else { return true }
            return (first..<link).contains { tokens[$0].classes.contains(.personNouns) || tokens[$0].classes.contains(.organisationNouns) }
        }
        return true
    }

    /// ", predictably, ": an aside between a subject and its verb.
    private static func isAdverb(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.count == 1 && tokens[range.lowerBound].isWord && !tokens[range.lowerBound].startsUppercase && tokens[range.lowerBound].lowered.hasSuffixBytes("ly")
    }

    /// "Lindqvist, in Ostby, said", "Aalto's campaign, for example, said": a short prepositional phrase or
    /// sentence adverb set off between a subject and its verb.
    static func isAside(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        // Set off by commas on both sides: "after CNBC's Becky Quick said" is a clause, not an aside.
        guard let first = range.first, tokens[first].isWord, !tokens[first].startsUppercase,
            range.upperBound < tokens.count, tokens[range.upperBound].is(",")
        else { return false }
        if range.count == 1 { return tokens[first].classes.contains(.clauseOpeners) && !["and", "but", "or", "so", "yet"].contains(tokens[first].lowered) }
        guard tokens[first].classes.contains(.prepositions), tokens[first].lowered != "while",
            !tokens[range].contains(where: { $0.isWord && ($0.classes.contains(.clauseWords) || relativeWords.contains($0.lowered)) })
        else { return false }
        // "at a consulting firm called Harbour Metrics": a participle that names, not a verb, and a longer aside.
        var naming = false
        for index in range where isVerb(tokens, index) {
            guard ["called", "named", "dubbed"].contains(tokens[index].lowered), index > first, !tokens[index - 1].startsUppercase,
                index + 1 < range.upperBound, tokens[index + 1].startsUppercase
            else { return false }
            naming = true
        }
        return QuoteSpans.words(in: tokens[range]) <= (naming ? 8 : 5)
    }

    /// Verbs of being put a question to: "Ruiz, asked about the rota, said".
    private static let questionedVerbs: Set<String> = [
        "asked", "pressed", "questioned", "challenged", "confronted", "quizzed", "queried", "interviewed", "reached", "contacted",
    ]

    /// "Ruiz, asked about the rota, said", "Halm, when pressed on the vote, replied": a passive aside set off
    /// by commas, saying what the speaker was asked; the verb after it is still the speaker's.
    static func isQuestionedAside(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let first = range.first, range.upperBound < tokens.count, tokens[range.upperBound].is(","), range.count <= 16 else { return false }
        return opensQuestionedAside(tokens, at: first)
    }

    /// Whether the words at `index` open such an aside: "asked about …", "when pressed on …".
    private static func opensQuestionedAside(_ tokens: [Token], at index: Int) -> Bool {
        var index = index
        if index < tokens.count, ["when", "while", "after", "if", "once", "before"].contains(tokens[index].lowered) { index += 1 }
        return index < tokens.count && questionedVerbs.contains(tokens[index].lowered)
    }

    /// "wearing a “Save the Quay” badge", "star of the serial “Tides,”": a short title in quotes inside the
    /// words of a cue, to read past as words. From the mark at `index` (an opening mark when `forward`, a
    /// closing one otherwise), the index of the mark at the title's other end.
    static func titleQuote(_ tokens: [Token], mark index: Int, forward: Bool) -> Int? {
        guard tokens[index].kind == .mark else { return nil }
        var j = index
        var words = 0
        var firstWord: Token?
        while true {
            j += forward ? 1 : -1
            guard j >= 0, j < tokens.count, words <= 6 else { return nil }
            let token = tokens[j]
            if token.kind == .mark { break }
            if token.isWord {
                // Capitalised words, numbers and short linking words ("the", "of"): a title, not a sentence.
                guard token.startsUppercase || token.startsWithDigit || token.lowered.utf8.count <= 3 else { return nil }
                words += 1
                if !forward || firstWord == nil { firstWord = token }  // the title's first word, whichever way we read
            } else if ![",", "-", "&", "'", "’"].contains(token.text) {
                return nil
            }
        }
        guard words >= 1, words <= 6, firstWord?.startsUppercase == true || firstWord?.startsWithDigit == true else { return nil }
        return j
    }

    /// A dash, or the "--" typed for one (a hyphen with a space before it, or after another).
    static func isDash(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation else { return false }
        return token.is("—") || token.is("–") || token.is("―") || token.is("-") && (token.spaceBefore || index > 0 && tokens[index - 1].is("-"))
    }

    static func isParticiple(_ token: Token) -> Bool { token.lowered.hasSuffixBytes("ing") }

    /// Where a name ends when role words lead to it from `start`: "Democratic *presidential candidate
    /// Ove Brandt*", "Harbour *master Tomas Lindqvist*"; nil when no name follows within four words.
    static func nameAfterRoleWords(_ tokens: [Token], from start: Int, to end: Int) -> Int? {
        var look = start
        while look < min(end, start + 4), tokens[look].is("-") || tokens[look].isWord && !tokens[look].startsUppercase
            && !isVerb(tokens, look) && !tokens[look].classes.contains(.clauseWords) && !WordForms.stopwords.contains(tokens[look].lowered)
        {
            look += 1
        }
        // The word before the name is the role's head ("candidate", "front-runner"), not a verb ("Lindqvist attacked Ruiz").
        guard look > start, look < end, tokens[look].isWord, tokens[look].startsUppercase,
            tokens[look - 1].classes.contains(.personNouns) || !tokens[look - 1].lowered.hasSuffixBytes("ed") && !tokens[look - 1].classes.contains(.verbs)
        else { return nil }
        return nameRunEnd(tokens, from: look, to: end)
    }

    /// Where a run of capitalised words from `start` ends; titles and initials keep their periods
    /// ("Sen. Ove Brandt", "Jill A. Martin").
    static func nameRunEnd(_ tokens: [Token], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, tokens[index].isWord && tokens[index].startsUppercase
            || index > start && tokens[index].is(".") && Sentences.isAbbreviation(tokens[index - 1]) && index + 1 < end && tokens[index + 1].startsUppercase
        {
            index += 1
        }
        return index
    }

    /// A party and state as US papers write them after a name: "R-Val.", "D-N.Y.", "I-Vt".
    static func isPartyAndState(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 4, scalars.count <= 10, "RDI".unicodeScalars.contains(scalars[0]), scalars[1] == "-",
            scalars[2].properties.isUppercase
        else { return false }
        return scalars[3...].allSatisfy { $0.properties.isAlphabetic || $0 == "." }
    }

    /// "Cory James, 22, of Flint, Mich., said": the age, the town and the state between a name and its verb.
    private static func isAgeOrHometown(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let words = tokens[range].filter { !$0.is(".") }
        guard let first = words.first else { return false }
        if range.count <= 6, ["r", "d", "i"].contains(tokens[range.lowerBound].lowered.prefix(1)), isPartyAndState(SpeakerPhrase.text(tokens[range])) {
            return true
        }
        if words.count == 1 { return first.startsWithDigit || first.startsUppercase && Lexicon.stateAbbreviations.contains(first.lowered) }
        // "Lena Storm, Republican of Valmora, said": a party and state spelt out.
        if words.count <= 5, ["republican", "democrat", "democratic", "independent"].contains(first.lowered), words[1].is("of"),
            words.dropFirst(2).allSatisfy(\.startsUppercase)
        {
            return true
        }
        return ["of", "from"].contains(first.lowered) && words.count <= 4 && words.dropFirst().allSatisfy(\.startsUppercase)
    }

    private static func startsRelative(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let word = tokens[range.lowerBound].lowered
        return ["who", "which", "whose", "whom", "where"].contains(word) || word.hasSuffixBytes("ing") && !tokens[range.lowerBound].startsUppercase
    }

    /// "In a statement the ministry" → "the ministry": drops a leading prepositional phrase.
    private static func trimPreposition(_ tokens: [Token], _ range: Range<Int>) -> Range<Int> {
        var range = range
        while let first = range.first, tokens[first].isWord, tokens[first].classes.contains(.clauseOpeners) { range = range.dropFirst() }
        if let first = range.first, isApproximateQuantity(tokens, first, in: range) { return range }
        guard let first = range.first, case let word = tokens[first].lowered, objectPrepositions.contains(word) || word == "after" || word == "before"
        else { return range }
        // "in what Bay Buchanan, …, called": the name after the relative word.
        if first + 2 < range.upperBound, ["what", "which", "whom"].contains(tokens[first + 1].lowered), tokens[first + 2].startsUppercase {
            return (first + 2)..<range.upperBound
        }
        if let determiner = range.dropFirst().last(where: { tokens[$0].isWord && ["the", "a", "an"].contains(tokens[$0].lowered) }),
            determiner > first + 1 || range.count > 3
        {
            return determiner..<range.upperBound
        }
        return range.upperBound..<range.upperBound
    }

    /// "81-year-old Maris Halm": the name without the age before it.
    private static func dropAge(_ tokens: [Token], _ range: Range<Int>) -> Range<Int> {
        guard let first = range.first, tokens[first].startsWithDigit, tokens[first].lowered.hasSuffixBytes("year-old") else { return range }
        return range.dropFirst()
    }

    /// Words that count people: "four in 10 voters", "half of the crews", "a third of dockers".
    private static let quantityWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands",
        "half", "third", "quarter", "fifth", "most", "many", "some",
    ]

    /// "About four in 10 voters", "At least half of the crews", "Nearly 40 percent": a quantity led by a word
    /// that is otherwise a preposition, not a prepositional phrase.
    private static func isApproximateQuantity(_ tokens: [Token], _ index: Int, in range: Range<Int>) -> Bool {
        var next = index + 1
        switch tokens[index].lowered {
        case "about", "around", "nearly", "almost", "roughly", "over", "under", "some": break
        case "at" where next + 1 < range.upperBound && tokens[next].is("least"): next += 1
        case "more", "fewer", "less" where next + 1 < range.upperBound && tokens[next].is("than"): next += 1
        default: return false
        }
        if next < range.upperBound, tokens[next].is("a") { next += 1 }  // "about a third of"
        return next < range.upperBound && (tokens[next].startsWithDigit || quantityWords.contains(tokens[next].lowered))
    }

    /// Splits `Name, the role,` inside a subject found after a quote.
    private static func splitAppositive(_ tokens: [Token], _ range: Range<Int>) -> (Range<Int>, Range<Int>?) {
        // "Maris Halm — a welder from the north quay —": a dash sets the description off as a comma does.
        guard let comma = range.firstIndex(where: { tokens[$0].is(",") || isDash(tokens, $0) }) else { return (range, nil) }
        var name = range.lowerBound..<comma
        if tokens[name].last?.is(")") == true, let open = name.last(where: { tokens[$0].is("(") }), open > name.lowerBound {
            name = name.lowerBound..<open  // Sen. Erik J. Holm (D-Val.), …
        }
        var rest = comma + 1..<range.upperBound
        while let first = rest.first, tokens[first].is("-") { rest = rest.dropFirst() }
        while let last = rest.last, !tokens[last].isWord { rest = rest.dropLast() }
        if rest.isEmpty || startsRelative(tokens, rest) || isParticiple(tokens[rest.lowerBound]) || isPartyAndState(SpeakerPhrase.text(tokens[rest]))
        {
            return (name, nil)
        }
        if let second = rest.firstIndex(where: { tokens[$0].is(",") || isDash(tokens, $0) }) { rest = rest.lowerBound..<second }
        return (name, rest)
    }

    /// ", Inc.," after a company's name: part of the name, not a piece of its own.
    private static func isCompanySuffix(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var word: Token?
        for token in tokens[range] where token.isWord {
            if word != nil { return false }
            word = token
        }
        return word.map { companySuffixes.contains($0.lowered) } ?? false
    }

    private static let companySuffixes: Set<String> = ["inc", "ltd", "llc", "corp", "plc"]

    /// A role set off before a short name, as in "Her spokesman, Tomas Lindqvist," or "Mayor Ana Ruiz's chief
    /// of staff, Bo Lind,": a determiner or an owner's name, then lower-case words naming a person's job.
    static func isRoleThenName(_ tokens: [Token], role: Range<Int>, name: Range<Int>) -> Bool {
        guard let first = name.first, tokens[first].startsUppercase, !tokens[first].classes.contains(.determiners), name.count <= 4,
            tokens[name].allSatisfy({ !$0.isWord || $0.startsUppercase }), (2...10).contains(role.count),
            let owner = tokens[role].firstIndex(where: \.isPossessive).map({ $0 + 1 })
                ?? (tokens[role.lowerBound].classes.contains(.determiners) ? role.lowerBound + 1 : nil),
            owner < role.upperBound, owner - role.lowerBound <= 5,
            tokens[role.lowerBound..<owner].allSatisfy({ $0.isWord && ($0.startsUppercase || $0.classes.contains(.determiners)) || $0.is(".") })
                || tokens[role.lowerBound].classes.contains(.determiners) && tokens[role.lowerBound..<owner].allSatisfy(\.isWord),
            tokens[owner..<role.upperBound].allSatisfy({ $0.isWord && !$0.startsUppercase })
        else { return false }
        // "spokesman", or a person's noun with its field: "chief of staff", "director of communications"
        return tokens[role.upperBound - 1].classes.contains(.personNouns)
            || tokens[owner..<role.upperBound].contains { $0.classes.contains(.personNouns) } && tokens[role].contains { $0.is("of") }
    }

    /// Words that end an inverted speaker's name wherever they come ("said Lindqvist *in* a statement").
    private static let phraseStops: Set<String> = ["in", "on", "during", "while", "after", "before", "when", "as", "that", "this", "last", "whether", "if", "why", "how"]

    /// Where a name or description stops: punctuation, a quote mark, or (when asked) a preposition.
    private static func phraseEnd(_ tokens: [Token], from start: Int, to end: Int, stopAtPrepositions: Bool = false) -> Int {
        var index = start
        while index < end {
            let token = tokens[index]
            if token.kind == .mark || token.kind == .punctuation && [",", ".", ";", ":", "!", "?", "—", "–", "("].contains(token.text)
                && !(token.is(".") && index > start && Sentences.isAbbreviation(tokens[index - 1]))
            {
                break
            }
            if stopAtPrepositions, index > start, token.isWord {
                // "said Lindqvist in a statement" stops at "in"; "said a person close to the Halms" runs on.
                if phraseStops.contains(token.lowered) || ["to", "at", "about"].contains(token.lowered) && tokens[start].startsUppercase { break }
            }
            if index > start, isVerb(tokens, index) { break }
            // "said a Mexican official who was not authorized to speak": the relative clause is not the name.
            if index > start, token.isWord, relativeWords.contains(token.lowered) { break }
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
            if tokens[index].classes.contains(.mediumNouns), index > range.lowerBound {
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
                while end < range.upperBound, tokens[end].isWord, tokens[end].classes.contains(.mediumNouns) { end += 1 }
                return SpeakerPhrase.text(tokens[start..<end])
            }
            index += 1
        }
        return nil
    }
}
