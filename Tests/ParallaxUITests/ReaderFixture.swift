import Foundation
import ParallaxCore
@testable import ParallaxUI
import TestSupport

/// The bundled example story (written for the project), loaded once for the reader tests.
enum ReaderFixture {
    static let model: ReaderModel = {
        let story = StoryLoader().load([SharedFixtures.exampleStory])
        let quotes = QuoteExtractor().extract(story)
        return ReaderModel(story: story, quotes: quotes, comparison: Comparer().compare(story, quotes: quotes))
    }()

    static let themes: [Theme] = ThemeLibrary.load(from: [SharedFixtures.packageRoot.appendingPathComponent("Themes").path]).themes

    static func reader(width: Int = 120, height: Int = 40) -> Reader {
        var reader = Reader(model: model, themes: themes, width: width, height: height)
        reader.state = ReaderState()
        reader.state.compareWith = 1
        return reader
    }

    static func press(_ reader: inout Reader, _ keys: Key...) { for key in keys { reader.handle(key) } }

    static func type(_ reader: inout Reader, _ text: String) { for c in text { reader.handle(.character(c)) } }
}
