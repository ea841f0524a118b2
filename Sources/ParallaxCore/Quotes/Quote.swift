/// One quotation found in an article: the words, how they were quoted, and who said them.
public struct Quote: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// A whole statement in quotation marks, or a damaged copy's statement recovered without marks.
        case direct
        /// Quoted words inside the writer's own sentence (called the decision “regrettable”).
        case partial
        /// Reported speech with no quotation marks (The ministry said the ban was unlawful).
        case indirect
        /// Scare quotes, labels and titles: words in marks that are nobody's statement.
        case term
    }

    /// One stretch of the quote inside one paragraph; a split or multi-paragraph quote has several.
    public struct Piece: Sendable, Equatable {
        public var paragraph: Int
        /// Offsets in Unicode scalars from the start of the paragraph, marks excluded.
        public var start: Int
        public var end: Int
    }

    /// The quoted words without their marks; pieces joined by a space.
    public var text: String
    public var kind: Kind
    public var speaker: SpeakerReference?
    /// The words that attribute the quote, as written (`Kremlin spokesman Dmitry Peskov told`).
    public var cue: String?
    /// Where it was said, when the text says (`a Facebook post`, `a conference call`).
    public var medium: String?
    /// Another outlet the statement is relayed through (`…, according to the New York Times`).
    public var via: String?
    public var pieces: [Piece]

    /// Index of the paragraph holding the first piece.
    public var paragraph: Int { pieces.first?.paragraph ?? 0 }
    /// Offset of the first quoted word in that paragraph, in Unicode scalars.
    public var offset: Int { pieces.first?.start ?? 0 }
}

/// Who a quote is attributed to, as the article names them (after pronouns and descriptions are resolved).
public struct SpeakerReference: Sendable, Equatable {
    /// The name (`Dmitry Peskov`, `Twitter`); for a joint statement, the names joined by "and".
    public var name: String
    /// What the article calls them (`Kremlin spokesman`, `deputy editor-in-chief`).
    public var role: String?
    /// The body they speak for (`RT`, `Russia's foreign ministry`).
    public var affiliation: String?
    /// Each speaker of a joint statement, when there are several; empty otherwise.
    public var members: [String]
    /// A title or courtesy title came before the name ("Sen.", "Mrs."): the speaker is a person.
    var titled: Bool
    /// What the article says of the speaker's gender ("Mr. Halm", "she said"), so that "Halm" is not
    /// merged with a Halm of the other gender. Not printed.
    var gender: Gender?

    public init(name: String, role: String? = nil, affiliation: String? = nil, members: [String] = []) {
        self.init(name: name, role: role, affiliation: affiliation, members: members, titled: false)
    }

    init(name: String, gender: Gender?) {
        self.init(name: name)
        self.gender = gender
    }

    init(name: String, role: String?, affiliation: String?, members: [String] = [], titled: Bool) {
        self.name = name
        self.role = role
        self.affiliation = affiliation
        self.members = members
        self.titled = titled
    }

    /// The individual names: the members of a joint statement, else the name.
    public var names: [String] { members.isEmpty ? [name] : members }
}
