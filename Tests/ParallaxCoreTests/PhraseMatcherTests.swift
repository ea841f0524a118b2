import Testing
@testable import ParallaxCore

@Suite struct PhraseMatcherTests {
    private let matcher = PhraseMatcher([("den", 1), ("deny", 2), ("dock strike", 3), ("a", 4), ("crane", 5), ("ban ", 6)])

    /// Stems match where a word starts, every time, in text order (stems starting at one place in the order
    /// given); a one-letter stem matches every word it starts; the text's end counts as a space.
    @Test func stemsMatchAtWordStartsInTextOrder() {
        let text = "Unions deny a Dock strike; the crane denial, abandon a ban"
        #expect(matcher.matches(in: text).map(\.phrase) == ["den", "deny", "a", "dock strike", "crane", "den", "a", "a", "ban "])
        let byClause = matcher.valuesByClause(in: text)
        #expect(byClause.map(\.value) == [1, 2, 4, 3, 5, 1, 4, 4, 6])
        #expect(byClause.map(\.clause) == [0, 0, 0, 0, 1, 1, 2, 2, 2])
        #expect(matcher.values(in: "nothing to see") == [])
    }
}
