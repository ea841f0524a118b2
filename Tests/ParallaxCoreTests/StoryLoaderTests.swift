import Testing
@testable import ParallaxCore
import TestSupport

/// Loading reports its steps, for the reader's status bar.
struct LoadingProgressTests {
    @Test func loadingNamesEachStep() {
        var steps: [String] = []
        let story = StoryLoader().load([SharedFixtures.exampleStory], progress: { steps.append($0) })
        #expect(!story.articles.isEmpty)
        #expect(steps.first?.hasPrefix("reading ") == true)
        #expect(steps.last == "repairing damaged copies and naming outlets")
    }
}
