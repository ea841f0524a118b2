/// People and organisations an article mentions, in order, so that "she", "it" and "the company"
/// can be resolved to the entity they stand for.
struct Entities: Sendable {
    enum Kind: Sendable { case person, organisation, unknown }

    struct Mention: Sendable {
        var paragraph: Int
        var token: Int
        var end: Int
        var kind: Kind
        /// Opens a clause and is followed by its verb: the likely antecedent of "he" or "it".
        var isSubject: Bool
        /// The role noun written just before the name ("spokesman Tomas Lindqvist"), lower case.
        var role: String?
        /// Inside a quotation: someone the speaker talks of, not one the article describes.
        var quoted = false
        /// Whether `kind` is final (a person from the start, or looked up once when first asked).
        var settled = false
        /// The name, once asked for.
        var name: String?
        /// What the title or role before it, or its given name, says of the person's gender ("Mr. Halm").
        var gender: Gender?
    }

    /// Mentions as found; `kind` is only `.person` (a given name or a title says so) or `.unknown` until asked.
    private(set) var mentions: [Mention] = []
    /// Index of the first mention in each paragraph (mentions are in reading order).
    private var firstMention: [Int] = []
    /// Mentions of two words or more by their last word, in reading order: "Halm" → "Petra Halm".
    private var bySurname: [String: [Int]] = [:]
    /// Where each surname first stood alone for someone — with a title or opening a clause ("President Halm",
    /// "Halm said"): paragraph and token.
    private var firstAlone: [String: (paragraph: Int, token: Int)] = [:]
    /// Speakers attributed so far, latest last.
    private(set) var speakers: [(name: String, kind: Kind, role: String?, paragraph: Int, gender: Gender?)] = []
    /// Texts whose speaker a quote named, by their last word ("statement" for "a joint statement"), latest last.
    private var issued: [(medium: String, paragraph: Int, speaker: SpeakerReference)] = []
    /// How often each speaker that is not a person has spoken so far.
    private var bodySpeakers: [String: Int] = [:]
    /// Descriptions already tied to an entity by apposition ("Twitter, the San Francisco-based company").
    private var described: [String: String] = [:]
    private var personSurnames: Set<String> = []
    /// What the article says of people's gender, by surname ("Mr. Halm", "Petra Halm") and by the full names of speakers.
    private var genders: [String: Gender.Count] = [:]
    /// The gender each speaker was last said to have, by a title, a role or the article.
    private var spokenGenders: [String: Gender] = [:]
    /// How often each speaker of no known gender was "she" and "he".
    private var pronouns: [String: Gender.Count] = [:]

    private let paragraphs: [[Token]]
    /// Of the words that may be ordinary ones (see `isOrdinaryWord`), those the article also writes in lower case
    /// ("Moments" opening a sentence and "moments" elsewhere), and those it writes with a capital where no
    /// sentence, quotation or aside begins ("… said Manning").
    private var writtenLowerCase: Set<String> = []
    private var capitalisedInside: Set<String> = []

    init(paragraphs: [[Token]], sentences: [Sentences]) {
        self.paragraphs = paragraphs
        (writtenLowerCase, capitalisedInside) = Self.spellings(paragraphs)
        for (p, tokens) in paragraphs.enumerated() {
            firstMention.append(mentions.count)
            var index = 0
            while index < tokens.count {
                guard tokens[index].isWord, tokens[index].startsUppercase else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < tokens.count, tokens[end].isWord, tokens[end].startsUppercase, !tokens[end - 1].isPossessive {
                    end += 1
                    // "Valmora Board of Elections": a body's "of" before a capital is part of its name.
                    if end + 1 < tokens.count, tokens[end].is("of"), tokens[end + 1].startsUppercase, tokens[end - 1].classes.contains(.organisationWord) {
                        end += 1
                    }
                }
                var start = index
                // "Does Lind …?", "Can", "Outside Halm's yard": a question's auxiliary or a preposition opens no name — but "Will Lund" is one.
                while start < end, tokens[start].classes.contains(.capitalisedFunctionWords)
                    || tokens[start].classes.contains(.title) || tokens[start].classes.contains(.prepositions)
                    || tokens[start].classes.contains(.clauseWords) && !tokens[start].lowered.isOne(of: Self.namingAuxiliaries)
                {
                    start += 1
                }
                // "Following Halm's tour", "Including Ruiz": a capitalised participle before a name opens no name.
                if start == index, end - start >= 2, start == 0 || !tokens[start - 1].isWord, tokens[start].text.hasSuffixBytes("ing"),
                    Self.participlePrepositions.contains(tokens[start].lowered)
                {
                    start += 1
                }
                // "Justice Department": a title before a body's words only is part of its name.
                if start > index, start < end, SpeakerPhrase.isBodyName(tokens[start..<end]) { start = index }
                // "(Chief of) Staff Vera Sand", "Harbour TV's Ana Ruiz", "Union Secretary Petra Halm": the words before
                // a common given name that is not the run's first are a role's or a body's — after "of", with a
                // possessive, or words of bodies, places or people ("Billie Jean King" keeps all three).
                let titlesEnd = start
                let given: WordClass = [.givenName, .femaleName, .maleName]
                if end - start >= 3, tokens[start].classes.isDisjoint(with: given),
                    let first = (start + 1..<end - 1).first(where: { !tokens[$0].classes.isDisjoint(with: given) }),
                    index > 0 && tokens[index - 1].is("of") || tokens[start..<first].allSatisfy({ word in
                        word.isPossessive || word.text.hasSuffixBytes("’") || !word.classes.isDisjoint(with: [.personNouns, .title, .organisationWord, .knownWord])
                    })
                {
                    start = first
                }
                // "One Halm letter promised", "One Ruiz aide said": a number before a name and the noun it counts.
                if start + 1 < end, tokens[start].lowered.isOne(of: Self.countingWords), end < tokens.count, tokens[end].isWord,
                    !tokens[end].startsUppercase, !tokens[end].classes.contains(.verbs), !tokens[end].classes.contains(.clauseWords)
                {
                    start += 1
                }
                if start < end {
                    if end - start > 1 || !tokens[start].classes.contains(.calendarWord) && !isOrdinaryWord(tokens, at: start) {
                        let titled = tokens[index..<titlesEnd].contains { $0.classes.contains(.title) }
                        let kind: Kind = titled || looksLikePerson(tokens[start..<end]) ? .person : .unknown
                        if kind == .person, end - start > 1 { personSurnames.insert(Self.bare(tokens[end - 1].text)) }
                        let opensClause = index == 0 || tokens[index - 1].text.isOne(of: Self.clauseSigns) || tokens[index - 1].kind == .mark
                            || tokens[index - 1].classes.contains(.clauseOpeners) || tokens[index - 1].lowered == "that"
                        let verbFollows = end < tokens.count && tokens[end].isWord && !tokens[end].startsUppercase
                            && !tokens[end].classes.contains(.determiners) && !tokens[end].lowered.isOne(of: Self.linkingWords)
                        var role = index > 0 && tokens[index - 1].classes.contains(.personNouns) ? tokens[index - 1].lowered : nil
                        // "Senator Ana Ruiz", "Sen. Ana Ruiz": a title before the name gives the role as well.
                        let abbreviated = index >= 2 && tokens[index - 1].is(".") && tokens[index - 2].classes.contains(.title) ? index - 2 : index
                        if role == nil, let title = tokens[abbreviated..<titlesEnd].last(where: { $0.classes.contains(.title) }) {
                            let word = SpeakerPhrase.titleAbbreviations[title.lowered]?.lowercased() ?? title.lowered
                            if SpeechLexicon.personNouns.contains(word) { role = word }
                        }
                        if end - start > 1 { bySurname[Self.bare(tokens[end - 1].text), default: []].append(mentions.count) }
                        if end - start == 1, titled || opensClause && verbFollows, case let surname = Self.bare(tokens[start].text), firstAlone[surname] == nil {
                            firstAlone[surname] = (p, start)
                        }
                        mentions.append(Mention(paragraph: p, token: start, end: end, kind: role == nil ? kind : .person,
                                                isSubject: opensClause && verbFollows, role: role, quoted: sentences[p].overlapsQuote(start..<end),
                                                gender: noteGender(of: tokens[start..<end], titles: tokens[Self.saying(tokens, before: abbreviated)..<start],
                                                                   appositive: Self.appositive(tokens, after: end))))
                    }
                }
                index = end
            }
        }
    }

    /// Whether a one-word name is an ordinary word: one opening a sentence that the article also writes in
    /// lower case ("Tolls"), a number ("Fifteen") or a span of time ("Moments after the vote, she added").
    func isOrdinary(_ name: String) -> Bool {
        guard !name.containsBytes(" ") else { return false }
        let word = name.lowercased()
        return writtenLowerCase.contains(word) || Self.isNumberWord(word) || Self.timeWords.contains(word)
    }

    // Word lists of the mention scan, made once: a literal in the loop is built and torn down at every mention.
    /// "Will Lund", "May Halm": auxiliaries that are also given names.
    private static let namingAuxiliaries = ["will", "may"]
    /// "One Halm letter", "another Ruiz aide": a number before a name and the noun it counts.
    private static let countingWords = ["one", "another"]
    /// Signs after which a name opens a clause.
    private static let clauseSigns = [",", ";", ":", "(", "—"]
    /// Words after a name that are not its verb.
    private static let linkingWords = ["of", "and", "in", "on", "for", "to", "at"]

    /// Participles that work as prepositions: "Following Halm's tour, …".
    private static let participlePrepositions: Set<String> = [
        "following", "including", "regarding", "concerning", "excluding", "barring", "pending", "considering", "assuming", "excepting",
    ]
    private static let timeWords: Set<String> = ["moments", "minutes", "hours", "days", "weeks", "months", "years", "decades"]

    /// Where the words that may say a name's gender start: the word before it ("spokeswoman Brannstad"), or a
    /// family word set off by a comma ("her son, Ari Halm").
    private static func saying(_ tokens: [Token], before index: Int) -> Int {
        index >= 2 && tokens[index - 1].is(",") && tokens[index - 2].classes.contains(.genderWord) ? index - 2 : max(0, index - 1)
    }

    /// Records what a mention says of gender: a title or role word just before it ("Ms. Halm", "spokesman
    /// Tomas Lindqvist", "Congresswoman Ruiz") or, for a full name, its given name.
    private mutating func noteGender(of name: ArraySlice<Token>, titles: ArraySlice<Token>, appositive: ArraySlice<Token>) -> Gender? {
        var gender: Gender?
        var conflict = false
        // only titles, person nouns and gender words can say it ("Ms.", "spokeswoman", "daughter"): a bit test for most words
        func read(_ words: ArraySlice<Token>) {
            for title in words where !title.classes.isDisjoint(with: [.title, .personNouns, .genderWord]) {
                guard let said = Gender(lowercasedWord: title.lowered) else { continue }
                if gender != nil, gender != said { conflict = true }
                gender = said
            }
        }
        read(titles)
        if !appositive.isEmpty { read(appositive) }
        if conflict { return nil }
        if name.count > 1, let given = Gender(givenName: name.first!.classes) {
            if gender != nil, gender != given { return nil }
            gender = given
        }
        guard let gender else { return nil }
        noteGender(gender, of: Self.bare(name.last!.text))
        return gender
    }

    /// A short description set off after a name, which may say its gender: "Kiri Halm, the mayor's wife,", "Ari Halm,
    /// her son," — up to four words opening with a determiner or a possessive pronoun; empty for anything else.
    private static func appositive(_ tokens: [Token], after end: Int) -> ArraySlice<Token> {
        guard end + 2 < tokens.count, tokens[end].is(","), tokens[end + 1].classes.contains(.determiners) || tokens[end + 1].lowered.isOne(of: ["his", "her", "their"]),
            // the head phrase only: "an adviser to Mrs. Ruiz's office" says nothing of the adviser
            let close = (end + 2..<min(tokens.count, end + 6)).first(where: { !tokens[$0].isWord || tokens[$0].classes.contains(.prepositions) || tokens[$0].is("of") })
        else { return [] }
        return tokens[(end + 1)..<close]
    }

    /// The gender the mention of a name at a place says ("said Mr. Halm" — whatever other Halms the article has).
    func gender(ofMention name: String, paragraph: Int, from token: Int) -> Gender? {
        let words = name.spaceSeparated()
        guard firstMention.indices.contains(paragraph), let surname = words.last else { return nil }
        let end = paragraph + 1 < firstMention.count ? firstMention[paragraph + 1] : mentions.count
        // the first mention by that name near the cue: its surname, and its given name when it has one
        let tokens = paragraphs[paragraph]
        let mention = mentions[firstMention[paragraph]..<end].first { mention in
            mention.token + 2 >= token && mention.token <= token + 6 && Self.bare(tokens[mention.end - 1].text) == surname
                && (mention.end - mention.token == 1 || tokens[mention.token].text == words[0])
        }
        return mention?.gender
    }

    private mutating func noteGender(_ gender: Gender, of name: String) {
        genders[name, default: Gender.Count()].add(gender)
    }

    /// The gender of a person named so far, when the article says it (a title, a role, a pronoun when they spoke) or a given name does.
    func gender(of name: String) -> Gender? {
        if let known = genders[name]?.majority() { return known }
        if let spoken = spokenGenders[name] { return spoken }
        // "she" twice or more and most of the times they spoke, by two to one: one pronoun put to the wrong
        // person does not decide it
        if let known = pronouns[name]?.majority(atLeast: 2) { return known }
        // A full name is its own: "Mr. Halm" says nothing of Petra Halm, whose mentions or given name may.
        let words = name.spaceSeparated()
        guard words.count > 1, let surname = words.last else { return nil }
        var said: Gender?
        for index in bySurname[Self.bare(String(surname))] ?? [] {
            let mention = mentions[index]
            guard let gender = mention.gender, mention.end - mention.token == words.count,
                paragraphs[mention.paragraph][mention.token].text == words[0]
            else { continue }
            if said != nil, said != gender { return nil }
            said = gender
        }
        return said ?? Gender(givenName: String(words[0]))
    }

    /// Whether "he" or "she" can stand for a person: yes unless the person's gender is known and another.
    func agrees(_ name: String, with pronoun: String) -> Bool {
        Gender.allows(Gender(pronoun: pronoun), gender(of: name))
    }

    /// Whether a word opens a sentence, a quotation or an aside, where any word takes a capital.
    private static func opensSentence<Tokens: RandomAccessCollection<Token>>(_ tokens: Tokens, _ index: Int) -> Bool where Tokens.Index == Int {
        guard index > 0 else { return true }
        // An opening mark has no space after it; after a closing one ("…,” Ruiz said") the capital is the word's own.
        return tokens[index - 1].kind == .mark ? !tokens[index - 1].spaceAfter : !tokens[index - 1].isWord && tokens[index - 1].text.isOne(of: sentenceOpeners)
    }

    /// Signs after which any word takes a capital.
    private static let sentenceOpeners = [".", "!", "?", ":", "(", "[", "—", "–", "―", "-", "…", "•", "*", ";"]

    private static let adverbs: Set<String> = ["then", "also", "later", "again", "once", "never", "still", "now"]

    /// "Hastily" or "Holding" opening a sentence: an adverb or a participle the article capitalises only where a
    /// sentence begins, and no known name, place or acronym, is an ordinary word — no one's name; so is a word
    /// the article also writes in lower case ("Moments later,"), a number ("Fifteen of the …") and a span of
    /// time ("Hours before the vote").
    /// A word a speech verb follows ("Ruiz said", "Ruiz then admitted") or "who" describes is a name all the same.
    func isOrdinaryWord(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, token.classes.isDisjoint(with: [.givenName, .knownWord, .personNouns, .organisationNouns]),
            Self.isSuffixed(token.lowered)
                || Self.opensSentence(tokens, index)
                    && (writtenLowerCase.contains(token.lowered) || Self.isNumberWord(token.lowered) || Self.timeWords.contains(token.lowered)),
            !TextScanning.isAllCaps(token.text),
            !Lexicon.leaders.contains(token.lowered), !capitalisedInside.contains(token.lowered)
        else { return false }
        var next = index + 1
        if next < tokens.count, tokens[next].isWord, tokens[next].lowered.hasSuffixBytes("ly") || Self.adverbs.contains(tokens[next].lowered) { next += 1 }
        if next + 1 < tokens.count, tokens[next].is(","), tokens[next + 1].is("who") { return false }  // "Brandvik, who drives a crane,"
        return next >= tokens.count || !tokens[next].classes.contains(.verbs)
    }

    /// How the article spells the words `isOrdinaryWord` asks about elsewhere: capitalised words that open a
    /// sentence, in lower case; capitalised words in -ly or -ing, with a capital inside a sentence. Lower-case words
    /// are matched against the openers through a filter on length and first letter, so that most cost no hashing.
    private static func spellings(_ paragraphs: [[Token]]) -> (lowerCase: Set<String>, capitalisedInside: Set<String>) {
        let named: WordClass = [.givenName, .knownWord, .personNouns, .organisationNouns]
        // Function words and verbs opening a sentence are not asked about: no name starts with the one, and the
        // other is written in lower case everywhere.
        let unasked: WordClass = named.union([.capitalisedFunctionWords, .verbs])
        var openers: Set<String> = [], suffixed: Set<String> = []
        // A bit per length in scalars (modulo 64) in a word per first byte (modulo 32): few words pass both.
        var filter = [UInt64](repeating: 0, count: 32)
        func letter(_ word: String) -> Int { Int((word.utf8.first ?? 0) & 31) }
        func lengthBit(_ token: Token) -> UInt64 { 1 << UInt64((token.end - token.start) & 63) }
        for tokens in paragraphs {
            tokens.withUnsafeBufferPointer { tokens in
                for index in tokens.indices where tokens[index].startsUppercase && tokens[index].isWord && tokens[index].classes.isDisjoint(with: named) {
                    let word = tokens[index].lowered
                    if isSuffixed(word) { suffixed.insert(word) }
                    // …and the last word of a run of capitalised words ("Harbour Operations"), asked by `isCommonNoun`
                    // (not after a given name or a title: "Petra Street" is someone)
                    let endsRun = index > 0 && tokens[index - 1].isWord && tokens[index - 1].startsUppercase && !tokens[index - 1].isPossessive
                        && tokens[index - 1].classes.isDisjoint(with: [.givenName, .femaleName, .maleName, .title])
                        && (index + 1 == tokens.count || !tokens[index + 1].isWord || !tokens[index + 1].startsUppercase)
                    if tokens[index].classes.isDisjoint(with: unasked), endsRun || opensSentence(tokens, index) {
                        openers.insert(word)
                        filter[letter(word)] |= lengthBit(tokens[index])
                    }
                }
            }
        }
        var lowerCase: Set<String> = [], capitalisedInside: Set<String> = []
        for tokens in paragraphs {
            tokens.withUnsafeBufferPointer { tokens in
                for index in tokens.indices where tokens[index].isWord {
                    if !tokens[index].startsUppercase {
                        guard tokens[index].classes.isDisjoint(with: unasked), case let word = tokens[index].lowered,
                            filter[letter(word)] & lengthBit(tokens[index]) != 0, openers.contains(word)
                        else { continue }
                        lowerCase.insert(word)
                    } else if !suffixed.isEmpty, tokens[index].classes.isDisjoint(with: named) {
                        // "Manning's" inside a sentence spells "Manning" with a capital.
                        var word = tokens[index].lowered
                        if tokens[index].isPossessive { word = bare(word) }
                        guard isSuffixed(word), suffixed.contains(word), !opensSentence(tokens, index) else { continue }
                        capitalisedInside.insert(word)
                    }
                }
            }
        }
        return (lowerCase, capitalisedInside)
    }

    /// "Hastily", "Holding": a word in -ly or -ing (the last byte tried first, as most words end otherwise).
    private static func isSuffixed(_ word: String) -> Bool {
        guard let last = word.utf8.last, last == UInt8(ascii: "y") || last == UInt8(ascii: "g") else { return false }
        return word.hasSuffixBytes("ly") || word.hasSuffixBytes("ing")
    }

    private static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "dozen", "dozens", "hundreds", "thousands",
    ]

    /// "fifteen", "twenty-three": a number written out.
    private static func isNumberWord(_ word: String) -> Bool {
        numberWords.contains(word) || word.containsBytes("-") && word.split(separator: "-").allSatisfy { numberWords.contains(String($0)) }
    }

    /// Two to four capitalised words, none an organisation's, and a given name first or no known place or body among them.
    private func looksLikePerson(_ run: ArraySlice<Token>) -> Bool {
        guard run.count >= 2, run.count <= 4, !run.contains(where: { $0.classes.contains(.organisationWord) }) else { return false }
        if run.first!.classes.contains(.givenName) { return true }
        return !run.contains { $0.classes.contains(.knownWord) } && !Self.isPlace(run.lazy.map(\.lowered)) && !isCommonNoun(run.last!.lowered)
    }

    /// "Harbour Operations", "Pier Street": a run whose last word the article also writes in lower case names a
    /// thing or a body, not a person (who would have a given name first: "Petra Street").
    private func isCommonNoun(_ word: String) -> Bool {
        writtenLowerCase.contains(word)
    }

    /// "South Dakota Farmers", "Lisbon-based": a run holding a two-word US state, or a place's "-based".
    private static func isPlace<Words: RandomAccessCollection<String>>(_ words: Words) -> Bool where Words.Index == Int {
        words.contains { $0.hasSuffixBytes("-based") }
            || words.indices.dropLast().contains { i in
                // only the first words of two-word states are joined and looked up
                stateOpeners.contains(words[i]) && Lexicon.stateNames.contains(words[i] + " " + words[i + 1])
            }
    }

    private static let stateOpeners = ["new", "north", "south", "west", "rhode"]

    /// The full name a surname stands for: the last person named before with that last word ("Halm" → "Petra Halm").
    /// With a gender ("Mr. Halm"), only a person of that gender or of none known.
    mutating func fullName(of surname: String, paragraph: Int, token: Int, gender: Gender? = nil) -> String? {
        guard !surname.containsBytes(" "), let candidates = bySurname[surname] else { return nil }
        var unknown: String?  // the latest whose gender is not known, if none is known to be that one
        // "President Halm … Halm said", and only then "Kiri Halm": the surname already stood for someone else, so only
        // the full names named before it stood alone can be its.
        let alone = firstAlone[surname]
        let namedFirst = alone.map { alone in candidates.prefix { before(mentions[$0], alone.paragraph, alone.token) } }
        for index in candidates.reversed() where before(mentions[index], paragraph, token) {
            let name = name(at: index)
            guard name.containsBytes(" "), kind(at: index) == .person else { continue }
            if let namedFirst, !namedFirst.contains(where: { self.name(at: $0) == name }) { continue }
            guard let gender else { return name }
            let known = mentions[index].gender ?? self.gender(of: name)
            if known == gender { return name }
            if known == nil, unknown == nil { unknown = name }
        }
        return unknown
    }

    /// The name a mention gives, without a possessive ending or the titles before it.
    func name(_ mention: Mention) -> String {
        let tokens = paragraphs[mention.paragraph][mention.token..<mention.end]
        if mention.end - mention.token > 2, case .named(let reference)? = SpeakerPhrase.parse(tokens) { return Self.bare(reference.name) }
        return Self.bare(SpeakerPhrase.text(tokens))
    }

    /// A name without a possessive ending.
    static func bare(_ name: String) -> String {
        name.hasSuffixBytes("'s") || name.hasSuffixBytes("’s") ? String(name.dropLast(2)) : name
    }

    private var kinds: [String: Kind] = [:]

    /// The kind of a name, remembered for the article.
    mutating func kind(of name: String) -> Kind {
        if let known = kinds[name] { return known }
        let kind = kind(of: name, titled: false)
        kinds[name] = kind
        return kind
    }

    /// A name that is plainly a body, not a place acting as one: it holds a word like "Board" or "Party", is
    /// an outlet's, or is a short acronym.
    static func isBody(_ name: String) -> Bool {
        let words = name.spaceSeparated()
        return words.contains(where: { SpeechLexicon.organisationWords.contains($0.lowercased()) })
            || OutletCatalog.standard.outlet(named: name) != nil
            || words.count == 1 && name.count <= 6 && TextScanning.isAllCaps(name)
    }

    func kind(of name: String, titled: Bool) -> Kind {
        let words = name.spaceSeparated()
        if Self.isBody(name) { return .organisation }
        if titled || words.count >= 2 && words.count <= 4 && (Lexicon.givenNames.contains(words[0].lowercased())
            || !words.contains { Lexicon.words[$0.lowercased()] != nil && !Lexicon.givenNames.contains($0.lowercased()) }
                && !Self.isPlace(words.map { $0.lowercased() }) && !isCommonNoun(words.last!.lowercased()))
        {
            return .person
        }
        if words.count == 1 {
            if personSurnames.contains(name) || Lexicon.leaders.contains(name.lowercased()) { return .person }
            if Lexicon.words[name.lowercased()] != nil { return .organisation }  // places and institutions act as bodies: "Moscow threatened"
        }
        return .unknown
    }

    /// Notes that a quote came through a text ("in a statement, the union said"), for "the statement" later.
    mutating func noteIssued(_ medium: String, paragraph: Int, speaker: SpeakerReference) {
        guard let last = medium.spaceSeparated().last else { return }
        issued.append((last.lowercased(), paragraph, speaker))
    }

    /// Who issued the text last quoted through a `medium` ("statement"), since `paragraph`.
    func issuer(of medium: String, since paragraph: Int) -> (paragraph: Int, speaker: SpeakerReference)? {
        issued.last { $0.medium == medium }.flatMap { $0.paragraph >= paragraph ? ($0.paragraph, $0.speaker) : nil }
    }

    /// Notes who spoke: `gender` is what the cue's own mention says ("said Mr. Halm"), else the role's word
    /// ("a spokeswoman") or what the article says of the name; `pronoun`, the "he" or "she" the cue used.
    mutating func noteSpeaker(_ name: String, role: String?, titled: Bool = false, paragraph: Int, description: String? = nil,
                              gender: Gender? = nil, pronoun: Gender? = nil) {
        let kind = titled || role.map { Lexicon.titles.contains($0.lowercased()) } == true ? .person : kind(of: name)
        if kind == .person, let surname = name.spaceSeparated().last, name.containsBytes(" ") { personSurnames.insert(String(surname)) }
        let said = gender ?? role.flatMap { Gender(role: $0) }
        if kind == .person, let said {
            // A role says it of the name and its surname; the cue's title only of a full name, as a surname
            // alone may be a family's.
            if gender == nil || name.containsBytes(" ") { noteGender(said, of: name) }
            if gender == nil, let surname = name.spaceSeparated().last, name.containsBytes(" ") { noteGender(said, of: String(surname)) }
        }
        // What this cue says, else what the article says, else the pronoun that named them ("she said"), which
        // may have been put to the wrong person and so says least.
        let known = said ?? self.gender(of: name)
        if let known {
            spokenGenders[name] = known
        } else if let pronoun {
            pronouns[name, default: Gender.Count()].add(pronoun)
        }
        speakers.append((name, kind, role, paragraph, known ?? pronoun))
        if kind != .person { bodySpeakers[name, default: 0] += 1 }
        if let description { described[SpeakerIndex.key(description)] = name }
    }

    /// The entity a pronoun or description stands for at a place in the article.
    mutating func resolve(_ phrase: SpeakerPhrase, paragraph: Int, token: Int) -> String? {
        switch phrase {
        case .named(let reference):
            return reference.name
        case .pronoun(let word):
            if SpeechLexicon.personPronouns.contains(word) {
                // "he" or "she" is one person: not "some aides" or "officials".
                // "she" is not a man the article calls Mr. or by a man's given name.
                let wanted = Gender(pronoun: word)
                let person = speakers.last { speaker in
                    speaker.kind != .organisation && !Self.isGroup(speaker.name) && Gender.allows(wanted, speaker.gender)
                }
                if let person, person.paragraph >= paragraph - 3 { return person.name }
                // else a person named since the paragraph before, the subject of a clause first
                var recent: [Mention] = []
                for index in window(from: paragraph - 1, paragraph: paragraph, token: token) where kind(at: index) == .person {
                    if !Gender.allows(wanted, mentions[index].gender ?? gender(of: name(at: index))) { continue }
                    recent.append(mentions[index])
                }
                if let subject = recent.last(where: \.isSubject) ?? recent.last { return name(subject) }
                if let person { return person.name }
                return window(from: 0, paragraph: paragraph, token: token).last { index in
                    mentions[index].kind == .person && Gender.allows(wanted, mentions[index].gender ?? gender(of: name(mentions[index])))
                }.map { name(mentions[$0]) }
            }
            if let speaker = speakers.last(where: { $0.kind == .organisation }) { return speaker.name }
            return salientOrganisation(head: nil, paragraph: paragraph, token: token) ?? speakers.last { $0.kind == .unknown }?.name
        case .description(let head, let text, _, _):
            if let bound = described[SpeakerIndex.key(text)] { return bound }
            if SpeechLexicon.personNouns.contains(head) {
                // "a spokesman", "one district leader": an indefinite description brings in someone new.
                if let first = text.spaceSeparated().first, ["a", "an", "one", "another"].contains(first.lowercased()) { return nil }
                // "the spokesman": a person whose role holds the word; "the Kremlin representative": one whose role shares a name.
                let people = speakers.suffix(Self.lookback).filter { $0.kind != .organisation }
                let names = Set(text.spaceSeparated().filter { $0.first?.isUppercase == true }.map { $0.lowercased() }
                    .filter { !SpeechLexicon.determiners.contains($0) && !SpeechLexicon.capitalisedFunctionWords.contains($0) })
                // "the Valmora senator" is not any senator: a name in the description must be in the role too.
                if names.isEmpty {
                    // The later of a speaker whose role holds the word and a mention in the last paragraphs with it as a
                    // title or role: "Sen. Ana Ruiz … Ruiz said. The senator said" — not one inside a quotation in the
                    // description's own paragraph, whom the speaker talks of.
                    let speaker = people.last { $0.role?.lowercased().contains(head) ?? false }
                    let mention = window(from: paragraph - 2, paragraph: paragraph, token: token).last { index in
                        mentions[index].role == head && (!mentions[index].quoted || mentions[index].paragraph < paragraph)
                    }
                    if let mention, speaker.map({ mentions[mention].paragraph > $0.paragraph }) ?? true { return name(mentions[mention]) }
                    if let speaker { return speaker.name }
                    // "President Ana Ruiz" paragraphs before, then "Ruiz said …": "the president" is that recent speaker
                    // ("its vice president" is someone else's).
                    let titled = SpeakerPhrase.isDefinite(text) ? window(from: 0, paragraph: paragraph, token: token).filter { mentions[$0].role == head }.map { name(mentions[$0]) } : []
                    if !titled.isEmpty, let speaker = people.last(where: { speaker in
                        speaker.paragraph >= paragraph - 3 && titled.contains { $0 == speaker.name || $0.hasSuffix(" " + speaker.name) || speaker.name.hasSuffix(" " + $0) }
                    }) {
                        return speaker.name
                    }
                }
                return people.last { speaker in
                    !names.isEmpty && speaker.paragraph >= paragraph - 2
                        && (speaker.role?.spaceSeparated().contains { names.contains($0.lowercased()) } ?? false)
                }?.name
            }
            if SpeechLexicon.organisationNouns.contains(head) {
                // "the town", "the city": its council, named as the article names it.
                if head.isOne(of: ["city", "town", "county", "village"]) {
                    let determined = text.spaceSeparated().first.map { SpeechLexicon.determiners.contains($0.lowercased()) } ?? false
                    return determined ? text : "the " + text
                }
                // "the port authority": a body of its own unless a name holds all its words ("Valmora Port Authority").
                let words = text.lowercased().spaceSeparated()
                if words.count > 1, text == text.lowercased(), !text.containsBytes("-") {
                    let named = window(from: 0, paragraph: paragraph, token: token).last { index in
                        words.allSatisfy { word in name(mentions[index]).lowercased().spaceSeparated().contains(word) }
                    }
                    return named.map { name(mentions[$0]) } ?? text
                }
                // "the Lindqvist campaign": a person's name inside says which body it is — but a place or people
                // ("the Lisbon-based company", "the Russian ministry") describes one named elsewhere.
                if words.count > 1, !text.contains("-based"), text.spaceSeparated().contains(where: { word in
                    let lower = word.lowercased()
                    return word.first?.isUppercase == true && !SpeechLexicon.determiners.contains(lower)
                        && (Lexicon.words[lower] == nil || Lexicon.leaders.contains(lower))
                }) {
                    return text
                }
                return salientOrganisation(head: head, paragraph: paragraph, token: token)
            }
            return nil
        }
    }


    /// "some aides", "senior officials", "the spokesmen": people described in the plural.
    private static func isGroup(_ name: String) -> Bool {
        // a description's last word, or one word alone ("Aides said" opening a sentence)
        let words = name.spaceSeparated()
        guard let word = words.last, words.count == 1 || word.first?.isLowercase == true,
            case let last = word.lowercased(), SpeechLexicon.personNouns.contains(last)
        else { return false }
        if last == "people" || last.hasSuffixBytes("men") { return true }
        guard last.hasSuffixBytes("s") else { return false }
        // a plural has its singular in the list too ("aides", "deputies"); "actress" does not
        return SpeechLexicon.personNouns.contains(String(last.dropLast())) || last.hasSuffixBytes("ies") && SpeechLexicon.personNouns.contains(String(last.dropLast(3)) + "y")
    }

    /// How far back, in mentions or speakers, a pronoun or description looks: recent enough for any
    /// real article, and a bound that keeps a one-paragraph 50 MB file linear.
    private static let lookback = 300

    /// Indices of the mentions from paragraph `from` on that come before a place: a window of at most
    /// `lookback` mentions, not the whole article.
    private func window(from: Int, paragraph: Int, token: Int) -> Range<Int> {
        let start = firstMention.isEmpty ? 0 : firstMention[max(0, min(from, firstMention.count - 1))]
        let end = paragraph + 1 < firstMention.count ? firstMention[paragraph + 1] : mentions.count
        var low = min(start, end), high = end
        while low < high {  // the first mention at or after the place (mentions are in reading order)
            let middle = (low + high) / 2
            if before(mentions[middle], paragraph, token) { low = middle + 1 } else { high = middle }
        }
        return max(min(start, end), low - Self.lookback)..<low
    }

    /// The name of the mention at `index`, read once.
    private mutating func name(at index: Int) -> String {
        if let known = mentions[index].name { return known }
        let name = name(mentions[index])
        mentions[index].name = name
        return name
    }

    /// The kind of the mention at `index`, looked up once.
    private mutating func kind(at index: Int) -> Kind {
        if !mentions[index].settled {
            if mentions[index].kind != .person { mentions[index].kind = kind(of: name(at: index)) }
            mentions[index].settled = true
        }
        return mentions[index].kind
    }

    private func before(_ mention: Mention, _ paragraph: Int, _ token: Int) -> Bool {
        mention.paragraph < paragraph || mention.paragraph == paragraph && mention.token < token
    }

    /// Heads that bodies carry in their names ("Foreign Ministry", "Dockers' Union"), unlike "the company" or "the site".
    private static let namingHeads: Set<String> = [
        "ministry", "department", "embassy", "commission", "committee", "council", "union", "court", "bank", "league", "club",
        "police", "army", "party", "campaign", "bureau",
    ]

    private static let mediaHeads: Set<String> = ["outlet", "broadcaster", "channel", "network", "newspaper", "paper", "publication"]

    /// The organisation a description most likely means: one whose name holds the head word, one the
    /// article spoke of most, one that spoke last; media heads prefer outlets and company heads the rest.
    private mutating func salientOrganisation(head: String?, paragraph: Int, token: Int) -> String? {
        var score: [String: Double] = [:]
        for index in window(from: paragraph - 6, paragraph: paragraph, token: token) {
            guard kind(at: index) != .person else { continue }
            let mention = mentions[index]
            let name = name(at: index)
            score[name, default: 0] += 1
            if mention.paragraph >= paragraph - 1 { score[name, default: 0] += 0.5 }
        }
        for (name, count) in bodySpeakers { score[name, default: 0] += Double(2 * count) }
        if let last = speakers.last, last.kind != .person { score[last.name, default: 0] += 2 }
        if let head {
            // "the ministry", "the union": a body whose name says what it is — none named so, the description
            // stays unresolved ("ministry") rather than going to the outlet or city spoken of last.
            if Self.namingHeads.contains(head), !score.keys.contains(where: { $0.lowercased().spaceSeparated().contains(Substring(head)) }) {
                return nil
            }
            for name in score.keys {
                if name.lowercased().spaceSeparated().contains(Substring(head)) { score[name, default: 0] += 10 }
                let isOutlet = OutletCatalog.standard.outlet(named: name) != nil
                if Self.mediaHeads.contains(head) == isOutlet { score[name, default: 0] += 3 }
            }
        }
        return score.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
    }
}
