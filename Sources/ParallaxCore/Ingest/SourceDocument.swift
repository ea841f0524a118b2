/// One article's text as read from its file, before cleaning, with any metadata that came with it.
public struct SourceDocument: Sendable, Equatable {
    public enum Format: String, Sendable {
        case text, markdown, json
    }

    /// Display path: as given, or `data.jsonl:3` for a line of a JSON Lines file.
    public var file: String
    public var format: Format
    public var text: String
    public var metadata: Metadata
    /// Notes from decoding (encoding fallbacks, control characters removed).
    public var warnings: [String]

    public init(file: String, format: Format, text: String, metadata: Metadata = Metadata(), warnings: [String] = []) {
        self.file = TextDecoder.printable(file)
        self.format = format
        self.text = text
        self.metadata = metadata
        self.warnings = warnings
    }

    /// What a JSON record or the story's manifest says about an article. It wins over guessing.
    public struct Metadata: Sendable, Equatable {
        public var title: String?
        public var outlet: String?
        public var url: String?
        public var date: String?
        public var author: String?
        /// Where the metadata came from, for evidence: `story.toml` or `JSON field 'source'`.
        public var origin: String?

        public init(title: String? = nil, outlet: String? = nil, url: String? = nil, date: String? = nil, author: String? = nil, origin: String? = nil) {
            self.title = title
            self.outlet = outlet
            self.url = url
            self.date = date
            self.author = author
            self.origin = origin
        }

        /// Fields of `other` override these where `other` has them.
        public func overridden(by other: Metadata) -> Metadata {
            Metadata(
                title: other.title ?? title, outlet: other.outlet ?? outlet, url: other.url ?? url,
                date: other.date ?? date, author: other.author ?? author, origin: other.origin ?? origin)
        }
    }
}
