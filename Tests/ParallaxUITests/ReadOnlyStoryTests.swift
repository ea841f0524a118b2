import Foundation
import ParallaxCore
import Testing
import TestSupport
@testable import ParallaxUI

/// Parallax reads a story folder and never writes to it: no caches, no lock files, no touched times.
struct ReadOnlyStoryTests {
    @Test func everyPathThroughTheProgramLeavesTheFolderAsItWas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-readonly-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: SharedFixtures.exampleStory, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = FolderSnapshot(folder)
        #expect(before.entries.count >= 6)

        let story = StoryLoader().load([folder])
        let quotes = QuoteExtractor().extract(story)
        let comparison = Comparer().compare(story, quotes: quotes)
        _ = ParseReport(story: story).json() + ParseReport(story: story).text()
        _ = QuoteReport(story: story, quotes: quotes).json() + QuoteReport(story: story, quotes: quotes).text()
        let report = CompareReport(story: story, comparison: comparison)
        _ = report.json() + report.text() + report.markdown()
        var reader = Reader(model: ReaderModel(story: story, quotes: quotes, comparison: comparison), themes: ReaderFixture.themes, width: 120, height: 40)
        for key: Key in [.character("j"), .tab, .enter, .escape, .character("c"), .character("m"), .character("t"), .character("b"), .character("?")] {
            reader.handle(key)
            _ = reader.render()
        }
        #expect(FolderSnapshot(folder) == before)
    }
}
