/// Whether "he" or "she" can stand for a person: what the article says of them ("Ms. Halm", "a spokeswoman",
/// "Congressman Lund") and, failing that, a common given name. Unknown is the usual answer, and it agrees with both.
enum Gender: Sendable, Equatable {
    case female, male

    /// The gender a person pronoun speaks of.
    init?(pronoun word: String) {
        switch word {
        case "she", "her", "herself": self = .female
        case "he", "him", "his", "himself": self = .male
        default: return nil
        }
    }

    /// The gender a title or role word gives: "Mrs", "spokeswoman", "chairman"; nil for most ("senator").
    init?(word: String) { self.init(lowercasedWord: word.lowercased()) }

    init?(lowercasedWord word: String) {
        if Self.femaleWords.contains(word) || word.hasSuffixBytes("woman") || word.hasSuffixBytes("women") {
            self = .female
        } else if Self.maleWords.contains(word) || word.hasSuffixBytes("man") && !Self.notMen.contains(word) || word.hasSuffixBytes("men") && !Self.notMen.contains(word) {
            self = .male
        } else {
            return nil
        }
    }

    /// The gender a role gives through any of its words: "a spokeswoman for the port", "the union's chairman".
    init?(role: String) {
        var found: Gender?
        for word in role.spaceSeparated() {
            guard let gender = Gender(word: Entities.bare(String(word))) else { continue }
            if found != nil, found != gender { return nil }
            found = gender
        }
        guard let found else { return nil }
        self = found
    }

    /// The gender a common given name usually has; nil for names given to both ("Alex", "Kim", "Robin").
    init?(givenName: String) {
        let name = givenName.lowercased()
        if Self.femaleNames.contains(name) {
            self = .female
        } else if Self.maleNames.contains(name) {
            self = .male
        } else {
            return nil
        }
    }

    /// The same for a token, from the word classes it was read with: no lookup.
    init?(givenName classes: WordClass) {
        if classes.contains(.femaleName) {
            self = .female
        } else if classes.contains(.maleName) {
            self = .male
        } else {
            return nil
        }
    }

    /// Whether a pronoun of the `wanted` gender can stand for someone: yes when either is unknown. `known` is
    /// only asked when a gender is wanted.
    static func allows(_ wanted: Gender?, _ known: @autoclosure () -> Gender?) -> Bool {
        guard let wanted, let known = known() else { return true }
        return known == wanted
    }

    /// How often a name was said to be a woman and a man: a family shares a surname, and a pronoun may be
    /// put to the wrong person, so one answer wins only by two to one.
    struct Count: Sendable {
        var female = 0, male = 0

        mutating func add(_ gender: Gender) {
            if gender == .female { female += 1 } else { male += 1 }
        }

        /// The gender said at least `times` times and twice as often as the other, if one is.
        func majority(atLeast times: Int = 1) -> Gender? {
            if female >= max(times, 2 * male) { return .female }
            if male >= max(times, 2 * female) { return .male }
            return nil
        }
    }

    /// The words listed as saying a gender (not those that say it by their ending, "-woman", "-man").
    static var words: Set<String> { femaleWords.union(maleWords) }

    private static let femaleWords: Set<String> = [
        "mrs", "ms", "miss", "madam", "madame", "mme", "lady", "dame", "queen", "princess", "duchess", "countess", "baroness",
        "actress", "waitress", "hostess", "heiress", "mother", "wife", "daughter", "sister", "grandmother", "granddaughter",
        "aunt", "niece", "girlfriend", "widow", "girl", "mom", "mum", "nun", "stepmother",
    ]
    private static let maleWords: Set<String> = [
        "mr", "sir", "lord", "king", "prince", "duke", "count", "baron", "father", "husband", "son", "brother", "grandfather",
        "grandson", "uncle", "nephew", "boyfriend", "widower", "boy", "dad", "monk", "stepfather", "monsieur",
    ]
    /// Words in -man that are no man: "human", "German", "Roman", "Oman".
    private static let notMen: Set<String> = ["human", "humans", "german", "germans", "roman", "romans", "oman", "shaman", "freshman", "freshmen", "amen", "omen", "yemen", "specimen", "abdomen"]

    private static func set(_ words: String) -> Set<String> {
        Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { $0.lowercased() })
    }

    static let femaleNames = set("""
        Abigail Ada Agnes Aisha Alexandra Alice Alicia Alison Amanda Amber Amelia Amy Ana Andrea Angela Angelina Anita Ann Anna
        Anne Annette Antonia Astrid Audrey Barbara Beatrice Beatriz Betsy Betty Beverly Birgit Brenda Bridget Brigitte Camilla
        Carla Carmen Carol Caroline Carolyn Catherine Cecilia Charlotte Cheryl Christina Christine Claire Claudia Colleen
        Cynthia Dana Daniela Deborah Debbie Denise Diana Diane Dianne Donna Doris Dorothy Edith Elaine Eleanor Elena Elisabeth
        Elizabeth Ellen Elsa Emily Emma Erica Erika Esther Eva Eve Evelyn Fatima Fiona Frances Gabriela Gabrielle Gina Gloria
        Grace Greta Hanna Hannah Heather Heidi Helen Helena Hillary Ingrid Irene Isabel Isabella Jacqueline
        Jane Janet Janice Jennifer Jessica Jill Joan Joanna Joanne Josephine Joyce Judith Judy Julia Julie Juliet Karen
        Karin Katarina Kate Katherine Kathleen Kathryn Kathy Katie Katrin Kirsten Kristen Kristin Laura Lauren
        Leah Linda Lisa Liz Louise Lucia Lucy Lydia Madeleine Magdalena Margaret Margarita Maria Marianne Marie Marina Marisa
        Marta Martha Mary Megan Melanie Melissa Mia Michele Michelle Mira Miriam Monica Nadia Nancy Natalia Natalie
        Natasha Nicole Nikki Nina Nora Olga Olivia Pamela Patricia Paula Pauline Petra Rachel Rebecca Renata Rita Roberta
        Rosa Rose Ruth Sally Samantha Sandra Sara Sarah Sharon Shirley Silvia Simone Sofia Sonia Sophia Sophie Stephanie Sue
        Susan Susanne Svetlana Sylvia Tamara Teresa Theresa Tina Ursula Valentina Valerie Vanessa Vera Veronica Victoria
        Viktoria Virginia Wendy Yulia Yvonne Zoe
        """)
    static let maleNames = set("""
        Aaron Abdul Adam Adrian Ahmed Alan Albert Alberto Aleksandr Alexander Alexei Alfred Ali Anders Andre Andreas Andrei
        Andrew Angelo Anthony Antonio Arnold Arthur Ben Benjamin Bernard Bernie Bill Bob Boris Brad Bradley Brandon
        Brett Brian Bruce Bryan Carl Carlos Charles Charlie Chuck Clarence Cory Craig Dale Dan Daniel Darren David Dennis Devin
        Dick Dmitry Don Donald Doug Douglas Duncan Ed Eddie Edward Elijah Emmanuel Eric Erik Ernest Eugene Felix Fernando Francis
        Francisco Frank Fred Frederick Gary Geoffrey George Gerald Gerhard Giuseppe Glenn Gordon Graham Greg Gregory Hank Hans
        Harold Harry Hector Henry Herbert Howard Hugh Hugo Ian Igor Isaac Ivan Jack Jacob Jake James Jared Jason Javier Jeff
        Jeffrey Jeremy Jerome Jerry Jim Jimmy Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Julian
        Justin Karl Keith Ken Kenneth Kevin Klaus Lars Lawrence Leon Leonard Lewis Louis Luis Luke Magnus Marco Marcus
        Mario Mark Martin Matt Matthew Max Michael Miguel Mike Mikhail Mitch Mohammed Muhammad Nathan Neil Nicholas Nick
        Nigel Olaf Oliver Omar Oscar Pablo Patrick Paul Pedro Pete Peter Philip Phillip Pierre Rafael Ralph Randy Raul
        Ray Raymond Rex Richard Rick Robert Rodney Roger Ron Ronald Roy Rudy Russell Ryan Samuel Scott Sean Sebastian
        Sergei Sergey Seth Shawn Simon Stan Stanley Stefan Stephen Steve Steven Stuart Ted Theodore Thomas Tim Timothy Todd
        Tom Tomas Tony Travis Trevor Ulrich Victor Vincent Vladimir Walter Warren Wayne Willem William Xavier Yuri Zachary
        """)
}
