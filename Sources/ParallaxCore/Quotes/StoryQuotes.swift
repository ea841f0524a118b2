/// Quotes, speakers and reactions across every article of a story.
public struct StoryQuotes: Sendable {
    public struct ArticleQuotes: Sendable {
        public var file: String
        public var quotes: [Quote]
    }

    /// One person or body quoted in the story, with every name the articles give them.
    public struct Speaker: Sendable, Equatable {
        public var name: String
        public var aliases: [String]
        public var roles: [String]
        public var files: [String]
    }

    public var articles: [ArticleQuotes]
    public var speakers: [Speaker]
    public var reactions: [Reaction]

    /// The story-wide name for a name an article used (`Peskov` → `Dmitry Peskov`).
    public func canonical(_ name: String) -> String {
        speakers.first { $0.name == name || $0.aliases.contains(name) }?.name ?? name
    }
}

/// An actor's stance toward the story's event, with the sentences that show it.
public struct Reaction: Sendable, Equatable {
    public enum Stance: String, Sendable, CaseIterable {
        case regrets, condemns, denies, threatens, welcomes
        case wantsMore = "wants more"
        case neutral
    }

    public struct Evidence: Sendable, Equatable {
        public var file: String
        public var text: String
    }

    public var actor: String
    public var stance: Stance
    public var evidence: [Evidence]
}
