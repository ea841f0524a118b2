/// Who each outlet quotes, mentions, or leaves out.
public struct Coverage: Sendable, Equatable {
    public enum Presence: String, Sendable { case quoted, mentioned, absent }

    /// Actors: every quoted speaker and every actor with a reaction, most widely covered first.
    public var actors: [String]
    /// `cells[actor][article]`.
    public var cells: [[Presence]]
}

enum CoverageReader {
    static func read(_ story: Story, _ quotes: StoryQuotes, words articleWords: [ArticleWords]) -> Coverage {
        var actors: [String] = quotes.speakers.map(\.name)
        for reaction in quotes.reactions where !actors.contains(reaction.actor) { actors.append(reaction.actor) }
        // Each article's words, so that an actor is looked up, not searched for.
        let words: [Set<String>] = story.articles.indices.map { a in
            Set(articleWords[a].folded + (story.articles[a].headline.map { TextScanning.words($0).map { DamagedCopyQuotes.fold(String($0)) } } ?? []))
        }
        var quotedBy: [String: Set<Int>] = [:]
        for (a, article) in quotes.articles.enumerated() {
            for quote in article.quotes where quote.kind != .term {
                for name in quote.speaker?.names ?? [] { quotedBy[quotes.canonical(name), default: []].insert(a) }
            }
        }
        let speakers = Dictionary(quotes.speakers.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        /// Every form of an actor's name, as words: the name, its aliases, a person's surname.
        func names(_ actor: String) -> [[String]] {
            let speaker = speakers[actor]
            var names = [actor] + (speaker?.aliases ?? [])
            let words = actor.spaceSeparated()
            if words.count > 1, let last = words.last, last.count > 3 { names.append(String(last)) }
            return names.map { TextScanning.words($0).map { DamagedCopyQuotes.fold(String($0)) } }
        }
        var cells: [[Coverage.Presence]] = actors.map { actor in
            let forms = names(actor)
            return story.articles.indices.map { a in
                if quotedBy[actor]?.contains(a) == true { return .quoted }
                return forms.contains { form in !form.isEmpty && form.allSatisfy(words[a].contains) } ? .mentioned : .absent
            }
        }
        // Most widely covered first.
        let order = actors.indices.sorted { i, j in
            let si = cells[i].filter { $0 != .absent }.count, sj = cells[j].filter { $0 != .absent }.count
            return si != sj ? si > sj : i < j
        }
        cells = order.map { cells[$0] }
        return Coverage(actors: order.map { actors[$0] }, cells: cells)
    }
}
