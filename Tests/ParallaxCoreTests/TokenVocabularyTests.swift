import Testing
@testable import ParallaxCore

struct TokenVocabularyTests {
    /// Everything a token carries except its place, to compare tokens made fresh and from a vocabulary.
    private func fields(_ tokens: [Token]) -> [String] {
        tokens.map { "\($0.text)|\($0.lowered)|\($0.classes.rawValue)|\($0.kind)|\($0.startsUppercase)|\($0.start)-\($0.end)|\($0.spaceBefore)|\($0.spaceAfter)" }
    }

    static let paragraphs = [
        "“We will not move,” said Ines Marr, the dockers’ union leader. “WE WILL NOT MOVE.”",
        "Marr said the Valmora port authority had ''never'' offered talks; the Authority denied it.",
        "Grève! La grève continue, dit-elle — « nous restons » — at 5 a.m. on Pier 9.",
    ]

    /// Paragraphs tokenised with one shared vocabulary — repeated words, capitals, accents and marks —
    /// give the tokens each gives alone, and each distinct token is decoded once.
    @Test func sharedVocabularyGivesTheSameTokens() {
        let paragraphs = Self.paragraphs + Self.paragraphs
        var vocabulary = TokenVocabulary()
        let shared = Tokenizer.tokens(paragraphs: paragraphs, vocabulary: &vocabulary)
        for (paragraph, tokens) in zip(paragraphs, shared) {
            #expect(fields(tokens) == fields(Tokenizer.tokens(paragraph)))
        }
        #expect(vocabulary.count == Set(shared.joined().map(\.text)).count)
    }

    /// More distinct tokens than the vocabulary holds: it starts afresh when full and still answers right.
    @Test func fullVocabularyStartsAfresh() {
        let words = (0..<(TokenVocabulary().capacity + 1000)).map { "crane\($0) Crane\($0)" }.joined(separator: " ")
        let paragraphs = Self.paragraphs + [words] + Self.paragraphs + [words]
        var vocabulary = TokenVocabulary()
        let shared = Tokenizer.tokens(paragraphs: paragraphs, vocabulary: &vocabulary)
        for (paragraph, tokens) in zip(paragraphs, shared) {
            #expect(fields(tokens) == fields(Tokenizer.tokens(paragraph)))
        }
        #expect(vocabulary.count <= vocabulary.capacity)
        #expect(vocabulary.count > 0)
    }

    /// A vocabulary carried from one article to the next answers for the second article as a fresh one would.
    @Test func vocabularyCarriesAcrossTexts() {
        var vocabulary = TokenVocabulary()
        _ = Tokenizer.tokens(paragraphs: ["The harbour strike entered its third day."], vocabulary: &vocabulary)
        let second = ["THE HARBOUR", "Harbour officials said the strike was unlawful."]
        #expect(
            Tokenizer.tokens(paragraphs: second, vocabulary: &vocabulary).map(fields) == second.map { fields(Tokenizer.tokens($0)) })
        #expect(Tokenizer.tokens(paragraphs: ["said"], vocabulary: &vocabulary)[0][0].classes.contains(.verbs))
    }
}
