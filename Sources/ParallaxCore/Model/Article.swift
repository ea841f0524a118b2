/// One cleaned article: the fields a reader sees, the body, and what was removed from it.
public struct Article: Sendable, Equatable {
    /// Where the article came from: a path, `-` for standard input, or `data.jsonl:3` for a line of a JSON Lines file.
    public var file: String
    public var headline: String?
    public var dateline: Dateline?
    /// The publication date, ISO 8601 (`2017-10-27`) when the text or the metadata gives a full date.
    public var date: String?
    public var byline: String?
    /// Credits other than the byline: photographers, editors, contributors.
    public var credits: [Credit]
    public var url: String?
    public var outlet: OutletAttribution?
    /// Body paragraphs, cleaned (and repaired when the copy was damaged).
    public var paragraphs: [String]
    /// Lines removed from the body, each with why it went.
    public var boilerplate: [Boilerplate]
    /// The body as it stood before repair; `nil` when the article was not repaired.
    public var originalParagraphs: [String]?
    /// What the cleaner noticed about the file: encoding fallbacks, control characters removed, damage found.
    public var warnings: [String]

    public var isRepaired: Bool { originalParagraphs != nil }

    public init(
        file: String, headline: String? = nil, dateline: Dateline? = nil, date: String? = nil,
        byline: String? = nil, credits: [Credit] = [], url: String? = nil, outlet: OutletAttribution? = nil,
        paragraphs: [String] = [], boilerplate: [Boilerplate] = [], originalParagraphs: [String]? = nil,
        warnings: [String] = []
    ) {
        self.file = file
        self.headline = headline
        self.dateline = dateline
        self.date = date
        self.byline = byline
        self.credits = credits
        self.url = url
        self.outlet = outlet
        self.paragraphs = paragraphs
        self.boilerplate = boilerplate
        self.originalParagraphs = originalParagraphs
        self.warnings = warnings
    }
}
