import Foundation

/// `parallax parse` output: every article as cleaned, and the files that could not be read.
/// The JSON form is a stable, documented schema (README, "JSON: parse").
public struct ParseReport: Sendable, Encodable {
    public var articles: [ArticleRecord]
    public var errors: [ErrorRecord]

    public init(story: Story) {
        articles = story.articles.map(ArticleRecord.init)
        errors = story.diagnostics.map { ErrorRecord(file: $0.file, message: $0.message) }
    }

    public struct ErrorRecord: Sendable, Encodable {
        public var file: String
        public var message: String
    }

    public struct OutletRecord: Sendable, Encodable {
        public var name: String
        public var confidence: Double
        public var kind: String?
        public var country: String?
        public var evidence: [EvidenceRecord]

        init(_ attribution: OutletAttribution) {
            name = attribution.name
            confidence = attribution.confidence
            kind = attribution.outlet?.kind.rawValue
            country = attribution.outlet?.country
            evidence = attribution.evidence.map { EvidenceRecord(source: $0.source.rawValue, text: $0.text, pattern: $0.pattern) }
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(kind, forKey: .kind)
            try c.encode(country, forKey: .country)
            try c.encode(evidence, forKey: .evidence)
        }

        enum CodingKeys: String, CodingKey { case name, confidence, kind, country, evidence }
    }

    public struct EvidenceRecord: Sendable, Encodable {
        public var source: String
        public var text: String
        public var pattern: String
    }

    public struct BoilerplateRecord: Sendable, Encodable {
        public var text: String
        public var kind: String
    }

    public struct ArticleRecord: Sendable, Encodable {
        public var file: String
        public var outlet: OutletRecord?
        public var headline: String?
        public var dateline: String?
        public var date: String?
        public var byline: String?
        public var credits: [Credit]
        public var url: String?
        public var paragraphs: [String]
        public var boilerplate: [BoilerplateRecord]
        public var repaired: Bool
        public var originalParagraphs: [String]?
        public var warnings: [String]

        init(_ article: Article) {
            file = article.file
            outlet = article.outlet.map(OutletRecord.init)
            headline = article.headline
            dateline = article.dateline?.display
            date = article.date
            byline = article.byline
            credits = article.credits
            url = article.url
            paragraphs = article.paragraphs
            boilerplate = article.boilerplate.map { BoilerplateRecord(text: $0.text, kind: $0.kind.rawValue) }
            repaired = article.isRepaired
            originalParagraphs = article.originalParagraphs
            warnings = article.warnings
        }

        enum CodingKeys: String, CodingKey {
            case file, outlet, headline, dateline, date, byline, credits, url, paragraphs, boilerplate, repaired, warnings
            case originalParagraphs = "original_paragraphs"
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(headline, forKey: .headline)
            try c.encode(dateline, forKey: .dateline)
            try c.encode(date, forKey: .date)
            try c.encode(byline, forKey: .byline)
            try c.encode(credits, forKey: .credits)
            try c.encode(url, forKey: .url)
            try c.encode(paragraphs, forKey: .paragraphs)
            try c.encode(boilerplate, forKey: .boilerplate)
            try c.encode(repaired, forKey: .repaired)
            try c.encodeIfPresent(originalParagraphs, forKey: .originalParagraphs)
            try c.encode(warnings, forKey: .warnings)
        }
    }

    /// Pretty-printed JSON with sorted keys, so output diffs cleanly.
    public func json() -> String { reportJSON() }
}
