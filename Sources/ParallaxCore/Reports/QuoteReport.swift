import Foundation

/// `parallax quotes` output: each article's quotes, the story's speakers and their reactions.
/// The JSON form is a stable, documented schema (README, "JSON: quotes").
public struct QuoteReport: Sendable, Encodable {
    public var articles: [ArticleRecord]
    public var speakers: [StorySpeakerRecord]
    public var reactions: [ReactionRecord]
    public var errors: [ParseReport.ErrorRecord]

    public init(story: Story, quotes: StoryQuotes) {
        articles = zip(story.articles, quotes.articles).map { article, found in
            ArticleRecord(file: article.file, outlet: article.outlet.flatMap { $0.outlet == nil ? nil : OutletRecord(name: $0.name, confidence: $0.confidence) },
                          quotes: found.quotes.map(QuoteRecord.init))
        }
        speakers = quotes.speakers.map { StorySpeakerRecord(name: $0.name, aliases: $0.aliases, roles: $0.roles, files: $0.files) }
        reactions = quotes.reactions.map { reaction in
            ReactionRecord(actor: reaction.actor, stance: reaction.stance.rawValue, evidence: reaction.evidence.map { EvidenceRecord(file: $0.file, text: $0.text) })
        }
        errors = story.diagnostics.map { ParseReport.ErrorRecord(file: $0.file, message: $0.message) }
    }

    public struct OutletRecord: Sendable, Encodable {
        public var name: String
        public var confidence: Double
    }

    public struct ArticleRecord: Sendable, Encodable {
        public var file: String
        public var outlet: OutletRecord?
        public var quotes: [QuoteRecord]

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(quotes, forKey: .quotes)
        }

        enum CodingKeys: String, CodingKey { case file, outlet, quotes }
    }

    public struct SpeakerRecord: Sendable, Encodable {
        public var name: String
        public var role: String?
        public var affiliation: String?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(role, forKey: .role)
            try c.encode(affiliation, forKey: .affiliation)
        }

        enum CodingKeys: String, CodingKey { case name, role, affiliation }
    }

    public struct PieceRecord: Sendable, Encodable {
        public var paragraph: Int
        public var offset: Int
        public var length: Int
    }

    public struct QuoteRecord: Sendable, Encodable {
        public var text: String
        public var kind: String
        public var speaker: SpeakerRecord?
        public var speakers: [String]
        public var cue: String?
        public var medium: String?
        public var via: String?
        public var paragraph: Int
        public var offset: Int
        public var pieces: [PieceRecord]

        init(_ quote: Quote) {
            text = quote.text
            kind = quote.kind.rawValue
            speaker = quote.speaker.map { SpeakerRecord(name: $0.name, role: $0.role, affiliation: $0.affiliation) }
            speakers = quote.speaker?.members ?? []
            cue = quote.cue
            medium = quote.medium
            via = quote.via
            paragraph = quote.paragraph
            offset = quote.offset
            pieces = quote.pieces.map { PieceRecord(paragraph: $0.paragraph, offset: $0.start, length: $0.end - $0.start) }
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
            try c.encode(kind, forKey: .kind)
            try c.encode(speaker, forKey: .speaker)
            if !speakers.isEmpty { try c.encode(speakers, forKey: .speakers) }
            try c.encode(cue, forKey: .cue)
            try c.encode(medium, forKey: .medium)
            try c.encode(via, forKey: .via)
            try c.encode(paragraph, forKey: .paragraph)
            try c.encode(offset, forKey: .offset)
            try c.encode(pieces, forKey: .pieces)
        }

        enum CodingKeys: String, CodingKey { case text, kind, speaker, speakers, cue, medium, via, paragraph, offset, pieces }
    }

    public struct StorySpeakerRecord: Sendable, Encodable {
        public var name: String
        public var aliases: [String]
        public var roles: [String]
        public var files: [String]
    }

    public struct EvidenceRecord: Sendable, Encodable {
        public var file: String
        public var text: String
    }

    public struct ReactionRecord: Sendable, Encodable {
        public var actor: String
        public var stance: String
        public var evidence: [EvidenceRecord]
    }

    public func json() -> String { reportJSON() }
}
