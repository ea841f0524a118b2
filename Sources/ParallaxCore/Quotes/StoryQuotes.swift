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
    public var speakers: [Speaker] { didSet { names = Self.index(speakers) } }
    public var reactions: [Reaction]
    /// Every name and alias → the story-wide name.
    private var names: [String: String]

    public init(articles: [ArticleQuotes], speakers: [Speaker], reactions: [Reaction]) {
        self.articles = articles
        self.speakers = speakers
        self.reactions = reactions
        names = Self.index(speakers)
    }

    private static func index(_ speakers: [Speaker]) -> [String: String] {
        var names: [String: String] = [:]
        for speaker in speakers {
            for alias in speaker.aliases where names[alias] == nil { names[alias] = speaker.name }
            names[speaker.name] = speaker.name
        }
        return names
    }

    /// The story-wide name for a name an article used (`Peskov` → `Dmitry Peskov`).
    public func canonical(_ name: String) -> String { names[name] ?? name }
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
