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
    private static let leading: Set<String> = [",", "—", "–", "-", ":", "(", ";"]

    /// Words that open a clause whose subject may speak: "… and Halm", "… because she".
    static let conjunctions: Set<String> = ["and", "but", "or", "while", "because", "since", "although", "though", "that", "when", "if"]

    /// Words that open a subordinate clause, whose subject may be the speaker: "after Lindqvist told".
    static let subordinators: Set<String> = ["after", "before", "until", "since", "when", "once", "as", "because", "while",
                                                     "though", "although", "if", "whereas", "unless"]

    /// Prepositions that take a noun phrase, not a clause: "in a later interview", "for the union".
    static let objectPrepositions: Set<String> = ["in", "on", "at", "during", "from", "with", "by", "for", "to", "of", "about"]

    /// Words that open a relative clause after a name or description.
    static let relativeWords: Set<String> = ["who", "whose", "which", "who's", "who’s"]

    /// A cue after the quote: `…,” Peskov said`, `…,” said Ana Ruiz, the coach`, `…” — Commissioner X`.
    static func after(_ tokens: [Token], in range: Range<Int>) -> Cue? {
        var i = range.lowerBound
        var dash = false
        while i < range.upperBound, tokens[i].kind == .punctuation, leading.contains(tokens[i].text) {
            if tokens[i].text.isOne(of: ["—", "–", "-"]) { dash = true }
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
            // "said Kiri Halm, 34, a crane operator": the description comes after the age.
            let described = describedAfterAge(tokens, at: subjectEnd + 1, to: end)
            if subjectEnd < end, tokens[subjectEnd].is(","), described < end, tokens[described].isWord,
                !tokens[described].startsUppercase || tokens[described].classes.contains(.determiners),
                !opensQuestionedAside(tokens, at: described)
            {
                let stop = phraseEnd(tokens, from: described, to: end, stopAtPrepositions: true)
                if stop > described { appositive = described..<stop }
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
            // "said the union's lawyer, Petra Halm": a role, then the name set off by a comma.
            if appositive == nil, subjectEnd + 1 < end, tokens[subjectEnd].is(","), tokens[subjectEnd + 1].startsUppercase,
                case let nameEnd = nameRunEnd(tokens, from: subjectEnd + 1, to: end),
                nameEnd == end || !tokens[nameEnd].isWord, isRoleThenName(tokens, role: subject, name: subjectEnd + 1..<nameEnd)
            {
                return Cue(subject: subjectEnd + 1..<nameEnd, appositive: subject, verb: i, span: i..<nameEnd, via: via(tokens, from: nameEnd, to: end))
            }
            return Cue(subject: subject, appositive: appositive, verb: i, span: i..<max(subjectEnd, i + 1), via: via(tokens, from: subjectEnd, to: end))
        }
        // Subject then verb: Peskov said; Dmitry Peskov, the Kremlin spokesman, told reporters.
        let opener = tokens[i]
        let namedSoon = tokens[i..<min(end, i + 6)].prefix { $0.isWord }.contains { $0.startsUppercase }
        // "… after Super Tuesday balloting in 11 states", "… of Lindqvist, whom he called": no cue opens with a preposition.
        if !opener.startsUppercase, opener.classes.contains(.prepositions) || opener.lowered.isOne(of: ["of", "by", "into", "than", "over"]) { return nil }
        // "…,” officials said", "…,” harbour officials told": people in the plural, then the verb.
        func people() -> Bool {
            guard let head = (i..<min(end, i + 3)).first(where: { tokens[$0].isWord && tokens[$0].classes.contains(.personNouns) }) else { return false }
            return tokens[i...head].allSatisfy { $0.isWord && !$0.startsUppercase } && head + 1 < end && isVerb(tokens, head + 1)
        }
        if !opener.startsUppercase, !opener.classes.contains(.determiners), !opener.classes.contains(.personPronouns),
            !opener.classes.contains(.thingPronouns), !opener.classes.contains(.groupPronouns), !opener.startsWithDigit, !namedSoon, !people()
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
            if token.kind == .punctuation, token.text.isOne(of: [".", "!", "?", ";"]), !(token.is(".") && j > i && Sentences.isAbbreviation(tokens[j - 1])) { break }
            if token.kind == .mark {
                guard j > i, let close = titleQuote(tokens, mark: j, forward: true), close + 1 < end else { break }
                j = close + 1
                continue
            }
            if isVerb(tokens, j) {
                // "…, Petra Halm, saying": a participle after a name is no verb of that name's.
                if isParticiple(tokens[j]), !(j > i && tokens[j - 1].lowered.isOne(of: ["is", "are", "was", "were"])) { return nil }
                // "…, said Nora Kask, an expert": an inverted cue closing the sentence, not this subject's verb.
                if j > i, tokens[j - 1].is(","), j + 1 < end, tokens[j + 1].startsUppercase, invertingVerbs.contains(tokens[j].lowered) { return nil }
                // "“… an “umpire.” Crews would continue to take tests": a verb before an infinitive speaks of no quote
                // ("she said to cheers" still does).
                if j + 2 < end, tokens[j + 1].is("to"), isBareWord(tokens[j + 2]),
                    !invertingVerbs.contains(tokens[j].lowered), !tokens[j].lowered.isOne(of: ["told", "tells", "tell", "say"])
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
                if let pronoun = appositive, pronoun.count == 1, tokens[pronoun.lowerBound].lowered.isOne(of: ["he", "she", "they"]),
                    pronoun.upperBound == subjectEnd, subject.count <= 4 || !tokens[subject.lowerBound].startsUppercase
                {
                    (subject, appositive) = (pronoun, nil)
                }
                let lastComma = (i..<subjectEnd).last(where: { tokens[$0].is(",") })
                // "… chief Ana Ruiz and union leader Tomas Lindqvist, both Valmorans, said": "both" looks back at the pair.
                let groupAppositive = appositive.map { tokens[$0.lowerBound].lowered.isOne(of: ["both", "all", "each"]) } == true
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
        var range = range
        // "No wonder Ruiz said": the writer's comment opens the sentence, the subject follows it.
        if range.count > 3, tokens[range.lowerBound].lowered.isOne(of: ["no", "small", "little"]), tokens[range.lowerBound + 1].lowered == "wonder" {
            range = range.lowerBound + 2..<range.upperBound
        }
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
        // "According to Vera Sand, writing for the Gazette:": the participle after the comma describes the source.
        if let found = verb, found > range.lowerBound, isParticiple(tokens[found]), tokens[found - 1].is(","),
            let according = (range.lowerBound..<found - 1).first(where: { isAccordingTo(tokens, $0) })
        {
            verb = according
        }
        if let verb {
            if isAccordingTo(tokens, verb) {
                let subject = verb + 2..<phraseEnd(tokens, from: verb + 2, to: range.upperBound)
                return subject.isEmpty ? nil : Cue(subject: subject, verb: verb, span: verb..<subject.upperBound)
            }
            // "Brandt was asked by host Bo Mahler, …, “…": the agent of a passive speech verb speaks.
            if verb + 2 < range.upperBound, tokens[verb + 1].is("by"), verb > range.lowerBound,
                tokens[verb - 1].lowered.isOne(of: ["was", "were", "is", "are", "been", "being"])
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
                between.contains(where: { $0.lowered.isOne(of: ["that", "would", "will", "could", "should", "might", "must", "can"]) }),
                !between.contains(where: { relativeWords.contains($0.lowered) || $0.is("whom") }),
                SpeakerPhrase.parse(tokens[earlier.subject], appositive: earlier.appositive.map { tokens[$0] })?.canSpeak == true
            {
                return earlier
            }
            // "Ruiz used the hearing to demand", "Halm wants to call": the infinitive's speaker is its clause's
            // subject, which the caller finds; what stands just before "to" is an object.
            if !speaks, isInfinitive(tokens, verb: verb, from: range.lowerBound) {
                // "…, with Lind going on the radio to call": the participle's subject after "with" is the speaker.
                if let with = (max(range.lowerBound, verb - 10)..<verb).last(where: { tokens[$0].is("with") }), with + 2 < verb,
                    tokens[with + 1].startsUppercase, case let name = with + 1..<nameRunEnd(tokens, from: with + 1, to: verb),
                    name.upperBound < verb, isParticiple(tokens[name.upperBound])
                {
                    return Cue(subject: name, verb: verb, span: name.lowerBound..<verb + 1)
                }
                return Cue(subject: verb..<verb, verb: verb, span: verb..<verb + 1)
            }
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
            // "From Halm's Facebook post:", "A letter from the union:": the text's owner speaks.
            if SpeakerPhrase.documentOwner(tokens[start..<last]) != nil { return Cue(subject: subject, verb: nil, span: start..<last) }
            // "Union secretary Irena Kovač put it plainly:": the name the clause opens with.
            // "The Valmora Board of Elections was firm:": an "of" between capitalised words is inside the name.
            if let stop = subject.first(where: { i in
                tokens[i].isWord && !tokens[i].startsUppercase && !tokens[i].classes.contains(.personNouns)
                    && !(tokens[i].is("of") && i > start && tokens[i - 1].startsUppercase && i + 1 < last && tokens[i + 1].startsUppercase)
            }),
                stop > start
            {
                subject = start..<(nameAfterRoleWords(tokens, from: stop, to: last) ?? stop)
                // "Ruiz's campaign was blunt:", "Ruiz's first three callers turned angry:": a possessor's
                // noun phrase, up to its verb, is the subject — not the possessor; but "Lindqvist's reply was short:" is his.
                if tokens[stop - 1].isPossessive,
                    let verb = (stop..<min(last, stop + 5)).first(where: { i in
                        !tokens[i].isWord || isVerb(tokens, i) || tokens[i].classes.contains(.clauseWords) || tokens[i].classes.contains(.prepositions)
                            || tokens[i].lowered.hasSuffixBytes("ed") || tokens[i].lowered.isOne(of: ["is", "was", "are", "were", "has", "have", "had"])
                    }), verb > stop, case let head = tokens[verb - 1],
                    !head.classes.contains(.mediumNouns), !head.classes.contains(.nounLikeVerbs), !SpeechLexicon.sayingNouns.contains(head.lowered)
                {
                    subject = start..<verb
                }
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
            tokens[(verb + 1)..<quote].allSatisfy({ $0.kind == .mark || $0.lowered.isOne(of: ["as", "a", "an", "the"]) })
        else { return nil }
        var index = verb - 1
        var passive = false
        while index >= 0, tokens[index].isWord, tokens[index].classes.contains(.auxiliaries) || tokens[index].lowered.hasSuffixBytes("ly") {
            if tokens[index].lowered.isOne(of: passiveAuxiliaries) { passive = true }
            index -= 1
        }
        // "— often labeled as …": a reduced clause after a dash or comma is passive too.
        if index >= 0, tokens[index].text.isOne(of: ["—", "–", ","]) { passive = true }
        let stop = phraseEnd(tokens, from: range.lowerBound + 1, to: range.upperBound, stopAtPrepositions: true)
        guard passive, stop > range.lowerBound + 1, looksLikeSubject(tokens, range.lowerBound + 1..<stop) else { return nil }
        return Cue(subject: range.lowerBound + 1..<stop, verb: verb, span: verb..<verb + 1)
    }
}
