/// An article's tokens with every word folded and stemmed once, for all the comparisons that read them.
struct ArticleWords: Sendable {
    let paragraphs: [[Token]]
    /// Per paragraph, per token: the content stem (synonyms folded), or `nil` for punctuation and function words.
    let stems: [[String?]]
    /// Every word, folded (lower case, one spelling edition), in order.
    let folded: [String]

    /// Folded form and stem of each word seen, shared by a story's articles: words repeat, folding is slow.
    typealias Cache = [String: (folded: String, stem: String?)]

    init(_ article: Article, cache: inout Cache) {
        paragraphs = Tokenizer.tokens(paragraphs: article.paragraphs)
        var stems: [[String?]] = []
        var folded: [String] = []
        for tokens in paragraphs {
            stems.append(tokens.map { token in
                guard token.isWord else { return nil }
                if let known = cache[token.lowered] {
                    folded.append(known.folded)
                    return known.stem
                }
                let word = DamagedCopyQuotes.fold(token.lowered)
                folded.append(word)
                var stem: String?
                if !WordForms.stopwords.contains(word), word.utf8.count > 1 || !token.startsWithDigit {
                    let base = WordForms.stem(word)
                    stem = WordForms.synonyms[base] ?? base
                }
                cache[token.lowered] = (word, stem)
                return stem
            })
        }
        self.stems = stems
        self.folded = folded
    }
}
