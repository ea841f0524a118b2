/// What the words naming a speaker say about them: a name, a pronoun, or a description to resolve.
enum SpeakerPhrase: Sendable, Equatable {
    case named(SpeakerReference)
    /// he, she, it, they.
    case pronoun(String)
    /// An unnamed description: `the company`, `a spokeswoman for Russia's foreign ministry`.
    case description(head: String, text: String, role: String?, affiliation: String?)

    /// True for a phrase that can name a speaker: a name, "she" or "they", "the spokesman", "the union".
    var canSpeak: Bool {
        switch self {
        case .named: true
        case .pronoun(let word): SpeechLexicon.personPronouns.contains(word) || SpeechLexicon.groupPronouns.contains(word)
        case .description(let head, _, _, _): SpeechLexicon.personNouns.contains(head) || SpeechLexicon.organisationNouns.contains(head)
        }
    }

    /// The head noun of a description, `nil` for a name or a pronoun.
    var descriptionHead: String? {
        if case .description(let head, _, _, _) = self { head } else { nil }
    }

    /// Whether a description's text opens with "the", "this" or "that": one the article spoke of before.
    static func isDefinite(_ text: String) -> Bool {
        text.spaceSeparated().first.map { ["the", "this", "that"].contains($0.lowercased()) } ?? false
    }

    private static let particles: Set<String> = ["de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "da", "di", "del", "of"]

    /// Reads a speaker phrase; `appositive` is a description set off by commas after a name.
    static func parse(_ tokens: ArraySlice<Token>, appositive: ArraySlice<Token>? = nil) -> SpeakerPhrase? {
        let tokens = strip(tokens)
        guard !tokens.isEmpty else { return nil }
        // "Ruiz's statement", "a post on Halm's Facebook page", "a letter from the union": whoever owns the text speaks through it.
        if let owner = documentOwner(tokens) { return owner }
        if tokens.count == 1, tokens[tokens.startIndex].isWord {
            var word = tokens[tokens.startIndex].lowered
            // "They’re … and generally agree", "they’ve suggested": a pronoun with its verb contracted onto it; "It’s been
            // reported" has no one behind it.
            if word.isOne(of: ["it’s", "it's"]) { return nil }
            for suffix in ["’re", "'re", "’s", "'s", "’ve", "'ve", "’d", "'d", "’ll", "'ll"] where word.hasSuffixBytes(suffix) && word.count > suffix.count {
                let base = String(word.dropLast(suffix.count))
                if base.isOne(of: ["he", "she", "they", "we"]) { word = base }
            }
            if SpeechLexicon.personPronouns.contains(word) || SpeechLexicon.thingPronouns.contains(word)
                || SpeechLexicon.groupPronouns.contains(word)
            {
                return .pronoun(word)
            }
        }
        // Several speakers: "Alma Kvist and Jon Moberg" — but not the "and" inside the name of where they
        // are from ("Ana Ruiz of the Institute for Science and Harbour Studies"), which joins two capitalised
        // words; "Ana Ruiz of the union and Petra Halm of the ministry" is two speakers.
        let affiliationStart = tokens.firstIndex { $0.lowered.isOne(of: ["of", "from", "at"]) } ?? tokens.endIndex
        if let and = tokens.indices.first(where: { i in
            (tokens[i].is("and") || tokens[i].is("&")) && i > tokens.startIndex
                && (i < affiliationStart || !tokens[i - 1].startsUppercase
                    || i + 1 < tokens.endIndex && tokens[i + 1].classes.contains(.givenName))
        }),
            case .named(let left)? = parse(tokens[..<and]), case .named(let right)? = parse(tokens[(and + 1)...]),
            left.members.isEmpty, right.members.isEmpty
        {
            let members = [left.name, right.name]
            return .named(SpeakerReference(name: members.joined(separator: " and "), role: left.role ?? right.role, members: members))
        }
        var described: (role: String?, affiliation: String?) = (nil, nil)
        // "Ana Ruiz, who runs a ferry": a relative clause tells what someone did, not their role.
        let appositive = appositive.flatMap { $0.first.map { $0.lowered.isOne(of: ["who", "whose", "which", "that"]) } == true ? nil : $0 }
        if let appositive, case .description(_, _, let role, let affiliation)? = parse(appositive) {
            described = (role, affiliation)
        } else if let appositive, case .named(let other)? = parse(appositive) {
            // "a host at the oldest radio station in Valmora": a name inside the description is where they work.
            if let role = other.role, let last = role.spaceSeparated().last, linkWords.contains(last.lowercased()) {
                let whole = strip(appositive)
                described = roleAndAffiliation(dropDeterminer(whole), in: whole)
            } else {
                described = (other.role ?? other.name, other.affiliation)
            }
        }
        // "Robert Antonacci of the New York delegation", "Gov. Jonas Peck of Norland": a person's name first
        // (after any titles), then where they are from.
        let nameFirst = titlesEnd(tokens)
        if nameFirst < tokens.endIndex, case let first = tokens[nameFirst], first.startsUppercase, !first.classes.contains(.capitalisedFunctionWords),
            !first.classes.contains(.determiners), first.classes.contains(.givenName) || !first.classes.contains(.knownWord)
        {
            var end = nameFirst + 1
            while end < tokens.endIndex, tokens[end].isWord, tokens[end].startsUppercase { end += 1 }
            // Not a title that ends the run ("Former Speaker of the Assembly Ana Ruiz"), unless a given name is
            // before it ("Robert King of the delegation").
            let last = tokens[end - 1]
            let endsInTitle = (last.classes.contains(.title) || last.classes.contains(.personNouns))
                && !(end - 2 >= nameFirst && tokens[end - 2].classes.contains(.givenName))
            // A surname alone only after a title: "Mr. Lind of the Harbour Policy Center".
            if !endsInTitle, (nameFirst > tokens.startIndex ? 1 : 2)...4 ~= end - nameFirst, end + 1 < tokens.endIndex,
                tokens[end].lowered.isOne(of: ["of", "from", "at", "with"]),
                // "the Valmora Board of Elections": a body's "of" is part of its name
                !(tokens[end].is("of") && last.classes.contains(.organisationWord) && tokens[end + 1].startsUppercase)
            {
                let place = dropDeterminer(tokens[(end + 1)...])
                // "Prime Minister Ana Ruiz of Norland": a capitalised role before the name belongs to the role.
                var nameFirst = nameFirst
                if let role = tokens[nameFirst..<(end - 1)].lastIndex(where: { $0.classes.contains(.title) || $0.classes.contains(.personNouns) }),
                    role + 1 < end, !tokens[role + 1].classes.contains(.title) && !tokens[role + 1].classes.contains(.personNouns)
                {
                    nameFirst = role + 1
                }
                return .named(SpeakerReference(
                    name: text(tokens[nameFirst..<end]), role: roleText(tokens[..<nameFirst]) ?? described.role,
                    affiliation: described.affiliation ?? text(place), titled: nameFirst > tokens.startIndex))
            }
        }
        // The name: the run of capitalised words at the end of the phrase.
        var nameStart = tokens.endIndex
        var index = tokens.endIndex - 1
        while index >= tokens.startIndex {
            let token = tokens[index]
            if token.isWord, token.startsUppercase || (particles.contains(token.lowered) && nameStart < tokens.endIndex && index > tokens.startIndex) {
                nameStart = index
            } else if token.is("."), index > tokens.startIndex, tokens[index - 1].isWord, tokens[index - 1].startsUppercase {
                // an initial or abbreviation inside a name: "U.S. State Department", "John F. Kennedy"
            } else {
                break
            }
            index -= 1
        }
        while nameStart < tokens.endIndex, tokens[nameStart].isWord, particles.contains(String(tokens[nameStart].text)) {
            nameStart += 1
        }
        // "The Kremlin" at the start of a sentence: the capital is the sentence's, not the name's.
        while nameStart < tokens.endIndex - 1, tokens[nameStart].classes.contains(.capitalisedFunctionWords) { nameStart += 1 }
        // "Journalist Jorge Ruiz" opening a sentence: a person's noun before a full name is their role.
        if nameStart + 2 < tokens.endIndex, tokens[nameStart].classes.contains(.personNouns), !tokens[nameStart].classes.contains(.title),
            tokens[(nameStart + 1)...].allSatisfy({ $0.isWord && $0.startsUppercase || $0.is(".") })
        {
            nameStart += 1
        }
        // "Harbour Board Majority Leader Ana Ruiz": a capitalised person's noun before a given name (or a word
        // no dictionary knows) ends the role.
        if let head = (nameStart..<max(nameStart, tokens.endIndex - 2)).last(where: { i in
            tokens[i].classes.contains(.personNouns)
                && (tokens[i + 1].classes.contains(.givenName) || !tokens[i + 1].classes.contains(.knownWord) && !tokens[i + 1].text.contains("-"))
                && tokens[(i + 1)...].allSatisfy({ $0.isWord && $0.startsUppercase || $0.is(".") })
        }) {
            nameStart = head + 1
        }
        // Titles at the front of the run belong to the role: "Democratic Senator Alma Kvist".
        // Not a surname that is also a title: "Pelle T. King", "Pelle King".
        if let lastTitle = tokens[nameStart...].indices.last(where: { i in
            tokens[i].isWord && Lexicon.titles.contains(tokens[i].lowered.trimmingSuffix("."))
                && !(i > nameStart && tokens[i - 1].classes.contains(.givenName))
                && !(i > nameStart + 1 && tokens[i - 1].is(".") && !tokens[i - 2].classes.contains(.title))
        }),
            lastTitle + 1 < tokens.endIndex, !isBodyName(tokens[(lastTitle + 1)...])
        {
            nameStart = lastTitle + 1
            // "Secretary of State Ana Ruiz": the title's "of" phrase is part of the role, up to a given name, else
            // up to the last two words.
            if nameStart + 2 < tokens.endIndex, tokens[nameStart].is("of") {
                nameStart = tokens[(nameStart + 2)...].firstIndex { $0.classes.contains(.givenName) } ?? max(nameStart + 2, tokens.endIndex - 2)
            }
        }
        // "The Blaze's Matt Walsh": the possessor is where the person works, not their name.
        if let possessor = tokens[nameStart...].dropLast().lastIndex(where: \.isPossessive) {
            nameStart = possessor + 1
        }
        while nameStart < tokens.endIndex, !tokens[nameStart].isWord { nameStart += 1 }
        // "Former Speaker of the Assembly Ana Lind", "Union Director of Harbour Affairs Ana Lind": a title's "of" phrase,
        // then a person's name — from a given name, else the last two words, when no dictionary knows them as a
        // place or a body.
        if let of = tokens.indices.dropLast(2).last(where: { tokens[$0].is("of") }), of > tokens.startIndex,
            tokens[tokens.startIndex..<of].contains(where: { $0.classes.contains(.title) && !honorifics.contains($0.lowered)
                || $0.startsUppercase && $0.classes.contains(.personNouns) }),
            case let body = tokens[(of + 1)...].drop(while: { $0.classes.contains(.determiners) }), body.count >= 3,
            body.allSatisfy({ $0.isWord && $0.startsUppercase }),
            case let start = body.dropFirst().firstIndex(where: { $0.classes.contains(.givenName) }) ?? tokens.endIndex - 2,
            tokens[start...].allSatisfy({ $0.classes.contains(.givenName) || $0.classes.isDisjoint(with: [.knownWord, .organisationWord, .title, .personNouns]) })
        {
            nameStart = start
        }
        let before = tokens[tokens.startIndex..<nameStart]
        var roleTokens = dropDeterminer(before)
        // "a summit where port chief Ana Ruiz": the role starts after a relative word.
        if let relative = roleTokens.lastIndex(where: { $0.lowered.isOne(of: ["where", "when", "who", "whom", "which"]) }) {
            roleTokens = dropDeterminer(roleTokens[(relative + 1)...])
        }
        var link = nameStart - 1
        while link > tokens.startIndex, tokens[link].classes.contains(.determiners) { link -= 1 }
        // "Norland's Ambassador to Valmora", "delegates at the convention in Valmora": the name is where they are from.
        let linked = link >= tokens.startIndex && link < nameStart
            && tokens[link].lowered.isOne(of: ["to", "of", "for", "at", "with", "from", "near", "in"])
            && (tokens.first.map { $0.classes.contains(.determiners) || $0.classes.contains(.personNouns) } == true
                || tokens[tokens.startIndex..<link].contains { token in
                    token.isWord && (token.classes.contains(.personNouns) || token.classes.contains(.title) && !honorifics.contains(token.lowered))
                })
        if linked { roleTokens = dropDeterminer(tokens) }  // "secretary of the Valmora Dockers' Union": all of it describes
        if nameStart < tokens.endIndex, !linked, isName(tokens[nameStart...]) {
            let titled = tokens[..<nameStart].contains { $0.isWord && $0.classes.contains(.title) }
            var nameEnd = tokens.endIndex
            var affiliation: String?
            // "Valmora Gov. Jonas Peck of Norland", "undecided voter Ana Ruiz of Ostby": after a title, a given
            // name or a person's noun, "of" leads to where they are from.
            if titled || tokens[nameStart].classes.contains(.givenName) || roleTokens.contains(where: { $0.classes.contains(.personNouns) }),
                let of = tokens[(nameStart + 1)...].firstIndex(where: { $0.is("of") }), of + 1 < tokens.endIndex
            {
                nameEnd = of
                affiliation = text(tokens[(of + 1)...])
            }
            let name = text(tokens[nameStart..<nameEnd])
            var role = roleText(roleTokens)
            if let possessor = roleTokens.first(where: { $0.isWord && $0.isPossessive }),
                possessor.startsUppercase, let at = roleTokens.firstIndex(where: { $0.start == possessor.start })
            {
                affiliation = String(text(roleTokens[roleTokens.startIndex...at]).dropLast(2))
                role = roleText(roleTokens[(at + 1)...])
            } else if affiliation == nil, let owner = roleTokens.first(where: { $0.isWord && $0.startsUppercase && !$0.classes.contains(.title)
                && ($0.classes.contains(.knownWord) || TextScanning.isAllCaps($0.text)) }),
                roleTokens.contains(where: { $0.isWord && !$0.startsUppercase })
            {
                affiliation = String(owner.text)
            }
            return .named(SpeakerReference(name: name, role: role ?? described.role, affiliation: affiliation ?? described.affiliation, titled: titled))
        }
        // No name: a description, headed by its last word before any "for"/"of"/"at" complement.
        let words = roleTokens.filter(\.isWord)
        // "a blogger in Valmora": "in" after a person's noun ends the head too.
        guard let headToken = (roleTokens.indices.first { i in
            let token = roleTokens[i]
            return token.is("for") || token.is("of") || token.is("at") || token.is("with")
                || (token.is("in") || isPostmodifier(roleTokens, i)) && i > roleTokens.startIndex && roleTokens[i - 1].classes.contains(.personNouns)
        })
            .flatMap({ $0 > roleTokens.startIndex ? roleTokens[$0 - 1] : nil }) ?? words.last
        else { return nil }
        let (role, affiliation) = roleAndAffiliation(roleTokens, in: tokens)
        if tokens.first?.lowered == "the", headToken.classes.contains(.organisationNouns), roleTokens.last?.start == headToken.start,
            !roleTokens.contains(where: { $0.is("for") || $0.is("of") || $0.is("at") || $0.is("to") })
        {
            // "the transport ministry": a body, named by the description.
            return .description(head: headToken.lowered, text: text(roleTokens), role: nil, affiliation: nil)
        }
        if let affiliation, affiliation.first?.isUppercase == true, headToken.classes.contains(.organisationNouns),
            roleTokens.last?.start == headToken.start
        {
            // "Voss's office", "Lindqvist's campaign": a body of its own.
            return .named(SpeakerReference(name: text(roleTokens), affiliation: affiliation))
        }
        return .description(head: headToken.lowered, text: text(strip(tokens)), role: role, affiliation: affiliation)
    }

    /// Words that link role words to where someone works: a role ending in one lost its object to a name.
    private static let linkWords: Set<String> = ["to", "of", "for", "at", "in", "with", "on", "by", "the", "a", "an"]

    /// The role and the affiliation a description gives: "spokeswoman for the transport ministry",
    /// "Russia's foreign ministry", "the mayor's spokesman". `tokens` is the whole phrase, determiner included;
    /// `roleTokens` lies within it.
    private static func roleAndAffiliation(_ roleTokens: ArraySlice<Token>, in tokens: ArraySlice<Token>) -> (role: String?, affiliation: String?) {
        // "an attorney with the Legal Center", not "a source familiar with the talks".
        func isLink(_ index: Int) -> Bool {
            let token = roleTokens[index]
            if token.is("with") || token.is("in") {
                return index > roleTokens.startIndex && roleTokens[index - 1].classes.contains(.personNouns)
            }
            return token.is("for") || token.is("of") || token.is("at") || token.is("to")
        }
        // "chief of staff", "director of communications": a field in lower case, with no determiner, is the role's.
        func isField(_ index: Int) -> Bool {
            guard roleTokens[index].is("of") else { return false }
            let rest = ((index + 1)..<roleTokens.endIndex).prefix { !isLink($0) }.map { roleTokens[$0] }
            return !rest.isEmpty && rest.allSatisfy { $0.isWord && !$0.startsUppercase && !$0.classes.contains(.determiners) && !$0.isPossessive }
        }
        // "a source familiar with the mayor's thinking", "a person close to the Halms": the whole phrase says who.
        if roleTokens.indices.contains(where: { $0 > roleTokens.startIndex && isPostmodifier(roleTokens, $0) && roleTokens[$0 - 1].classes.contains(.personNouns) }) {
            return (roleText(roleTokens), nil)
        }
        // "one of the authors of the report": the part taken is the role.
        if roleTokens.first?.is("of") == true, roleTokens.startIndex > tokens.startIndex {
            return (roleText(tokens[(roleTokens.startIndex - 1)..<roleTokens.endIndex]), nil)
        }
        let possessive = roleTokens.firstIndex(where: \.isPossessive)
        if var link = roleTokens.indices.first(where: { isLink($0) && !roleTokens[$0].is("in") && !isField($0) }), link + 1 < roleTokens.endIndex,
            link > roleTokens.startIndex, possessive.map({ $0 > link }) ?? true
        {
            // "head of harbour policy at the Port Authority", "director of advocacy for the Union": the field belongs to the
            // role, the body after it is the affiliation.
            if roleTokens[link].is("of") || roleTokens[link].is("for"),
                let later = roleTokens[(link + 1)...].firstIndex(where: { $0.is("at") || roleTokens[link].is("of") && ($0.is("to") || $0.is("for")) }),
                later + 1 < roleTokens.endIndex, roleTokens[later - 1].isWord, !roleTokens[later - 1].startsUppercase,
                roleTokens[later].is("at") || !roleTokens[(link + 1)..<later].contains(where: { $0.is("and") || $0.startsUppercase })
            {
                link = later
            }
            return (roleText(roleTokens[..<link]), text(roleTokens[(link + 1)...]))
        }
        // "a blogger in Ostby": the place they are in.
        if let link = roleTokens.indices.first(where: { roleTokens[$0].is("in") && isLink($0) }), link > roleTokens.startIndex,
            link + 1 < roleTokens.endIndex, roleTokens[link + 1].startsUppercase, !roleTokens[link + 1].classes.contains(.determiners)
        {
            return (roleText(roleTokens[..<link]), text(roleTokens[(link + 1)...]))
        }
        if let possessive, possessive + 1 < roleTokens.endIndex {
            // "Russia's foreign ministry", but "the mayor's spokesman": a common noun keeps its determiner.
            let owner = roleTokens[possessive].startsUppercase ? roleTokens.startIndex : tokens.startIndex
            return (roleText(roleTokens[(possessive + 1)...]), String(text(tokens[owner...possessive]).dropLast(2)))
        }
        return (roleText(roleTokens), nil)
    }

    /// "familiar with", "close to", "briefed on": an adjective after a person's noun that says how they know.
    private static func isPostmodifier(_ tokens: ArraySlice<Token>, _ index: Int) -> Bool {
        tokens[index].isWord && tokens[index].lowered.isOne(of: ["familiar", "close", "closest", "briefed", "involved", "knowledgeable"])
            && index + 1 < tokens.endIndex && tokens[index + 1].lowered.isOne(of: ["with", "to", "on", "in", "about"])
    }

    /// Where the name starts after the titles that open a phrase ("Lt. Gov. Ana Ruiz"): the phrase's start when none do.
    /// Not when only a body's words follow: "Justice Department" is a department.
    private static func titlesEnd(_ tokens: ArraySlice<Token>) -> Int {
        var index = tokens.startIndex
        while index < tokens.endIndex, tokens[index].isWord, tokens[index].startsUppercase, tokens[index].classes.contains(.title) {
            index += 1
            if index < tokens.endIndex, tokens[index].is(".") { index += 1 }
        }
        return index > tokens.startIndex && isBodyName(tokens[index...]) ? tokens.startIndex : index
    }

    /// Capitalised words, all of them a body's ("Department", "Office of Inquiry" is not): what is left of
    /// "Justice Department" without its title.
    static func isBodyName(_ tokens: ArraySlice<Token>) -> Bool {
        guard let first = tokens.first, first.isWord, first.startsUppercase else { return false }
        return tokens.prefix { $0.isWord && $0.startsUppercase }.allSatisfy { $0.classes.contains(.organisationWord) }
    }

    /// Courtesy titles, which say nothing of what someone does: "Mr. Lindqvist, the mayor's spokesman".
    private static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "messrs", "dr"]
    /// Abbreviated titles as a role spells them out: "Sen." is a Senator, "Lt. Gov." a Lieutenant Governor.
    static let titleAbbreviations: [String: String] = [
        "sen": "Senator", "gov": "Governor", "rep": "Representative", "lt": "Lieutenant", "gen": "General", "atty": "Attorney",
        "col": "Colonel", "capt": "Captain", "sgt": "Sergeant", "adm": "Admiral", "cmdr": "Commander", "maj": "Major",
        "prof": "Professor", "supt": "Superintendent", "rev": "Reverend", "amb": "Ambassador",
    ]

    /// The words of a role as a reader wants them: courtesy titles dropped, abbreviated titles spelled out as
    /// they are written in full before a name ("Valmora Gov." is "Valmora Governor"); nil when nothing is left.
    static func roleText(_ tokens: ArraySlice<Token>) -> String? {
        var bytes: [UInt8] = []
        var index = tokens.startIndex
        // "Despite Ruiz's …", "In welcoming the minister, …": the words that open the sentence are no role.
        while index < tokens.endIndex, tokens[index].isWord, !tokens[index].lowered.isOne(of: ["outside", "inside"]),  // "outside counsel"
            tokens[index].classes.contains(.prepositions) || tokens[index].classes.contains(.clauseOpeners) && tokens[index].startsUppercase
        {
            index += 1
        }
        // "Bo Lind, 25,": an age alone is no role; nor is "36 percent of" before "Valmorans", nor a participle's
        // "signed by", "sent out by" before the agent ("a talk show by" is a description).
        if tokens[index...].allSatisfy({ !$0.isWord || $0.startsWithDigit })
            || index < tokens.endIndex && tokens[index].startsWithDigit && tokens.last?.is("of") == true
            || tokens.last?.is("by") == true && tokens.dropLast().contains(where: { word in
                word.lowered.hasSuffixBytes("ed") || word.lowered.hasSuffixBytes("en") || word.lowered.isOne(of: ["sent", "led", "run", "held", "made"])
            })
        {
            return nil
        }
        while index < tokens.endIndex {
            let token = tokens[index]
            let capitalisedWord = token.isWord && token.startsUppercase
            let expansion = capitalisedWord ? titleAbbreviations[token.lowered] : nil
            if capitalisedWord, expansion != nil || honorifics.contains(token.lowered) {
                if index + 1 < tokens.endIndex, tokens[index + 1].is(".") { index += 1 }
            }
            if capitalisedWord, honorifics.contains(token.lowered) {
                index += 1
                continue
            }
            if !bytes.isEmpty, token.spaceBefore || expansion != nil { bytes.append(0x20) }
            bytes.append(contentsOf: (expansion ?? token.text).utf8)
            index += 1
        }
        while bytes.last == 0x20 || bytes.last == UInt8(ascii: ",") { bytes.removeLast() }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// A name must hold a word that is not a function word, a month or a weekday.
    private static func isName(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { token in
            guard token.isWord else { return false }
            let lowered = token.lowered
            return !SpeechLexicon.capitalisedFunctionWords.contains(lowered) && TextScanning.monthNames[lowered] == nil
                && !TextScanning.weekdays.contains(lowered)
        } && tokens.count <= 8
    }

    private static func dropDeterminer(_ tokens: ArraySlice<Token>) -> ArraySlice<Token> {
        var tokens = tokens
        // "which Valmora University historian": a relative word before role words is no part of them.
        while let first = tokens.first, first.isWord, first.classes.contains(.determiners) || first.lowered.isOne(of: ["which", "whom", "what"]) {
            tokens = tokens.dropFirst()
        }
        while let last = tokens.last, !last.isWord { tokens = tokens.dropLast() }
        return tokens
    }

    /// Drops punctuation at either end, a parenthesis at the end (`(D-Minn.)`) and leading conjunctions.
    static func strip(_ tokens: ArraySlice<Token>) -> ArraySlice<Token> {
        var tokens = tokens
        if let close = tokens.last, close.is(")"), let open = tokens.lastIndex(where: { $0.is("(") }) { tokens = tokens[..<open] }
        while let first = tokens.first, !first.isWord || first.classes.contains(.clauseOpeners) { tokens = tokens.dropFirst() }
        while let last = tokens.last, !last.isWord, !last.is(")") { tokens = tokens.dropLast() }
        // "The mayor herself", "Ruiz himself": the emphatic pronoun adds no one.
        if tokens.count > 1, let last = tokens.last, last.lowered.isOne(of: ["herself", "himself", "itself", "themselves"]) {
            tokens = tokens.dropLast()
        }
        return tokens
    }

    /// The owner of a text the phrase names, who speaks through it: the possessor before it ("Ruiz's statement",
    /// "From Halm's Instagram post", "Halm's post on the union's website") or the one it is from or by ("a letter from
    /// the union"); `nil` when the phrase is no text or names no owner who can speak.
    static func documentOwner(_ tokens: ArraySlice<Token>) -> SpeakerPhrase? {
        var tokens = tokens
        if let first = tokens.first, first.lowered.isOne(of: ["from", "in", "on", "via", "through"]) { tokens = tokens.dropFirst() }
        // The text: a medium noun in lower case that ends the phrase or is followed by a preposition.
        for text in tokens.indices where tokens[text].classes.contains(.mediumNouns) && !tokens[text].startsUppercase
            && (text + 1 == tokens.endIndex || tokens[text + 1].classes.contains(.prepositions) || tokens[text + 1].is("by"))
            // "Halm's call for more ships" is a demand, not a call on the phone
            && !(text + 1 < tokens.endIndex && tokens[text].lowered.isOne(of: ["call", "calls"]) && tokens[text + 1].lowered.isOne(of: ["for", "to"]))
        {
            // "Ruiz's statement", "Halm's Instagram post", "the union's letter": a possessor up to two words before it.
            if let owner = (max(tokens.startIndex, text - 3)..<text).last(where: { tokens[$0].isPossessive }),
                !tokens[owner].classes.contains(.calendarWord), tokens[(owner + 1)..<text].allSatisfy({ $0.isWord && !$0.isPossessive }),
                case let link = (tokens.startIndex..<owner).last(where: { tokens[$0].lowered.isOne(of: ["on", "from", "by", "in"]) }),
                case let start = link.map { $0 + 1 } ?? tokens.startIndex,
                // the text heads the phrase: not "critics of Halm's speech"
                // and no verb or clause sits in the owner's words: not "repeated Halm's call for"
                tokens[start..<owner].allSatisfy({ $0.startsUppercase || !$0.isWord || $0.classes.contains(.determiners) || $0.is("and")
                    || $0.classes.contains(.personNouns) || $0.classes.contains(.organisationNouns) }),
                link.map({ link in tokens[tokens.startIndex..<link].contains { $0.classes.contains(.mediumNouns) } }) ?? true
            {
                switch parse(tokens[start...owner]) {
                case .named(var reference)? where tokens[owner].startsUppercase:
                    reference.name = Entities.bare(reference.name)
                    return .named(reference)
                case .description(let head, let words, let role, let affiliation)?:
                    let described = SpeakerPhrase.description(head: Entities.bare(head), text: Entities.bare(words), role: role.map(Entities.bare), affiliation: affiliation)
                    if described.canSpeak { return described }
                default: break
                }
            }
            // "a statement from the union", "a letter by Kiri Halm": the one it is from.
            if text + 2 < tokens.endIndex, tokens[text + 1].lowered.isOne(of: ["from", "by"]),
                !tokens[tokens.startIndex..<text].contains(where: { $0.classes.contains(.prepositions) || $0.is("of") }),
                let owner = parse(tokens[(text + 2)...]), owner.canSpeak
            {
                return owner
            }
        }
        return nil
    }

    /// The text of a run of tokens, spaced as written (paragraphs hold single spaces only).
    static func text(_ tokens: ArraySlice<Token>) -> String {
        // Bytes first, one string at the end: appending to a String costs several hundred instructions a token.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokens.count * 7)
        for index in tokens.indices {
            if index > tokens.startIndex, tokens[index].spaceBefore { bytes.append(0x20) }
            bytes.append(contentsOf: tokens[index].text.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
