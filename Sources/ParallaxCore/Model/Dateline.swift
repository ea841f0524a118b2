/// The opening of a wire-style story: `MOSCOW (Reuters) -`, `MOSCOW, October 27. /TASS/.`, `WASHINGTON —`.
public struct Dateline: Sendable, Equatable {
    /// The place as written (`MOSCOW`, `TRENTON, N.J.`).
    public var place: String
    /// The date as written in the dateline (`October 27`), if any.
    public var date: String?
    /// The agency named in the dateline (`Reuters`, `TASS`, `AP`), if any.
    public var agency: String?
    /// The exact text that was taken from the start of the first paragraph.
    public var raw: String

    public init(place: String, date: String? = nil, agency: String? = nil, raw: String) {
        self.place = place
        self.date = date
        self.agency = agency
        self.raw = raw
    }

    /// A readable form: `Moscow, October 27 (TASS)`.
    public var display: String {
        var text = Dateline.displayPlace(place)
        if let date { text += ", \(date)" }
        if let agency { text += " (\(agency))" }
        return text
    }

    /// Title-cases a place written in capitals (`LOS ANGELES` → `Los Angeles`), keeping
    /// abbreviations such as `N.J.` as they are.
    static func displayPlace(_ place: String) -> String {
        place.split(separator: " ", omittingEmptySubsequences: true).map { word -> String in
            if word.containsBytes(".") && word.count <= 5 { return word.uppercased() }
            return word.split(separator: "-", omittingEmptySubsequences: false).map { part in
                part.prefix(1).uppercased() + part.dropFirst().lowercased()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }
}
