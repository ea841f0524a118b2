/// A news organisation from the catalogue (`Resources/outlets.json`).
public struct Outlet: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case wire
        case publicBroadcaster = "public"
        case privateOutlet = "private"
        case stateFunded = "state-funded"
    }

    public var name: String
    /// Other names the outlet goes by, e.g. `Associated Press` and `AP`.
    public var aliases: [String]
    public var kind: Kind
    /// ISO country code of the outlet's home.
    public var country: String
    public var domains: [String]
    /// Agency tags as they stand in datelines: `Reuters` for `MOSCOW (Reuters) -`, `TASS` for `/TASS/.`.
    public var datelineTags: [String]
    /// Prefixes that mark the outlet's own photo or copy credits, e.g. `REUTERS/` or `AP Photo/`.
    public var creditPatterns: [String]

    /// Every name that refers to the outlet: its name and aliases.
    public var allNames: [String] { [name] + aliases }
}
