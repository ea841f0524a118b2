// Reading the pieces of a cue: names, roles, appositives, asides, ages and hometowns, media.
extension CueFinder {
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
        if range.count > 1, opener.lowered.isOne(of: ["nothing", "everything", "anything", "something", "what", "whatever"]) { return false }
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
    static func isAdverb(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.count == 1 && tokens[range.lowerBound].isWord && !tokens[range.lowerBound].startsUppercase && tokens[range.lowerBound].lowered.hasSuffixBytes("ly")
    }

    /// "Lindqvist, in Ostby, said", "Aalto's campaign, for example, said": a short prepositional phrase or
    /// sentence adverb set off between a subject and its verb.
    static func isAside(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        // Set off by commas on both sides: "after CNBC's Becky Quick said" is a clause, not an aside.
        guard let first = range.first, tokens[first].isWord, !tokens[first].startsUppercase,
            range.upperBound < tokens.count, tokens[range.upperBound].is(",")
        else { return false }
        if range.count == 1 { return tokens[first].classes.contains(.clauseOpeners) && !tokens[first].lowered.isOne(of: ["and", "but", "or", "so", "yet"]) }
        guard tokens[first].classes.contains(.prepositions), tokens[first].lowered != "while",
            !tokens[range].contains(where: { $0.isWord && ($0.classes.contains(.clauseWords) || relativeWords.contains($0.lowered)) })
        else { return false }
        // "at a consulting firm called Harbour Metrics": a participle that names, not a verb, and a longer aside.
        var naming = false
        for index in range where isVerb(tokens, index) {
            guard tokens[index].lowered.isOne(of: ["called", "named", "dubbed"]), index > first, !tokens[index - 1].startsUppercase,
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
    static func opensQuestionedAside(_ tokens: [Token], at index: Int) -> Bool {
        var index = index
        if index < tokens.count, tokens[index].lowered.isOne(of: ["when", "while", "after", "if", "once", "before"]) { index += 1 }
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
            } else if !token.text.isOne(of: [",", "-", "&", "'", "’"]) {
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
                // nor a verb's particle or preposition ("the board brushed off Ruiz's letter")
                && !tokens[look - 1].classes.contains(.prepositions) && !Self.particles.contains(tokens[look - 1].lowered)
        else { return nil }
        return nameRunEnd(tokens, from: look, to: end)
    }

    private static let particles: Set<String> = ["off", "up", "out", "down", "over", "back", "away", "of", "by", "into", "onto", "than"]

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
    static func isAgeOrHometown(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let words = tokens[range].filter { !$0.is(".") }
        guard let first = words.first else { return false }
        if range.count <= 6, ["r", "d", "i"].contains(tokens[range.lowerBound].lowered.prefix(1)), isPartyAndState(SpeakerPhrase.text(tokens[range])) {
            return true
        }
        if words.count == 1 { return first.startsWithDigit || first.startsUppercase && Lexicon.stateAbbreviations.contains(first.lowered) }
        // "Lena Storm, Republican of Valmora, said": a party and state spelt out.
        if words.count <= 5, first.lowered.isOne(of: ["republican", "democrat", "democratic", "independent"]), words[1].is("of"),
            words.dropFirst(2).allSatisfy(\.startsUppercase)
        {
            return true
        }
        return first.lowered.isOne(of: ["of", "from"]) && words.count <= 4 && words.dropFirst().allSatisfy(\.startsUppercase)
    }

    static func startsRelative(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let word = tokens[range.lowerBound].lowered
        return word.isOne(of: ["who", "which", "whose", "whom", "where"]) || word.hasSuffixBytes("ing") && !tokens[range.lowerBound].startsUppercase
    }

    /// "In a statement the ministry" → "the ministry": drops a leading prepositional phrase.
    static func trimPreposition(_ tokens: [Token], _ range: Range<Int>) -> Range<Int> {
        var range = range
        while let first = range.first, tokens[first].isWord, tokens[first].classes.contains(.clauseOpeners) { range = range.dropFirst() }
        if let first = range.first, isApproximateQuantity(tokens, first, in: range) { return range }
        guard let first = range.first, case let word = tokens[first].lowered, objectPrepositions.contains(word) || word == "after" || word == "before"
        else { return range }
        // "in what Bay Buchanan, …, called": the name after the relative word.
        if first + 2 < range.upperBound, tokens[first + 1].lowered.isOne(of: ["what", "which", "whom"]), tokens[first + 2].startsUppercase {
            return (first + 2)..<range.upperBound
        }
        if let determiner = range.dropFirst().last(where: { tokens[$0].isWord && tokens[$0].lowered.isOne(of: ["the", "a", "an"]) }),
            determiner > first + 1 || range.count > 3
        {
            return determiner..<range.upperBound
        }
        return range.upperBound..<range.upperBound
    }

    /// "81-year-old Maris Halm": the name without the age before it.
    static func dropAge(_ tokens: [Token], _ range: Range<Int>) -> Range<Int> {
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
        case "more", "fewer", "less":
            guard next + 1 < range.upperBound, tokens[next].is("than") else { return false }
            next += 1
        default: return false
        }
        if next < range.upperBound, tokens[next].is("a") { next += 1 }  // "about a third of"
        return next < range.upperBound && (tokens[next].startsWithDigit || quantityWords.contains(tokens[next].lowered))
    }

    /// Splits `Name, the role,` inside a subject found after a quote.
    static func splitAppositive(_ tokens: [Token], _ range: Range<Int>) -> (Range<Int>, Range<Int>?) {
        // "Maris Halm — a welder from the north quay —": a dash sets the description off as a comma does.
        guard let comma = range.firstIndex(where: { tokens[$0].is(",") || isDash(tokens, $0) }) else { return (range, nil) }
        let name = dropBrackets(tokens, range.lowerBound..<comma)
        var rest = comma + 1..<range.upperBound
        // "Kiri Halm, 34, a crane operator,", "Ana Lind, 61, of Ostby,": the description comes after the age and the
        // hometown, if at all.
        rest = describedAfterAge(tokens, at: rest.lowerBound, to: rest.upperBound)..<rest.upperBound
        while let first = rest.first, tokens[first].is("-") { rest = rest.dropFirst() }
        while let last = rest.last, !tokens[last].isWord { rest = rest.dropLast() }
        if rest.isEmpty || startsRelative(tokens, rest) || isParticiple(tokens[rest.lowerBound]) || isPartyAndState(SpeakerPhrase.text(tokens[rest]))
        {
            return (name, nil)
        }
        if let second = rest.firstIndex(where: { tokens[$0].is(",") || isDash(tokens, $0) }) { rest = rest.lowerBound..<second }
        // "Halm, after some thought, said": an aside of time or place, not a role ("Halm, of the pilots' guild," and
        // "Ruiz, for the union," are).
        if isAside(tokens, rest), !tokens[rest.lowerBound].lowered.isOne(of: ["from", "for", "with"]) { return (name, nil) }
        return (name, rest)
    }

    /// Where a description starts after a name's comma: past an age ("34,") and then a hometown ("of Ostby,")
    /// set off by commas; where the phrase stops, or `end`, when no description follows them.
    static func describedAfterAge(_ tokens: [Token], at start: Int, to end: Int) -> Int {
        guard start + 1 < end, tokens[start].startsWithDigit, tokens[start].lowered.utf8.count <= 3, tokens[start + 1].is(",") else { return start }
        var next = start + 2
        // "of Ostby", "of Ostby in northern Norland", then "Val." after it
        for _ in 0..<2 {
            let stop = (next..<end).first(where: { !tokens[$0].isWord && !tokens[$0].is(".") || tokens[$0].is(".") && $0 + 1 == end }) ?? end
            let place = stop > next && tokens[next].lowered.isOne(of: ["of", "from"]) && stop - next <= 8
                && tokens[(next + 1)..<stop].allSatisfy { !$0.isWord || $0.startsUppercase || $0.lowered.isOne(of: ["in", "near", "outside", "northern", "southern", "eastern", "western", "upstate", "suburban"]) }
            guard stop > next, place || isAgeOrHometown(tokens, next..<stop) else { break }
            guard stop < end, tokens[stop].is(",") else { return stop }
            next = stop + 1
        }
        // "Ana Lind, 61, of Ostby, after hearing Ruiz speak", "…, but he was shocked": no description follows.
        if next < end, tokens[next].classes.contains(.prepositions) || tokens[next].classes.contains(.clauseOpeners) { return end }
        return next
    }

    /// "Sen. Erik J. Holm (D-Val.)": a name without the party and state in brackets after it.
    static func dropBrackets(_ tokens: [Token], _ range: Range<Int>) -> Range<Int> {
        guard let last = range.last, tokens[last].is(")"), let open = range.last(where: { tokens[$0].is("(") }), open > range.lowerBound
        else { return range }
        return range.lowerBound..<open
    }

    /// ", Inc.," after a company's name: part of the name, not a piece of its own.
    static func isCompanySuffix(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var word: Token?
        for token in tokens[range] where token.isWord {
            if word != nil { return false }
            word = token
        }
        return word.map { companySuffixes.contains($0.lowered) } ?? false
    }

    private static let companySuffixes: Set<String> = ["inc", "ltd", "llc", "corp", "plc"]

    /// A role set off before a short name, as in "Her spokesman, Tomas Lindqvist," or "Mayor Ana Ruiz's chief
    /// of staff, Bo Lind,": a determiner or an owner's name, then words naming a person's job, lower-case but for
    /// proper adjectives before the job's noun ("the British foreign secretary").
    static func isRoleThenName(_ tokens: [Token], role: Range<Int>, name: Range<Int>) -> Bool {
        guard let first = name.first, tokens[first].startsUppercase, !tokens[first].classes.contains(.determiners), name.count <= 4,
            tokens[name].allSatisfy({ !$0.isWord || $0.startsUppercase }), (2...10).contains(role.count),
            let owner = tokens[role].firstIndex(where: \.isPossessive).map({ $0 + 1 })
                ?? (tokens[role.lowerBound].classes.contains(.determiners) ? role.lowerBound + 1 : nil),
            owner < role.upperBound, owner - role.lowerBound <= 5,
            tokens[role.lowerBound..<owner].allSatisfy({ $0.isWord && ($0.startsUppercase || $0.classes.contains(.determiners)) || $0.is(".") })
                || tokens[role.lowerBound].classes.contains(.determiners) && tokens[role.lowerBound..<owner].allSatisfy(\.isWord),
            tokens[owner..<role.upperBound].allSatisfy({ $0.isWord && !$0.startsUppercase })
                // "the British foreign secretary", "the White House press secretary": proper adjectives before the job
                || tokens[owner..<role.upperBound].allSatisfy(\.isWord) && !tokens[role.upperBound - 1].startsUppercase
                    && tokens[role.upperBound - 1].classes.contains(.personNouns)
        else { return false }
        // "spokesman", or a person's noun with its field: "chief of staff", "director of communications", or
        // any short lower-case description after "the": "the skipper, Jonas Halm,"
        return tokens[role.upperBound - 1].classes.contains(.personNouns)
            || tokens[owner..<role.upperBound].contains { $0.classes.contains(.personNouns) } && tokens[role].contains { $0.is("of") }
            || tokens[role.lowerBound].lowered == "the" && role.count <= 3 && tokens[owner..<role.upperBound].allSatisfy { $0.isWord && !$0.startsUppercase }
    }

    /// Words that end an inverted speaker's name wherever they come ("said Lindqvist *in* a statement").
    private static let phraseStops: Set<String> = ["in", "on", "during", "while", "after", "before", "when", "as", "that", "this", "last", "whether", "if", "why", "how"]

    /// Where a name or description stops: punctuation, a quote mark, or (when asked) a preposition.
    static func phraseEnd(_ tokens: [Token], from start: Int, to end: Int, stopAtPrepositions: Bool = false) -> Int {
        var index = start
        while index < end {
            let token = tokens[index]
            if token.kind == .mark || token.kind == .punctuation && token.text.isOne(of: [",", ".", ";", ":", "!", "?", "—", "–", "("])
                && !(token.is(".") && index > start && Sentences.isAbbreviation(tokens[index - 1]))
            {
                break
            }
            if stopAtPrepositions, index > start, token.isWord {
                // "said Lindqvist in a statement" stops at "in"; "said a person close to the Halms" runs on.
                if phraseStops.contains(token.lowered) || token.lowered.isOne(of: ["to", "at", "about"]) && tokens[start].startsUppercase { break }
            }
            if index > start, isVerb(tokens, index) { break }
            // "said a Mexican official who was not authorized to speak": the relative clause is not the name.
            if index > start, token.isWord, relativeWords.contains(token.lowered) { break }
            index += 1
        }
        return index
    }

    static func via(_ tokens: [Token], from start: Int, to end: Int) -> Range<Int>? {
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
                while start > range.lowerBound, tokens[start - 1].isWord, !tokens[start - 1].lowered.isOne(of: ["in", "on", "via", "through", "told", "to", "during", "and"]),
                    index - start < 3
                {
                    start -= 1
                }
                guard start > range.lowerBound, tokens[start - 1].lowered.isOne(of: ["in", "on", "via", "through", "told", "during"]) else {
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
