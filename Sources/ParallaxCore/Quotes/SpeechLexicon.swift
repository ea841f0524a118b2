/// Words that mark speech and name speakers, as lower-case sets.
enum SpeechLexicon {
    private static func set(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    /// Verbs that attribute words to a speaker, in every form a news sentence uses.
    static let verbs: Set<String> = {
        let stems = """
            say said says saying tell told tells telling add added adds adding ask asked asks asking state stated states
            stating write wrote writes writing written tweet tweeted tweets tweeting explain explained explains explaining
            note noted notes noting argue argued argues arguing insist insisted insists insisting claim claimed claims
            claiming admit admitted admits admitting continue continued continues declare declared declares announce
            announced announces warn warned warns warning reply replied replies respond responded responds recall recalled
            recalls remark remarked acknowledge acknowledged acknowledges call called calls calling describe described
            describes describing label labeled labelled labels dub dubbed urge urged urges urging suggest suggested
            suggests conclude concluded predict predicted predicts quip quipped joke joked complain complained complains
            concede conceded observe observed emphasize emphasized emphasise emphasised stress stressed stresses contend
            contended maintain maintained maintains post posted thunder thundered promise promised promises vow vowed
            vows boast boasted lament lamented shout shouted yell yelled reiterate reiterated caution cautioned counter
            countered charge charged allege alleged alleges echo echoed muse mused agree agreed repeat repeated testify
            testified confirm confirmed confirms deny denied denies accuse accused accuses blast blasted slam slammed
            criticize criticized criticise criticised condemn condemned condemns praise praised hail hailed welcome
            welcomed welcomes regret regretted regrets threaten threatened threatens demand demanded demands assert
            asserted asserts report reported reports mention mentioned recount recounted exclaim exclaimed sigh sighed
            specify specified specifies whisper whispered scoff scoffed retort retorted interject interjected chime chimed pledge pledged opine opined
            answered answers proclaim proclaimed proclaims wonder wondered wonders chide chided scold scolded mock mocked
            ponder pondered ponders assure assured assures exhort exhorted gush gushed rave raved fume fumed grouse groused
            gripe griped marvel marveled marvelled reason reasoned speculate speculated snap snapped bellow bellowed remind
            reminded reminds elaborate elaborated surmise surmised remember remembered remembers spoke yelling shouting
            complaining joking boasting declaring announcing responding replying praising criticizing accusing vowing
            promising predicting suggesting retaliate retaliated rejoined bristled sniped jabbed needled teased raged
            hollered roared pleaded begged implored whined lectured riffed characterize characterized characterizes
            characterizing characterise characterised characterises branded brands termed
            agrees bellows blasts boasts cautions chides chimes concedes concludes contends counters criticises criticizes
            elaborates emphasises emphasizes exclaims exhorts fumes gripes grouses gushes hails interjects jokes laments
            marvels mentions mocks muses observes opines pledges raves recounts reiterates retorts scoffs scolds
            shouts sighs speculates surmises testifies thunders whispers yells
            pressed presses barked barks growled snarled grumbled deadpanned intoned queried demurred reads read
            thank thanked thanks thanking questioned blamed blames
            propose proposed proposes proposing quote quoted quotes quoting cite cited cites citing sang sings chanted chants
            pledging demanding denying threatening condemning lamenting conceding recalling stressing asserting
            reacted reacts
            """
        return set(stems)
    }()

    /// Verb forms that are mostly nouns in news copy: verbs only after a subject pronoun or a modal.
    static let nounLikeVerbs = set("""
        post posts call calls report reports claim claims tweet tweets note notes charge charges echo echoes promise promises
        vow vows warning welcome praise counter demand demands statement comment comments reply replies remark remarks
        label labels regret regrets counters blasts bellows chimes fumes gripes hails jokes marvels muses pledges raves
        shouts sighs thunders whispers yells brands state states reads read thanks quote quotes
        """)
    /// Nouns for what someone says, which speak for their possessor: "Lindqvist's reply was short:".
    static let sayingNouns = set("""
        response answer message advice verdict dictum words motto view position argument explanation excuse reaction take
        reasoning point line pitch plea appeal assessment prediction conclusion stance retort question mantra slogan
        """)

    /// Nouns for a work with a title, and verbs of performing one: a title-like quote after them is its name,
    /// not anyone's words ("the reality show “Dock Wars”", "sang “Salt Road”").
    static let workWords = set("""
        show shows series film films movie movies book books novel song songs album musical program programme sitcom
        documentary slogan slogans hashtag headline headlines banner poster column podcast episode segment tagline
        catchphrase anthem memoir magazine newsletter blog video ad
        perform performed performs performing sang sing sings singing hummed
        """)

    static let verbLeaders = set("i we you they to will would could should can may might must did do does not also")

    /// Verbs that report speech without quoting: the cue of indirect speech.
    static let reportingVerbs = set("""
        said says told tells stated states announced announces claimed claims insisted insists argued argues added
        denied denies warned warns noted notes explained explains acknowledged acknowledges admitted admits reported
        reports wrote writes tweeted suggested suggests confirmed confirms alleged alleges maintained maintains
        contended contends asserted asserts
        """)

    /// Words between a subject and its verb that are not part of the subject (Peskov *also* said).
    static let auxiliaries = set("""
        also has had have has've would will could might may did does do then later again further previously recently
        repeatedly often once earlier reportedly allegedly already subsequently even still just quickly flatly angrily simply
        publicly privately separately formally initially similarly himself herself itself themselves is was were are
        been be being not never has n't can cannot should must shall only merely now
        """)

    /// Words that begin a clause and are never part of a speaker's name.
    static let clauseOpeners = set("""
        and but so or yet then however meanwhile instead also while whereas although though because as when after before
        since if until unless moreover furthermore still now here there thus perhaps indeed finally
        """)

    /// Words that make a stretch a clause rather than a name ("Clinton seemed to be ready …").
    static let clauseWords = set("""
        is was were are be been being has had have seemed seems appeared appears did does do would will could can should
        might may must not never came comes went goes got gets took takes made makes became becomes
        """)

    static let personPronouns = set("he she him her")
    static let groupPronouns = set("they them we")
    static let thingPronouns = set("it")
    static let firstPerson = set("i we me us my our mine ours myself ourselves i'm we're i've we've i'd we'd i'll we'll")

    /// Head nouns of descriptions that stand for an organisation (the company, the San Francisco-based company).
    static let organisationNouns = set("""
        company firm site website platform network service ministry department agency government administration
        outlet broadcaster channel newspaper paper publication group campaign organisation organization committee party
        council commission office bureau embassy kremlin union association authority authorities court giant startup
        corporation business bank fund league team club body board regulator watchdog police army military
        city town county village
        """)

    /// Head nouns of descriptions that stand for a person (the spokesman, the Kremlin representative).
    static let personNouns: Set<String> = withPlurals(set("""
        spokesman spokeswoman spokesperson representative official officer minister secretary senator congressman
        congresswoman lawmaker president chairman chairwoman chair leader director editor chief executive aide adviser
        advisor candidate lawyer attorney governor mayor ambassador diplomat analyst expert professor researcher
        manager founder owner source spokesmen man woman coach player commissioner judge prosecutor deputy
        businessman businesswoman strategist pollster consultant treasurer activist organizer organiser economist
        historian scientist author columnist host anchor reporter journalist nominee frontrunner billionaire mogul
        actor actress delegate member supporter critic resident student teacher veteran sheriff pastor bishop
        archbishop priest rabbi doctor nurse worker master protester demonstrator voter donor observer participant
        blogger commentator lobbyist operative staffer volunteer employee head person people agent
        witness pilot driver farmer soldier parent neighbor neighbour relative friend colleague victim survivor
        patient passenger husband wife son daughter mother father brother sister grandmother grandfather uncle aunt
        cousin nephew niece widow widower fiancé fiancée girlfriend boyfriend
        """))

    /// Each noun with its plural: "official" and "officials", "spokesman" and "spokesmen", "deputy" and "deputies".
    private static func withPlurals(_ nouns: Set<String>) -> Set<String> {
        nouns.union(nouns.map { noun in
            if noun.hasSuffixBytes("man") { return String(noun.dropLast(3)) + "men" }
            if noun.hasSuffixBytes("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return String(noun.dropLast()) + "ies" }
            if noun.hasSuffixBytes("s") || noun.hasSuffixBytes("sh") || noun.hasSuffixBytes("ch") { return noun + "es" }
            return noun + "s"
        })
    }

    /// Words in a name that make it an organisation rather than a person.
    static let organisationWords = set("""
        ministry department inc inc. corp corporation co company party committee council commission agency office
        service bureau court senate congress house kremlin pentagon government administration campaign union
        association foundation institute university times post news network group bank fund league authority police
        army navy twitter facebook google youtube microsoft apple amazon state states parliament duma assembly
        embassy federation republic organization organisation coalition alliance caucus center centre board
        """)

    /// Nouns that name the medium a statement came through.
    static let mediumNouns = set("""
        post posts tweet tweets statement interview call website blog letter email e-mail speech video broadcast conference
        briefing op-ed column memo appearance message release podcast radio television tv rally hearing testimony
        twitter facebook instagram telegram document ad report lawsuit suit complaint filing notice editorial page account feed
        channel newsletter
        """)

    /// Capitalised words that start a sentence but never a name.
    static let capitalisedFunctionWords = set("""
        the a an in on at but and or so if when while after before as for from to with by of that this these those
        it its his her their our my we i he she they there here then however meanwhile still yet also according
        asked speaking addressing writing since during despite although though because unlike like last next
        likewise instead meanwhile earlier later now similarly additionally even only indeed some many most several
        all both each every other such not no yes never what why how who where which within without amid among
        across through throughout toward towards under against perhaps finally about just nearly almost roughly
        alongside beside besides beyond behind until unless whether nevertheless nonetheless together ever any more
        over back between you i'm i’m i'll i’ll that's that’s it's it’s there's there’s here's here’s what's what’s let's let’s
        two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds thousands
        she's she’s he's he’s they're they’re we're we’re
        """)

    static let determiners = set("the a an this that these its his her their our one another some")

    /// Prepositions that open a phrase after a speech verb ("said *to* a cheering crowd *at* the convention").
    static let prepositions = set("to in on at during after before while from for with about outside inside near within amid among across throughout alongside despite beside against toward towards")

    /// Every class each listed word belongs to: one lookup per token instead of one per list.
    static let classes = WordTable(classLists)

    private static let classLists: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        let lists: [(Set<String>, WordClass)] = [
            (verbs, .verbs),
            (reportingVerbs, .reportingVerbs),
            (nounLikeVerbs, .nounLikeVerbs),
            (verbLeaders, .verbLeaders),
            (auxiliaries, .auxiliaries),
            (clauseOpeners, .clauseOpeners),
            (clauseWords, .clauseWords),
            (personPronouns, .personPronouns),
            (groupPronouns, .groupPronouns),
            (thingPronouns, .thingPronouns),
            (firstPerson, .firstPerson),
            (organisationNouns, .organisationNouns),
            (personNouns, .personNouns),
            (mediumNouns, .mediumNouns),
            (capitalisedFunctionWords, .capitalisedFunctionWords),
            (determiners, .determiners),
            (prepositions, .prepositions),
            (Set(CueFinder.phrasalVerbs.keys), .phrasalVerbs),
            (Lexicon.titles, .title), (Reactions.actionVerbs, .actionVerb), (organisationWords, .organisationWord),
            (Lexicon.givenNames, .givenName), (Set(Lexicon.words.keys).subtracting(Lexicon.givenNames), .knownWord),
            (Set(TextScanning.monthNames.keys).union(TextScanning.weekdays), .calendarWord), (Gender.words, .genderWord),
            (Gender.femaleNames, .femaleName), (Gender.maleNames, .maleName),
        ]
        for (list, word) in lists {
            for entry in list { table[entry, default: []].insert(word) }
        }
        return table
    }()
}

/// The lexicon lists a word is in (see `SpeechLexicon.classes`).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let verbs = WordClass(rawValue: 1 << 0)
    static let reportingVerbs = WordClass(rawValue: 1 << 1)
    static let nounLikeVerbs = WordClass(rawValue: 1 << 2)
    static let verbLeaders = WordClass(rawValue: 1 << 3)
    static let auxiliaries = WordClass(rawValue: 1 << 5)
    static let clauseOpeners = WordClass(rawValue: 1 << 6)
    static let clauseWords = WordClass(rawValue: 1 << 7)
    static let personPronouns = WordClass(rawValue: 1 << 8)
    static let groupPronouns = WordClass(rawValue: 1 << 9)
    static let thingPronouns = WordClass(rawValue: 1 << 10)
    static let firstPerson = WordClass(rawValue: 1 << 11)
    static let organisationNouns = WordClass(rawValue: 1 << 12)
    static let personNouns = WordClass(rawValue: 1 << 13)
    static let mediumNouns = WordClass(rawValue: 1 << 14)
    static let capitalisedFunctionWords = WordClass(rawValue: 1 << 15)
    static let determiners = WordClass(rawValue: 1 << 16)
    static let title = WordClass(rawValue: 1 << 17)
    static let actionVerb = WordClass(rawValue: 1 << 18)
    static let organisationWord = WordClass(rawValue: 1 << 19)
    static let givenName = WordClass(rawValue: 1 << 20)
    /// In `Lexicon.words` (places, institutions, acronyms), not a given name.
    static let knownWord = WordClass(rawValue: 1 << 21)
    static let prepositions = WordClass(rawValue: 1 << 22)
    /// The verb of a phrasal speech verb: "shot" (back), "went" (on).
    static let phrasalVerbs = WordClass(rawValue: 1 << 23)
    /// A month or weekday name or abbreviation (`TextScanning.monthNames`, `TextScanning.weekdays`).
    static let calendarWord = WordClass(rawValue: 1 << 24)
    /// A word that says a person's gender: "Mrs", "daughter", "actress" (see `Gender`).
    static let genderWord = WordClass(rawValue: 1 << 25)
    /// Common given names of women and of men (see `Gender`).
    static let femaleName = WordClass(rawValue: 1 << 26)
    static let maleName = WordClass(rawValue: 1 << 27)
}
