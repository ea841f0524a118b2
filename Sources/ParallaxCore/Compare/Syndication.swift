/// Copies of one story: articles that are the same (wire) copy once boilerplate is gone, whatever
/// their case damage or spelling edition. Found by five-word shingles over folded words, blocked by an
/// index so that only articles sharing shingles are ever compared.
public struct CopyGroup: Sendable, Equatable {
    /// Indices into the story's articles, in story order; the first is shown as the source.
    public var articles: [Int]
    /// For each copy after the first: the stretches where its words differ from the first's.
    public var differences: [[Change]]

    public struct Change: Sendable, Equatable {
        public var removed: String
        public var added: String
    }
}

enum Syndication {
    /// Share of the shorter article's shingles that must recur in the other.
    static let threshold = 0.6

    static func shingles(_ words: [String]) -> Set<Int> {
        guard words.count >= 5 else { return [] }
        var result = Set<Int>()
        result.reserveCapacity(words.count)
        for i in 0...(words.count - 5) {
            var hasher = Hasher()
            for word in words[i..<i + 5] { hasher.combine(word) }
            result.insert(hasher.finalize())
        }
        return result
    }

    static func groups(_ articles: [Article], words: [ArticleWords]) -> [CopyGroup] {
        let words = words.map(\.folded)
        let sets = words.map(shingles)
        // Candidate pairs come from an index of shingles to articles: near-linear in the story's size.
        var index: [Int: [Int]] = [:]
        for (article, set) in sets.enumerated() { for shingle in set { index[shingle, default: []].append(article) } }
        var shared: [Int: [Int: Int]] = [:]
        for (_, holders) in index where holders.count > 1 && holders.count <= 8 {
            for i in holders.indices { for j in holders.indices where j > i { shared[holders[i], default: [:]][holders[j], default: 0] += 1 } }
        }
        var copies = DisjointSets(count: articles.count)
        for (a, counts) in shared {
            for (b, count) in counts {
                let smaller = min(sets[a].count, sets[b].count)
                guard smaller >= 20, Double(count) / Double(smaller) >= threshold else { continue }
                copies.join(a, b)
            }
        }
        return copies.groups().filter { $0.count > 1 }.map { group in
            let group = group.sorted { rank(articles[$0]) < rank(articles[$1]) || rank(articles[$0]) == rank(articles[$1]) && $0 < $1 }
            let first = articles[group[0]].paragraphs.joined(separator: " ")
            let differences = group.dropFirst().map { other in
                WordDiff.changes(WordDiff.diff(first, articles[other].paragraphs.joined(separator: " ")))
                    .map { CopyGroup.Change(removed: $0.removed, added: $0.added) }
            }
            return CopyGroup(articles: group, differences: differences)
        }.sorted { $0.articles[0] < $1.articles[0] }
    }

    /// Clean copies come first, so the source shown is the best-kept one.
    private static func rank(_ article: Article) -> Int { article.isRepaired ? 1 : 0 }
}
