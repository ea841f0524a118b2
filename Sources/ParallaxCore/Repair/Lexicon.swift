/// Built-in knowledge of how words are written when no copy of the story says: countries, peoples,
/// places, institutions, months and acronyms. Used by repair after the story's own articles.
enum Lexicon {
    /// Lower-cased word → written form: the lists below and every one-word outlet name.
    static let words: [String: String] = {
        var table: [String: String] = [:]
        for list in [capitalised, leaderSurnames, acronyms, firstNames, honorifics] {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                table[word.lowercased()] = String(word)
            }
        }
        for outlet in OutletCatalog.standard.outlets {
            // Only names that cannot be ordinary words: inner capitals (HuffPost) or short acronyms (CNN).
            for name in outlet.allNames where !name.containsBytes(" ") && name.count > 2 && !name.isOne(of: ["TIME", "VICE"])
                && (name.dropFirst().contains(where: \.isUppercase) && !TextScanning.isAllCaps(name) || TextScanning.isAllCaps(name) && name.count <= 5)
            {
                table[name.lowercased()] = table[name.lowercased()] ?? name
            }
        }
        for (key, form) in lowerCaseAbbreviations { table[key] = form }
        return table
    }()

    /// Two-word names whose words are ordinary alone: `white house`, `state department`; and every
    /// pair of neighbouring words in the catalogue's outlet names (`fox news`, `york times`).
    static let phrases: [String: [String]] = {
        var table: [String: [String]] = [:]
        var names = twoWordNames.split(separator: "\n").map(String.init)
        for outlet in OutletCatalog.standard.outlets { names += outlet.allNames }
        for name in names {
            let parts = name.spaceSeparated().map(String.init)
            for index in parts.indices.dropLast() where parts[index].first?.isUppercase == true && parts[index + 1].first?.isUppercase == true {
                table[(parts[index] + " " + parts[index + 1]).lowercased()] = [parts[index], parts[index + 1]]
            }
        }
        return table
    }()

    /// Catalogue outlet names of three words or more that begin with "The", as words: `["The", "Associated", "Press"]`.
    static let namesWithThe: [[String]] = OutletCatalog.standard.outlets.flatMap(\.allNames)
        .filter { $0.hasPrefixBytes("The ") && $0.spaceSeparated().count >= 3 }
        .map { $0.spaceSeparated().map(String.init) }
        .sorted { $0.count > $1.count }

    /// Abbreviations with periods that stay lower-case (keys as words are read: no final period).
    static let lowerCaseAbbreviations: [String: String] = ["a.m": "a.m", "p.m": "p.m", "e.g": "e.g", "i.e": "i.e", "etc": "etc", "vs": "vs"]

    /// US state abbreviations as used in party labels: `D-Calif.`, `R-N.Y.`.
    static let stateAbbreviations: Set<String> = [
        "ala", "alaska", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "hawaii", "idaho", "ill", "ind",
        "iowa", "kan", "ky", "la", "maine", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j",
        "n.m", "n.y", "n.c", "n.d", "ohio", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "texas", "tex", "utah", "vt",
        "va", "wash", "w.va", "wis", "wyo", "ca", "ny", "tx", "fl", "il", "nj", "nc", "sc", "az", "wi", "mn", "mi", "oh",
    ]

    /// The fifty US states, lower-cased: the place after a town in "in Salem, New Hampshire,".
    static let stateNames: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
        "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
        "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
        "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
        "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
        "west virginia", "wisconsin", "wyoming",
    ]

    /// Words that are names only before a number (`may 5`) — otherwise ordinary words.
    static let monthsBeforeNumbers: [String: String] = ["may": "May", "march": "March"]

    /// Titles written with a capital when a name follows (`president vladimir putin`).
    static let titles: Set<String> = [
        "president", "senator", "sen", "rep", "gov", "governor", "secretary", "minister", "chancellor", "mayor", "judge",
        "general", "gen", "pope", "king", "queen", "prince", "princess", "justice", "mr", "mrs", "ms", "dr", "prof",
        "professor", "ambassador", "commissioner", "lt", "col", "sgt", "capt", "adm", "speaker", "representative",
        "vice", "premier", "sheikh", "archbishop", "bishop", "rabbi", "imam", "cardinal", "sir", "dame", "lord", "lady",
        "rev", "atty", "supt", "cmdr", "maj", "amb", "pastor", "assemblyman", "assemblywoman", "councilman", "councilwoman",
        "alderman", "congressman", "congresswoman", "delegate", "chairman", "chairwoman",
    ]

    private static let honorifics = "Mr Mrs Ms Dr"

    /// Given names, lower-cased: a capitalised pair that starts with one is a person's name.
    static let givenNames: Set<String> = Set(firstNames.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { $0.lowercased() })
    /// Common given names that are not also ordinary English words.
    private static let firstNames = """
        Aaron Adam Alan Albert Alex Alexander Alexei Alice Amy Andrea Andrew Angela Ann Anna Anne Anthony Antonio Barack
        Barbara Ben Benjamin Bernie Beto Betsy Boris Brian Bruce Carl Carlos Carol Catherine Charles Charlie Chris
        Christina Christine Christopher Chuck Claire Cory Craig Cynthia Dan Daniel David Deborah Debbie Dennis Devin Diane
        Dianne Dmitry Donald Doug Douglas Ed Edward Elizabeth Ellen Emily Emma Eric Francis Frank Fred Gary George
        Gerald Gina Greg Gregory Hank Harry Heather Helen Henry Hillary Howard Ivanka Jack James Jane Janet Jared Jason
        Jay Jean Jeb Jeff Jeffrey Jennifer Jeremy Jerry Jessica Jim Jimmy Joan Joe Joel John Johnny Jon Jonathan Jose
        Joseph Josh Joshua Juan Judy Julia Julie Justin Karen Kate Katherine Kathleen Keith Kelly Ken Kenneth Kevin
        Kim Kirsten Kristen Larry Laura Lauren Lindsey Linda Lisa Louis Luis Marco Margaret Maria Marie Marion Martin
        Mary Matt Matthew Megan Melania Michael Michele Michelle Mike Mitch Mitt Mohammed Muhammad Nancy Nicholas Nick
        Nicola Nikki Olga Pamela Patricia Patrick Paul Pete Peter Philip Rachel Rand Raymond Rebecca Reince Rex Richard
        Rick Rob Robert Roger Ron Ronald Ruth Ryan Sam Samuel Sandra Sarah Scott Sean Sergei Sharon Steve Steven
        Stephen Susan Ted Terry Thomas Tim Timothy Tom Tony Tulsi Valerie Victor Vincent Vladimir Walter Wayne William
        Xavier Yuri Zachary
        """
    private static let acronyms = """
        FBI CIA NSA NATO EU UN UK USA GOP NASA DHS DOJ IRS EPA FDA CDC IMF OPEC NBA NFL NHL MLB CEO CFO COO CTO TV
        BBC CNN NBC CBS MSNBC NPR PBS RT AFP TASS ISIS ISIL LGBT GDP AI DNC RNC NRA ACLU FIFA UEFA ATF DEA
        NYPD LAPD UAE OSCE WTO ECB IAEA KGB FSB GRU SEC FCC FTC HIV COVID DNA MP MPs
        """
    private static let capitalised = """
        January February April June July August September October November December
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday
        Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus
        Belgium Bolivia Bosnia Brazil Britain Bulgaria Burma Cambodia Cameroon Canada Chile China Colombia Congo Croatia
        Cuba Cyprus Czechia Denmark Ecuador Egypt England Eritrea Estonia Ethiopia Europe Finland France Georgia Germany
        Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica
        Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg
        Macedonia Malaysia Mali Malta Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Nepal Netherlands
        Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar
        Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden
        Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay
        Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe Africa Asia America Americas Antarctica Arctic Crimea
        Afghan Albanian Algerian American Americans Arab Arabs Arabic Argentine Armenian Asian Australian Austrian
        Belgian Brazilian British Briton Britons Bulgarian Canadian Chilean Chinese Colombian Croatian Cuban Czech
        Danish Dutch Egyptian English Estonian Ethiopian European Europeans Finnish French Georgian German Germans Greek
        Haitian Hungarian Indian Indonesian Iranian Iraqi Irish Israeli Israelis Italian Japanese Jordanian Kenyan
        Korean Kurdish Kurds Latvian Lebanese Libyan Lithuanian Mexican Mexicans Moroccan Nigerian Norwegian Pakistani
        Palestinian Palestinians Persian Polish Portuguese Russian Russians Saudi Scottish Serbian Slovak Somali Spanish
        Swedish Swiss Syrian Syrians Taiwanese Thai Turkish Ukrainian Ukrainians Venezuelan Vietnamese Welsh Yemeni
        Christian Christians Muslim Muslims Jewish Jew Jews Islam Islamic Catholic Catholics Protestant Hindu Buddhist
        Sunni Shiite Shia Bible Koran Quran Christmas Easter Ramadan Hanukkah Thanksgiving
        Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana
        Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
        Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin
        Wyoming
        Moscow London Paris Berlin Beijing Tokyo Washington Brussels Kiev Kyiv Rome Madrid Vienna Warsaw Prague
        Budapest Athens Ankara Istanbul Tehran Baghdad Damascus Beirut Jerusalem Cairo Riyadh Dubai Kabul Islamabad
        Delhi Mumbai Seoul Pyongyang Shanghai Taipei Manila Jakarta Bangkok Hanoi Sydney Melbourne Ottawa Toronto
        Montreal Vancouver Chicago Boston Philadelphia Atlanta Miami Houston Dallas Denver Seattle Detroit Baltimore
        Brooklyn Manhattan Hollywood Geneva Zurich Amsterdam Stockholm Oslo Copenhagen Helsinki Dublin Edinburgh Lisbon
        Minsk Tbilisi Baku Yerevan Caracas Havana Bogota Lima Santiago Brasilia Mexico Johannesburg Nairobi Lagos
        Strasbourg Munich Frankfurt Hamburg Milan Naples Venice Florence Barcelona Kremlin Pentagon Congress
        Senate Parliament Duma Bundestag Knesset NATO's Twitter Facebook Google YouTube Instagram WhatsApp Microsoft
        Amazon Netflix Uber Tesla Boeing Airbus Reuters Bloomberg Xinhua Interfax Sputnik Democrat Democrats Republican
        Republicans Brexit Olympics Olympic Nazi Nazis Soviet Kremlin's
        """

    /// Surnames of people in the news so often that one word names them: a person, not a place or body.
    static let leaderSurnames = """
        Trump Obama Putin Clinton Biden Merkel Macron Xi Erdogan Netanyahu Zelensky Zelenskiy Kim Modi Pelosi
        McConnell Sanders Lavrov Peskov Zakharova
        """

    /// `leaderSurnames` as a set of lower-cased words.
    static let leaders: Set<String> = Set(leaderSurnames.lowercased().split(whereSeparator: \.isWhitespace).map(String.init))
    private static let twoWordNames = """
        White House
        State Department
        Justice Department
        Defense Department
        Supreme Court
        United States
        United Kingdom
        United Nations
        European Union
        European Commission
        Security Council
        New York
        New Jersey
        New Mexico
        New Hampshire
        New Zealand
        New Delhi
        North Korea
        South Korea
        North Carolina
        South Carolina
        North Dakota
        South Dakota
        West Virginia
        Rhode Island
        South Africa
        Saudi Arabia
        Hong Kong
        Sri Lanka
        El Salvador
        Costa Rica
        Puerto Rico
        Los Angeles
        San Francisco
        San Diego
        Las Vegas
        Wall Street
        Silicon Valley
        Middle East
        Capitol Hill
        Foreign Ministry
        Defence Ministry
        Defense Ministry
        Home Office
        Downing Street
        Air Force
        Democratic Party
        Republican Party
        Labour Party
        Conservative Party
        Federal Reserve
        Homeland Security
        Secret Service
        Red Cross
        World Bank
        World Cup
        Cold War
        Islamic State
        """
}
