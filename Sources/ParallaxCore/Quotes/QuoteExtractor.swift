/// Finds the quotes of every article of a story, merges speakers' names across the story and reads reactions.
public struct QuoteExtractor: Sendable {
    public init() {}

    public func extract(_ story: Story) -> StoryQuotes {
        var perArticle: [[Quote]] = []
        var deeds: [[Reactions.Deed]] = []
        var acronyms: [(String, String)] = []
        // Article by article, so that only one article's tokens are alive at a time; the articles of a
        // story share most of their words, so they share one vocabulary.
        var vocabulary = TokenVocabulary()
        for (index, article) in story.articles.enumerated() {
            let tokens = Tokenizer.tokens(paragraphs: article.paragraphs, vocabulary: &vocabulary)
            var spans: [QuotedSpan]?
            if article.isRepaired, !(article.originalParagraphs ?? []).contains(where: Self.hasQuoteMarks) {
                // The copy lost its quotation marks: lay on the quotes of cased copies of the same story.
                let copies = story.articles.indices.lazy.filter { other in other != index && !story.articles[other].isRepaired }
                    .map { Tokenizer.tokens(paragraphs: story.articles[$0].paragraphs, vocabulary: &vocabulary) }
                    .filter { DamagedCopyQuotes.areCopies(tokens, $0) }
                spans = DamagedCopyQuotes.spans(for: tokens, copies: Array(copies))
            }
            perArticle.append(ArticleQuoter(tokens: tokens, spans: spans).quotes())
            deeds.append(Reactions.deeds(in: tokens))
            acronyms += SpeakerIndex.acronyms(in: tokens)
        }
        var index = SpeakerIndex()
        for (article, quotes) in zip(story.articles, perArticle) {
            for quote in quotes where quote.kind != .term {
                guard let speaker = quote.speaker else { continue }
                for name in speaker.names {
                    index.add(name, role: speaker.members.isEmpty ? speaker.role : nil, file: article.file, gender: speaker.members.isEmpty ? speaker.gender : nil)
                }
            }
        }
        let speakers = index.speakers(extraAliases: acronyms)
        var lookup: [String: StoryQuotes.Speaker] = [:]
        for speaker in speakers { for name in [speaker.name] + speaker.aliases { lookup[name] = speaker } }
        let canonical = { (name: String) in lookup[name]?.name ?? name }
        for i in perArticle.indices {
            for j in perArticle[i].indices {
                guard var speaker = perArticle[i][j].speaker else { continue }
                if speaker.members.isEmpty {
                    speaker.name = canonical(speaker.name)
                } else {
                    speaker.members = speaker.members.map(canonical)
                    speaker.name = speaker.members.joined(separator: " and ")
                }
                perArticle[i][j].speaker = speaker
            }
        }
        let reactions = Reactions.find(
            articles: story.articles.indices.map { (story.articles[$0].file, perArticle[$0], deeds[$0]) }, canonical: canonical)
        return StoryQuotes(
            articles: zip(story.articles, perArticle).map { StoryQuotes.ArticleQuotes(file: $0.file, quotes: $1) },
            speakers: speakers, reactions: reactions)
    }

    private static func hasQuoteMarks(_ paragraph: String) -> Bool {
        paragraph.unicodeScalars.contains { ["\"", "“", "”", "«", "»"].contains($0) }
    }
}
