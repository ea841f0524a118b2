/// Everything Parallax finds across the outlets of a story.
public struct StoryComparison: Sendable {
    /// Groups of articles that are copies of one (wire) story.
    public var copies: [CopyGroup]
    /// Statements rendered by more than one outlet.
    public var statements: [Statement]
    /// Every claim, with the articles that carry it.
    public var facts: [Fact]
    /// For each article: claims no other source carries.
    public var onlyIn: [[String]]
    /// For each article: claims most other sources carry and it leaves out.
    public var omits: [[String]]
    public var voice: [Voice]
    public var coverage: Coverage
    /// `source[i]`: the index of the first article of article i's copy group (i itself when it has none).
    public var source: [Int]

    /// Two articles side by side: rows of what both say, and what only one says, in reading order.
    public func sideBySide(_ left: Int, _ right: Int) -> [(left: Fact.Sentence?, right: Fact.Sentence?)] {
        var rows: [(left: Fact.Sentence?, right: Fact.Sentence?)] = []
        var rightOnly: [Fact.Sentence] = []
        for fact in facts {
            let l = fact.sentences.first { $0.article == left }, r = fact.sentences.first { $0.article == right }
            if let l { rows.append((l, r)) } else if let r { rightOnly.append(r) }
        }
        rows.sort { ($0.left?.paragraph ?? 0) < ($1.left?.paragraph ?? 0) }
        // Each right-only sentence goes after the last row whose right side comes before it.
        for sentence in rightOnly.sorted(by: { $0.paragraph < $1.paragraph }) {
            let at = (rows.lastIndex { ($0.right?.paragraph ?? -1) >= 0 && $0.right!.paragraph <= sentence.paragraph }).map { $0 + 1 } ?? rows.count
            rows.insert((nil, sentence), at: at)
        }
        return rows
    }
}

/// Compares the outlets of a story: copies, statements, facts, voice and coverage.
public struct Comparer: Sendable {
    public init() {}

    public func compare(_ story: Story, quotes: StoryQuotes) -> StoryComparison {
        var cache = ArticleWords.Cache()
        let words = story.articles.map { ArticleWords($0, cache: &cache) }
        let copies = Syndication.groups(story.articles, words: words)
        var source = Array(story.articles.indices)
        for group in copies { for member in group.articles { source[member] = group.articles[0] } }
        let facts = Facts.find(words, source: source)
        let statements = Statements.find(words, quotes, source: source)
        // Paragraphs whose quotes other outlets render in their own words are not "only" anywhere.
        var restated = Set<Int>()
        for statement in statements {
            for variant in statement.variants {
                for piece in quotes.articles[variant.article].quotes[variant.quote].pieces { restated.insert(variant.article << 20 | piece.paragraph) }
            }
        }
        let sources = Set(source)
        var onlyIn = Array(repeating: [String](), count: story.articles.count)
        var omits = Array(repeating: [String](), count: story.articles.count)
        // Articles of each source, so that a fact's readers are found without scanning every article.
        var bySource: [Int: [Int]] = [:]
        for a in story.articles.indices { bySource[source[a], default: []].append(a) }
        for fact in facts {
            let carriedBy = Set(fact.articles.map { source[$0] })
            // Only in one source: no other source has a sentence anywhere near it.
            let first = fact.sentences[0]
            if carriedBy.count == 1, TextScanning.words(fact.text).count >= 8, sources.count > 1,
                fact.sentences.allSatisfy({ $0.nearest < 0.3 && !restated.contains($0.article << 20 | $0.paragraph) })
            {
                for a in bySource[carriedBy.first!] ?? [] {
                    onlyIn[a].append(fact.sentences.first { $0.article == a }?.text ?? first.text)
                }
            }
            if sources.count >= 3, carriedBy.count >= 2, carriedBy.count * 2 >= sources.count {
                for a in story.articles.indices where !carriedBy.contains(source[a]) { omits[a].append(fact.text) }
            }
        }
        return StoryComparison(
            copies: copies,
            statements: statements,
            facts: facts,
            onlyIn: onlyIn,
            omits: omits,
            voice: story.articles.indices.map { VoiceReader.read(words[$0].paragraphs, quotes: quotes.articles[$0].quotes) },
            coverage: CoverageReader.read(story, quotes, words: words),
            source: source)
    }
}
