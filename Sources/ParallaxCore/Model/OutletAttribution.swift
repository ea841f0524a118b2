/// Who published an article, how sure Parallax is, and what in the text says so.
public struct OutletAttribution: Sendable, Equatable {
    public var name: String
    /// 0...1. Below 0.5 the reader is told the outlet is uncertain.
    public var confidence: Double
    public var evidence: [Evidence]
    /// The catalogue entry, when the name is a known outlet.
    public var outlet: Outlet?

    public init(name: String, confidence: Double, evidence: [Evidence], outlet: Outlet? = nil) {
        self.name = name
        self.confidence = confidence
        self.evidence = evidence
        self.outlet = outlet
    }

    /// One clue: where it was found and what pattern matched.
    public struct Evidence: Sendable, Equatable {
        public enum Source: String, Sendable, Codable {
            case manifest, metadata, dateline, copyright, credit, caption, url
        }

        public var source: Source
        /// The line or value the clue was found in.
        public var text: String
        /// The pattern that matched, e.g. `(Reuters)` or `REUTERS/`.
        public var pattern: String
        public var weight: Double

        public init(source: Source, text: String, pattern: String, weight: Double) {
            self.source = source
            self.text = text
            self.pattern = pattern
            self.weight = weight
        }
    }

    /// True when the attribution is sure enough to show without a question mark.
    public var isConfident: Bool { confidence >= 0.5 }
}
