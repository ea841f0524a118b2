/// Built-in knowledge of how words are written when no copy of the story says: countries, peoples,
/// places, institutions, months and acronyms. Used by repair after the story's own articles.
enum Lexicon {
    /// Lower-cased word → written form.
    static let words: [String: String] = {
        var table: [String: String] = [:]
        for list in [capitalised, acronyms] {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                table[word.lowercased()] = String(word)
            }
        }
        return table
    }()

    /// Two-word names whose words are ordinary alone: `white house`, `state department`.
    static let phrases: [String: [String]] = {
        var table: [String: [String]] = [:]
        for line in twoWordNames.split(separator: "\n") where !line.isEmpty {
            let parts = line.split(separator: " ").map(String.init)
            table[parts.joined(separator: " ").lowercased()] = parts
        }
        return table
    }()

    /// Words that are names only before a number (`may 5`) — otherwise ordinary words.
    static let monthsBeforeNumbers: [String: String] = ["may": "May", "march": "March"]

    /// Titles written with a capital when a name follows (`president vladimir putin`).
    static let titles: Set<String> = [
        "president", "senator", "sen", "rep", "gov", "governor", "secretary", "minister", "chancellor", "mayor", "judge",
        "general", "gen", "pope", "king", "queen", "prince", "princess", "justice", "mr", "mrs", "ms", "dr", "prof",
        "professor", "ambassador", "commissioner", "lt", "col", "sgt", "capt", "adm", "speaker", "representative",
        "vice", "premier", "sheikh", "archbishop", "bishop", "rabbi", "imam", "cardinal", "sir", "dame", "lord", "lady",
    ]

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
        Republicans Brexit Olympics Olympic Nazi Nazis Soviet Kremlin's Trump Obama Putin Clinton Biden Merkel Macron
        Xi Erdogan Netanyahu Zelensky Zelenskiy Kim Modi Pelosi McConnell Sanders Lavrov Peskov Zakharova
        """
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
