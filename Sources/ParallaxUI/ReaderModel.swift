import ParallaxCore

/// What the reader shows, computed once from the core: articles, quotes, the comparison, and the
/// outlet list with wire copies grouped under one entry.
public struct ReaderModel: Sendable {
    /// One line of the outlet list: an article and the copies of it.
    public struct Entry: Sendable, Equatable {
        public var name: String
        /// `wire`, `state-funded`, … or `outlet unknown`.
        public var kind: String
        public var known: Bool
        /// Story indices: the article shown first, then its copies.
        public var articles: [Int]
        public var quoteCount: Int
        public var article: Int { articles[0] }
    }

    public let story: Story
    public let quotes: StoryQuotes
    public let comparison: StoryComparison
    public let entries: [Entry]
    /// Each speaker's colour index (into the theme's speaker colours), by story-wide name.
    public let speakerColors: [String: Int]
    /// Each article's quotes listed in the side panel (all but scare quotes), in reading order.
    public let panelQuotes: [[Quote]]
    /// Each actor's stances, from the story's reactions.
    private let stancesByActor: [String: [Reaction.Stance]]

    public init(story: Story, quotes: StoryQuotes, comparison: StoryComparison) {
        self.story = story
        self.quotes = quotes
        self.comparison = comparison
        panelQuotes = quotes.articles.map { $0.quotes.filter { $0.kind != .term } }
        var copiesOf: [Int: [Int]] = [:]
        for index in story.articles.indices { copiesOf[comparison.source[index], default: []].append(index) }
        var entries: [Entry] = []
        for (index, article) in story.articles.enumerated() where comparison.source[index] == index {
            let copies = copiesOf[index] ?? [index]
            let confident = article.outlet.flatMap { $0.isConfident ? $0 : nil }
            let file = article.file.split(separator: "/").last.map(String.init) ?? article.file
            entries.append(Entry(
                name: confident?.name ?? file,
                kind: confident.map { $0.outlet?.kind.rawValue ?? "outlet" } ?? "outlet unknown",
                known: confident != nil,
                articles: copies,
                quoteCount: panelQuotes[index].count))
        }
        self.entries = entries
        var colors: [String: Int] = [:]
        for speaker in quotes.speakers { colors[speaker.name] = colors.count }
        speakerColors = colors
        stancesByActor = Dictionary(grouping: quotes.reactions, by: \.actor).mapValues { $0.map(\.stance) }
    }

    /// The colour index of a quote's speaker.
    public func color(of quote: Quote) -> Int? {
        quote.speaker.flatMap { speakerColors[quotes.canonical($0.name)] }
    }

    /// The reaction marks of a speaker: ✗ condemns/denies/threatens, ✓ welcomes, ~ regrets, + wants more.
    public func stances(of speaker: String) -> [Reaction.Stance] {
        stancesByActor[speaker] ?? []
    }
}
