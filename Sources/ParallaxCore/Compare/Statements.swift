import Foundation

/// One statement as each outlet rendered it: quotes by the same speaker whose words say the same
/// thing — a partial inside a full quote, an elision, or another translation.
public struct Statement: Sendable, Equatable {
    /// The story-wide name of the speaker (the body, when a spokesperson speaks for it).
    public var speaker: String
    public var variants: [Variant]

    public struct Variant: Sendable, Equatable {
        /// Index into the story's articles.
        public var article: Int
        /// Index into that article's quotes.
        public var quote: Int
        public var text: String
    }

    /// The articles that carry it, in story order, without repeats.
    public var articles: [Int] { Array(Set(variants.map(\.article))).sorted() }
}

enum Statements {
    /// Weighted overlap needed between two renderings of one statement.
    static let threshold = 0.28

    struct Item {
        var article: Int
        var quote: Int
        var text: String
        var stems: [String: Int]
        /// Every name the speaker goes by here: the speaker, the body they speak for.
        var keys: Set<String>
    }

    /// Statements carried by more than one source (`source[i]`: copies of one wire story share a source).
    static func find(_ words: [ArticleWords], _ quotes: StoryQuotes, source: [Int]) -> [Statement] {
        var items: [Item] = []
        var documentFrequency: [String: Int] = [:]
        var sentences: [Int: Sentences] = [:]  // per (article, paragraph): a long paragraph is split once
        // The bodies each speaker speaks for anywhere in the story: "she" in one article is RT's editor in another.
        var bodies: [String: Set<String>] = [:]
        for article in quotes.articles {
            for quote in article.quotes {
                guard let speaker = quote.speaker, let affiliation = speaker.affiliation else { continue }
                bodies[SpeakerIndex.key(quotes.canonical(speaker.name)), default: []].insert(SpeakerIndex.key(quotes.canonical(Entities.bare(affiliation))))
            }
        }
        for (a, article) in quotes.articles.enumerated() {
            for (q, quote) in article.quotes.enumerated() where quote.kind == .direct || quote.kind == .partial || quote.kind == .indirect {
                guard let speaker = quote.speaker else { continue }
                var stems: [String: Int] = [:]
                for stem in WordForms.contentStems(quote.text) { stems[stem, default: 0] += 1 }
                if quote.kind == .partial, let (p, range) = Self.clause(around: quote, in: words[a].paragraphs, article: a, cache: &sentences) {
                    // A partial quote's sentence paraphrases the rest of the statement.
                    for case let stem? in words[a].stems[p][range] where stems[stem] == nil { stems[stem] = 1 }
                }
                guard !stems.isEmpty else { continue }
                for stem in stems.keys { documentFrequency[stem, default: 0] += 1 }
                var keys = Set(speaker.names.map { SpeakerIndex.key(quotes.canonical($0)) })
                for key in keys { keys.formUnion(bodies[key] ?? []) }
                if let affiliation = speaker.affiliation { keys.insert(SpeakerIndex.key(quotes.canonical(Entities.bare(affiliation)))) }
                items.append(Item(article: a, quote: q, text: quote.text, stems: stems, keys: keys))
            }
        }
        let total = Double(max(items.count, 1))
        func weight(_ stem: String) -> Double { 1 + log2(total / Double(documentFrequency[stem] ?? 1)) }
        // Block by speaker: only quotes sharing a speaker key are ever compared.
        var bySpeaker: [String: [Int]] = [:]
        for (i, item) in items.enumerated() { for key in item.keys { bySpeaker[key, default: []].append(i) } }
        var sets = DisjointSets(count: items.count)
        for (_, members) in bySpeaker {
            // Within a speaker, only quotes sharing a stem that is not in most of their quotes are compared.
            var index: [String: [Int]] = [:]
            for (x, i) in members.enumerated() { for stem in items[i].stems.keys { index[stem, default: []].append(x) } }
            for (x, i) in members.enumerated() {
                var candidates = Set<Int>()
                for stem in items[i].stems.keys {
                    guard let holders = index[stem], holders.count <= 25 || members.count <= 25 else { continue }
                    for y in holders where y > x { candidates.insert(y) }
                }
                for y in candidates {
                    let j = members[y]
                    guard items[i].article != items[j].article else { continue }
                    if similar(items[i], items[j], weight) { sets.join(i, j) }
                }
            }
        }
        return sets.groups().compactMap { group -> Statement? in
            let members = group.sorted { (items[$0].article, items[$0].quote) < (items[$1].article, items[$1].quote) }
            guard Set(members.map { source[items[$0].article] }).count > 1 else { return nil }
            // The speaker most variants name (a person over the body they speak for when tied).
            var votes: [String: Int] = [:]
            for m in members {
                if let name = quotes.articles[items[m].article].quotes[items[m].quote].speaker?.name { votes[quotes.canonical(name), default: 0] += 1 }
            }
            let speaker = votes.max { ($0.value, $0.key.spaceSeparated().count, $1.key) < ($1.value, $1.key.spaceSeparated().count, $0.key) }?.key ?? ""
            return Statement(speaker: speaker, variants: members.map { Statement.Variant(article: items[$0].article, quote: items[$0].quote, text: items[$0].text) })
        }.sorted { ($0.variants[0].article, $0.variants[0].quote) < ($1.variants[0].article, $1.variants[0].quote) }
    }

    /// The clause a partial quote stands in: from the end of any quote before it in the sentence to the sentence's end.
    static func clause(around quote: Quote, in paragraphs: [[Token]], article: Int, cache: inout [Int: Sentences])
        -> (paragraph: Int, tokens: Range<Int>)?
    {
        guard let piece = quote.pieces.first, paragraphs.indices.contains(piece.paragraph) else { return nil }
        let tokens = paragraphs[piece.paragraph]
        // The first token ending after the quote's start, by binary search (paragraphs can be huge).
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].end > piece.start { high = middle } else { low = middle + 1 }
        }
        guard low < tokens.count else { return nil }
        let at = low
        let key = article << 24 | piece.paragraph
        let sentences = cache[key] ?? Sentences(tokens: tokens, quoted: [])
        cache[key] = sentences
        var start = sentences.start(of: at)
        if let mark = (start..<max(start, at - 1)).last(where: { tokens[$0].kind == .mark }) { start = mark + 1 }
        return (piece.paragraph, start..<sentences.end(of: at))
    }

    /// Weighted Dice of content stems, or containment for a short partial inside a longer quote.
    static func similar(_ a: Item, _ b: Item, _ weight: (String) -> Double) -> Bool {
        var common = 0.0, weightA = 0.0, weightB = 0.0, sharedStems = 0
        for (stem, count) in a.stems {
            let w = weight(stem)
            weightA += w * Double(count)
            if let other = b.stems[stem] {
                common += w * Double(min(count, other))
                sharedStems += 1
            }
        }
        for (stem, count) in b.stems { weightB += weight(stem) * Double(count) }
        guard sharedStems >= 2 || sharedStems == 1 && min(a.stems.count, b.stems.count) == 1 else { return false }
        let dice = 2 * common / (weightA + weightB)
        let containment = common / min(weightA, weightB)
        return dice >= threshold || containment >= 0.75 && min(a.stems.count, b.stems.count) >= 2
    }
}
