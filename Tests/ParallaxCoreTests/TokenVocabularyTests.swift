import Testing
@testable import ParallaxCore

struct TokenVocabularyTests {
    /// Everything a token carries except its place, to compare tokens made fresh and from a vocabulary.
    private func fields(_ tokens: [Token]) -> [String] {
        tokens.map { "\($0.text)|\($0.lowered)|\($0.classes.rawValue)|\($0.kind)|\($0.startsUppercase)|\($0.start)-\($0.end)|\($0.spaceBefore)|\($0.spaceAfter)" }
    }

    /// Paragraphs tokenised with one shared vocabulary — repeated words, capitals, accents, marks and
    /// enough distinct words to grow the table several times — give the tokens each gives alone.
    @Test func sharedVocabularyGivesTheSameTokens() {
        var paragraphs = [
            "“We will not move,” said Ines Marr, the dockers’ union leader. “WE WILL NOT MOVE.”",
            "Marr said the Valmora port authority had ''never'' offered talks; the Authority denied it.",
            "Grève! La grève continue, dit-elle — « nous restons » — at 5 a.m. on Pier 9.",
        ]
        paragraphs.append((0..<3000).map { "crane\($0) Crane\($0)" }.joined(separator: " "))
        paragraphs += paragraphs
        var vocabulary = TokenVocabulary()
        let shared = Tokenizer.tokens(paragraphs: paragraphs, vocabulary: &vocabulary)
        for (paragraph, tokens) in zip(paragraphs, shared) {
            #expect(fields(tokens) == fields(Tokenizer.tokens(paragraph)))
        }
        // Each distinct token is decoded once: the repeated half of the paragraphs added nothing.
        let distinct = Set(shared.joined().map(\.text)).count
        #expect(vocabulary.count == distinct)
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
