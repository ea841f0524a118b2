import Foundation

/// A claim carried by one or more outlets: sentences aligned across articles by their content words.
public struct Fact: Sendable, Equatable {
    /// The claim as the first article that carries it words it.
    public var text: String
    /// Articles that carry it, in story order.
    public var articles: [Int]
    /// Each article's sentence for it.
    public var sentences: [Sentence]
    /// Amounts the sentences state, normalised.
    public var amounts: [Amount]
    /// Amounts of one unit that disagree between articles.
    public var conflicts: [Conflict]

    public struct Sentence: Sendable, Equatable {
        public var article: Int
        public var paragraph: Int
        public var text: String
        /// How close the nearest sentence of another source came (weighted overlap, 0–1).
        public var nearest: Double = 0
    }

    public struct Conflict: Sendable, Equatable {
        public var article: Int
        public var amount: Amount
    }
}

enum Facts {
    static let threshold = 0.45

    struct Unit {
        var article: Int
        var paragraph: Int
        var text: String
        var stems: [String: Int]
        var amounts: [Amount]
    }

    static func units(_ articles: [ArticleWords]) -> [Unit] {
        var units: [Unit] = []
        for (a, words) in articles.enumerated() {
            for (p, tokens) in words.paragraphs.enumerated() {
                for range in Sentences(tokens: tokens, quoted: []).all {
                    let text = SpeakerPhrase.text(tokens[range])
                    var stems: [String: Int] = [:]
                    for case let stem? in words.stems[p][range] { stems[stem, default: 0] += 1 }
                    guard stems.count >= 4 else { continue }
                    units.append(Unit(article: a, paragraph: p, text: text, stems: stems, amounts: Amounts.find(Array(tokens[range]))))
                }
            }
        }
        return units
    }

    /// Aligns sentences across articles. `source[i]` names article i's source: copies of one wire story share one.
    static func find(_ articles: [ArticleWords], source: [Int]) -> [Fact] {
        let units = units(articles)
        var frequency: [String: Int] = [:]
        for unit in units { for stem in unit.stems.keys { frequency[stem, default: 0] += 1 } }
        let total = Double(max(units.count, 1))
        func weight(_ stem: String) -> Double { 1 + log2(total / Double(frequency[stem] ?? 1)) }
        let weights = units.map { unit in unit.stems.reduce(0.0) { $0 + weight($1.key) * Double($1.value) } }
        // Blocking: candidates share at least two stems that are not everywhere in the story.
        // A fixed cap keeps the work near-linear: a stem in more sentences than this is no evidence of a shared claim.
        let cap = 40
        var index: [String: [Int]] = [:]
        for (i, unit) in units.enumerated() {
            for stem in unit.stems.keys where (frequency[stem] ?? 0) <= cap { index[stem, default: []].append(i) }
        }
        var sets = DisjointSets(count: units.count)
        var best = Array(repeating: 0.0, count: units.count)
        for (i, unit) in units.enumerated() {
            var shared: [Int: Int] = [:]
            for stem in unit.stems.keys {
                for j in index[stem] ?? [] where j > i && units[j].article != unit.article { shared[j, default: 0] += 1 }
            }
            for (j, count) in shared where count >= 2 {
                var common = 0.0
                for (stem, n) in unit.stems { if let m = units[j].stems[stem] { common += weight(stem) * Double(min(n, m)) } }
                let similarity = 2 * common / (weights[i] + weights[j])
                if similarity >= threshold { sets.join(i, j) }
                if source[units[j].article] != source[unit.article] {
                    best[i] = max(best[i], similarity)
                    best[j] = max(best[j], similarity)
                }
            }
        }
        // Groups in reading order of their first sentence (unit indices follow reading order).
        let facts = sets.groups().map { $0.sorted() }.sorted { $0[0] < $1[0] }.map { members -> Fact in
            let articles = Array(Set(members.map { units[$0].article })).sorted()
            var amounts: [Amount] = []
            for m in members { for amount in units[m].amounts where !amounts.contains(amount) { amounts.append(amount) } }
            var conflicts: [Fact.Conflict] = []
            for m in members {
                for amount in units[m].amounts where amounts.contains(where: { $0.contradicts(amount) }) {
                    let conflict = Fact.Conflict(article: units[m].article, amount: amount)
                    if !conflicts.contains(conflict) { conflicts.append(conflict) }
                }
            }
            return Fact(
                text: units[members[0]].text, articles: articles,
                sentences: members.map { Fact.Sentence(article: units[$0].article, paragraph: units[$0].paragraph, text: units[$0].text, nearest: best[$0]) },
                amounts: amounts, conflicts: conflicts)
        }
        return facts
    }
}
