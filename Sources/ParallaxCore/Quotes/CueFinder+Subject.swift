// The subject of a speech verb before it: where the clause starts, and the words between subject and verb.
extension CueFinder {
    /// The subject of the verb at `verb`: back to the clause boundary, past appositions and relative clauses.
    static func subjectBefore(_ tokens: [Token], verb: Int, from lower: Int) -> (Range<Int>, Range<Int>?) {
        var end = verb
        // "Johnson kept asking her": a participle after "kept" or "began" is the sentence's verb.
        let catenative = verb > lower && isParticiple(tokens[verb])
            && tokens[verb - 1].lowered.isOne(of: ["kept", "keeps", "keep", "began", "begins", "started", "starts", "continued", "continues"])
        if catenative { end -= 1 }
        end = modifiersStart(tokens, before: end, from: lower)
        if subjectDidNotSpeak(tokens, modifiers: end..<verb, verb: verb) { return (verb..<verb, nil) }
        // "Holt caucused in Nevada and says": a second verb of the sentence's subject, found by the caller.
        if end > lower, tokens[end - 1].isWord, tokens[end - 1].lowered.isOne(of: ["and", "but"]) { return (verb..<verb, nil) }
        // "the campaign is claiming": a participle after "is" is the sentence's own verb.
        let progressive = catenative || tokens[end..<verb].contains { $0.lowered.isOne(of: beForms) }
        if end > lower, tokens[end - 1].is(")"), let open = (lower..<end).last(where: { tokens[$0].is("(") }) {
            end = open  // Sen. Teo Lind (Val.) has said
        }
        // "…, which he called": the subject follows the relative word.
        if end - lower >= 2, tokens[end - 1].isWord, tokens[end - 2].lowered.isOne(of: ["which", "that", "whom", "what"]),
            tokens[end - 1].classes.contains(.personPronouns) || tokens[end - 1].classes.contains(.groupPronouns)
                || tokens[end - 1].classes.contains(.thingPronouns)
        {
            return (end - 1..<end, nil)
        }
        // "…, to what aide Kevin Phillips called": role words and a name after the relative word.
        if let relative = (max(lower, end - 6)..<end).last(where: { tokens[$0].lowered.isOne(of: objectRelatives) }),
            relative + 1 < end, !tokens[relative + 1].startsUppercase, nameAfterRoleWords(tokens, from: relative + 1, to: end + 1) == end
        {
            return (relative + 1..<end, nil)
        }
        // "…, to which O'Malley interjected", "Bannon, who Beck on Wednesday called", "what Ms. Ruiz said": a name after the relative word.
        if let relative = (max(lower, end - 9)..<end).last(where: { tokens[$0].lowered.isOne(of: subjectRelatives) }),
            // not "what Ruiz said that he called a bluff": that clause is what was said, not by whom
            tokens[relative].lowered != "what" || verb + 1 < tokens.count && !tokens[verb + 1].is("that"),
            relative + 1 < end, tokens[relative + 1].startsUppercase, tokens[(relative + 1)..<end].allSatisfy({ $0.isWord || $0.is(".") }),
            // further back, only a name of capitalised words all the way ("where Harbour Board Leader Tomas M. Lind")
            end - relative <= 5 || nameRunEnd(tokens, from: relative + 1, to: end) == end
        {
            return (relative + 1..<nameRunEnd(tokens, from: relative + 1, to: end), nil)
        }
        // "…, with Gren noting", "– Rask saying … and Lindqvist calling": the name right before a participle,
        // after "with", "and" or a dash.
        if isParticiple(tokens[verb]),
            let with = (max(lower, verb - 5)..<verb).last(where: { tokens[$0].lowered.isOne(of: participleLinks) }),
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
                if tokens[index].kind == .mark || tokens[index].text.isOne(of: [".", ";", ":"]) { break }
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
            if isDash(tokens, index), index + 1 >= end || !tokens[index + 1].lowered.isOne(of: ["and", "or"]) {
                let close = tokens[index].is("-") && index > lower && tokens[index - 1].is("-") ? index - 1 : index
                if close > lower + 1, let open = (max(lower + 1, close - 16)..<close).last(where: { isDash(tokens, $0) }), open + 1 < close {
                    segments.append(index + 1..<segmentEnd)
                    if !tokens[open + 1].lowered.isOne(of: ["and", "or", "but", "not", "including"]) {
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
            if token.kind == .mark || token.text.isOne(of: [",", ";", ":", "(", "—", "–"]) {
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
                || $0.lowered.isOne(of: negations) || $0.lowered.hasSuffixBytes("n't") || $0.lowered.hasSuffixBytes("n’t") })
        {
            return (pronoun..<pronoun + 1, nil)
        }
        // segments[0] is next to the verb; skip relative clauses and empty pieces. A piece with a
        // speech verb of its own is another clause ("she said, adding, …"): no subject here.
        var k = 0
        while k < segments.count, segments[k].isEmpty || startsRelative(tokens, segments[k]) || isAdverb(tokens, segments[k])
            || k + 1 < segments.count && addsToSubject(tokens, segments[k])
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
                !token.lowered.isOne(of: ["that", "what", "whatever", "he", "she", "they", "we", "i"])
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
                tokens[and].lowered.isOne(of: ["and", "but", "or", "while"]) || tokens[and + 1].startsUppercase && conjunctions.contains(tokens[and].lowered)
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
            && !tokens[$0 - 1].startsUppercase && !tokens[$0 - 1].lowered.isOne(of: nameLinks)
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
        // "Kiri Halm, 34, a crane operator, said": an age or hometown between the name and its description.
        let named = k + 2 < segments.count && isAgeOrHometown(tokens, segments[k + 1]) ? k + 2 : k + 1
        if named < segments.count, let first = subject.first, tokens[first].isWord,
            tokens[first].classes.contains(.determiners) || !tokens[first].startsUppercase
                // "Petra Halm, Ruiz's partner and co-host, told"
                || tokens[first].isPossessive && closedByComma && !tokens[segments[named].lowerBound].classes.contains(.prepositions)
                // "Ana Lund, Valmora director for the campaign, said"
                || tokens[subject].contains(where: { $0.isWord && !$0.startsUppercase && $0.classes.contains(.personNouns) }),
            !tokens[first].classes.contains(.personPronouns), !tokens[first].classes.contains(.thingPronouns),
            case let previous = dropBrackets(tokens, dropAge(tokens, trimPreposition(tokens, segments[named]))), !previous.isEmpty, previous.count <= 6,
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
        // name in a description goes back to the first name, the one the sentence is about; so does one after a
        // role ("Ana Ruiz, chair of Harbour Trust, the union's savings bank, said").
        if appositive == nil, let first = subject.first, tokens[first].classes.contains(.determiners), !tokens[first].startsUppercase,
            let named = segments.indices.dropFirst(k + 2).prefix(2).first(where: { j in
                let name = trimPreposition(tokens, segments[j])
                guard !name.isEmpty, name.count <= 6, tokens[name.lowerBound].startsUppercase, tokens[name.upperBound - 1].startsUppercase,
                    !isAgeOrHometown(tokens, name),
                    let opener = segments[j - 1].first, tokens[opener].isWord
                else { return false }
                let describedByRelative = tokens[opener].classes.contains(.determiners) && !tokens[opener].startsUppercase
                    && segments[j - 1].contains { relativeWords.contains(tokens[$0].lowered) }
                let role = !tokens[opener].startsUppercase && tokens[opener].classes.contains(.personNouns)
                // "Sen. Ana Ruiz, running again in Orda, a coastal county, said"
                let participle = !tokens[opener].startsUppercase && isParticiple(tokens[opener]) && segments[j - 1].count >= 2
                return describedByRelative || role || participle
            })
        {
            appositive = isParticiple(tokens[segments[named - 1].lowerBound]) ? nil : segments[named - 1]
            subject = trimPreposition(tokens, segments[named])
        }
        subject = dropBrackets(tokens, subject)
        // "A harbour official speaking to the Gazette said", "a pilot speaking on condition of anonymity said":
        // a participle of speaking after the subject says to whom or how, not who.
        if let speaking = subject.dropFirst().first(where: { tokens[$0].isWord && speakingParticiples.contains(tokens[$0].lowered) }),
            speaking + 1 < subject.upperBound, tokens[speaking + 1].classes.contains(.prepositions)
        {
            subject = subject.lowerBound..<speaking
        }
        guard subject.count <= 12 else { return (verb..<verb, nil) }
        return (subject, appositive)
    }

    /// ", along with the pilots,", ", as well as Ruiz,": a piece that adds to the subject before it, which speaks.
    private static func addsToSubject(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard range.count >= 3, let first = range.first else { return false }
        let opener = tokens[first].lowered, next = tokens[first + 1].lowered
        let joined = (opener == "along" || opener == "together") && next == "with" ? first + 2
            : opener == "as" && next == "well" && tokens[first + 2].is("as") ? first + 3 : nil
        // someone joined, not a place or a time ("as well as to states such as …")
        guard let joined, joined < range.upperBound else { return false }
        return tokens[joined].isWord && !tokens[joined].classes.contains(.prepositions)
    }

    /// Participles that say someone was speaking: "speaking to reporters", "talking with the Gazette".
    // Word lists asked of every word in a stretch, made once rather than at every word.
    private static let beForms = ["is", "are", "was", "were", "been", "be"]
    /// The forms of "be" that make a passive: "was told", "is being asked".
    static let passiveAuxiliaries = beForms + ["being"]
    /// Relative words a subject may follow: "what aide Vera Sand called", "which Halm called".
    private static let objectRelatives = ["what", "which", "whom", "where"]
    private static let subjectRelatives = objectRelatives + ["who"]
    /// What links a name to the participle after it: "with Gren noting", "– Rask saying".
    private static let participleLinks = ["with", "and", "—", "–", "-", ";"]
    private static let negations = ["not", "never", "yet"]
    /// Words before a name that make it an object, not a subject.
    private static let nameLinks = ["for", "of", "at", "to", "with", "from", "in", "on", "by", "and", "or"]

    private static let speakingParticiples: Set<String> = ["speaking", "talking", "writing", "commenting", "testifying"]

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
            guard word.isOne(of: ["during", "in", "at"]) else { continue }
            let article = tokens[preposition + 1].lowered
            let atTheTime = word == "at" && article == "the" && preposition + 2 == index && tokens[index].is("time")
            guard atTheTime || article.isOne(of: ["a", "an", "his", "her", "their", "its"]) else { return nil }
            guard tokens[preposition - 1].startsUppercase, !tokens[preposition - 1].classes.contains(.determiners),
                tokens[(preposition + 1)...index].allSatisfy({ $0.isWord })
            else { return nil }
            return preposition
        }
        return nil
    }

    /// "port experts Ana Ruiz and Petra Halm of Valmora's Institute for Harbour Studies": a long subject
    /// whose length is a named body after "of".
    static func endsInAffiliation(_ tokens: [Token], _ subject: Range<Int>) -> Bool {
        guard let of = subject.first(where: { tokens[$0].is("of") }), of - subject.lowerBound <= 8, of + 1 < subject.upperBound else { return false }
        return tokens[(of + 1)..<subject.upperBound].allSatisfy { $0.startsUppercase || $0.lowered.isOne(of: ["for", "of", "the", "and", "on"]) }
    }

    /// "George Will wrote", "Will said": a capitalised auxiliary that is a name — after another capitalised
    /// word, or before a verb no modal takes (a past or -s form).
    static func isSurname(_ tokens: [Token], _ index: Int, verb: Int, from lower: Int) -> Bool {
        guard tokens[index].startsUppercase else { return false }
        if index > lower, tokens[index - 1].isWord, tokens[index - 1].startsUppercase { return true }
        let verbForm = tokens[verb].lowered
        return index + 1 == verb && (verbForm.hasSuffixBytes("ed") || verbForm.hasSuffixBytes("s") || verbForm.isOne(of: ["said", "wrote", "told"]))
    }

    /// A lower-case word in -ly after a word that is not a determiner: "gingerly", "emphatically" (not
    /// "an ally", "the family", "a rally").
    private static func isMannerAdverb(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index]
        guard word.isWord, !word.startsUppercase, word.lowered.count >= 6, word.lowered.hasSuffixBytes("ly"),
            !word.lowered.isOne(of: ["family", "assembly", "monopoly", "anomaly", "supply", "weekly", "monthly", "quarterly"])
        else { return false }
        return index == 0 || !(tokens[index - 1].classes.contains(.determiners) || tokens[index - 1].isPossessive)
    }

    /// The start of a time phrase ending at `index`: "Thursday", "on Saturday", "Monday night", "last week", "over the
    /// weekend", "today".
    private static func timePhraseStart(_ tokens: [Token], endingAt index: Int, from lower: Int) -> Int? {
        var start = index
        let word = tokens[index].lowered
        if word.isOne(of: ["night", "morning", "afternoon", "evening"]), start > lower, TextScanning.weekdays.contains(tokens[start - 1].lowered) {
            start -= 1
        } else if word.isOne(of: ["week", "weekend", "month", "year", "night"]), start > lower, tokens[start - 1].lowered.isOne(of: ["last", "this", "next"]) {
            return start - 1
        } else if word.isOne(of: ["week", "weekend"]), start > lower + 1, tokens[start - 1].is("the"), tokens[start - 2].lowered.isOne(of: ["over", "during"]) {
            return start - 2  // "Lindqvist over the weekend denied"
        } else if word.isOne(of: ["today", "yesterday", "tonight"]), !tokens[index].startsUppercase {
            return start
        }
        // Whole weekday names only: "The Baltimore Sun said" names a paper.
        guard tokens[start].lowered.count >= 6, TextScanning.weekdays.contains(tokens[start].lowered), tokens[start].startsUppercase else { return nil }
        if start > lower, tokens[start - 1].is("on") { return start - 1 }
        // A bare weekday only after "later" or "earlier" ("Falk later Thursday told"), or with its part of
        // the day: "Super Tuesday states" and "a report released Thursday says" keep theirs.
        let leads = start > lower && tokens[start - 1].lowered.isOne(of: ["later", "earlier"])
        return leads || start < index ? start : nil
    }

    /// "an investment he concludes": a subject pronoun after a noun opens a clause of its own, and is
    /// the verb's subject. Returns the pronoun's range, or `nil` when `range` does not end in one.
    private static func trailingPronoun(_ tokens: [Token], _ range: Range<Int>) -> Range<Int>? {
        guard range.count >= 2, let last = range.last, tokens[last].lowered.isOne(of: ["he", "she", "they", "we"]),
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
        return (word.isOne(of: ["told", "asked"]) || word.hasSuffixBytes("ed") && word != "quoted")
            && tokens[modifiers].contains { $0.lowered.isOne(of: passiveAuxiliaries) }
    }

    /// True when the words between a subject and its speech verb (`modifiers`) say the subject did not speak:
    /// speech wished for or denied ("We should ask", "Comey cannot say"), or a passive "told" or "asked",
    /// whose subject is the listener ("The staff were told").
    static func subjectDidNotSpeak(_ tokens: [Token], modifiers: Range<Int>, verb: Int) -> Bool {
        tokens[modifiers].contains { hypotheticalModals.contains($0.lowered) } || isPassive(tokens, modifiers: modifiers, verb: verb)
    }

    /// A lower-case word that opens no noun phrase: after "to", the verb of an infinitive ("to take"), not
    /// a listener ("to reporters", "to the crowd", "to her").
    static func isBareWord(_ token: Token) -> Bool {
        token.isWord && !token.startsUppercase && !token.startsWithDigit && !token.classes.contains(.determiners)
            && !token.classes.contains(.personNouns) && !token.classes.contains(.personPronouns) && !token.classes.contains(.groupPronouns)
            && !token.classes.contains(.thingPronouns) && !token.classes.contains(.organisationNouns) && !token.classes.contains(.mediumNouns)
            && !token.lowered.isOne(of: ["him", "her", "them", "us", "me", "himself", "herself", "themselves", "reporters"])
    }

    /// A speech verb after "to" whose speaker is its clause's subject — not after a verb that hands the
    /// infinitive to its object ("led her to declare", "required staffers to promise"), nor in "from state to state".
    static func isInfinitive(_ tokens: [Token], verb: Int, from lower: Int) -> Bool {
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
}
