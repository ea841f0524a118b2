import ParallaxCore
import Testing
@testable import ParallaxUI

/// Key sequences fed to the reader, and the state they leave.
struct ReaderTests {
    typealias F = ReaderFixture

    @Test func outletListGroupsWireCopiesAndSaysWhenTheOutletIsUnknown() {
        let entries = F.model.entries
        let meridian = entries.first { $0.name == "Meridian" }
        #expect(meridian?.articles.count == 2)  // the wire copy and its damaged reprint
        #expect(entries.count == F.model.story.articles.count - 1)
        #expect(entries.allSatisfy { $0.known || $0.kind == "outlet unknown" })
    }

    @Test func movingThroughOutletsResetsTheArticle() {
        var reader = F.reader(width: 80, height: 24)
        F.press(&reader, .tab, .down, .down)
        #expect(reader.state.focus == .article)
        #expect(reader.state.scroll == 2)
        F.press(&reader, .backTab, .character("j"))
        #expect(reader.state.focus == .outlets)
        #expect(reader.state.entry == 1)
        #expect(reader.state.scroll == 0)
        F.press(&reader, .character("G"))
        #expect(reader.state.entry == F.model.entries.count - 1)
        F.press(&reader, .character("g"))
        #expect(reader.state.entry == 0)
    }

    @Test func scrollingStopsAtTheEnds() {
        var reader = F.reader(width: 80, height: 24)
        F.press(&reader, .character("l"), .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        let bottom = reader.state.scroll
        F.press(&reader, .pageDown)
        #expect(reader.state.scroll == bottom)
        F.press(&reader, .character("g"))
        #expect(reader.state.scroll == 0)
        F.press(&reader, .up)
        #expect(reader.state.scroll == 0)
    }

    @Test func enterOnAQuoteOpensItsStatementAndEscComesBack() {
        var reader = F.reader()
        F.press(&reader, .tab, .tab)
        #expect(reader.state.focus == .panel)
        F.press(&reader, .enter)
        #expect(reader.state.mode == .statement)
        F.press(&reader, .escape)
        #expect(reader.state.mode == .read)
    }

    @Test func compareModeChangesTheRightOutletAndQBacksOut() {
        var reader = F.reader()
        F.press(&reader, .character("c"))
        #expect(reader.state.mode == .compare)
        let first = reader.state.compareWith
        F.press(&reader, .character("]"))
        #expect(reader.state.compareWith != first)
        #expect(reader.state.compareWith != reader.state.entry)
        F.press(&reader, .character("["))
        #expect(reader.state.compareWith == first)
        F.press(&reader, .character("q"))
        #expect(reader.state.mode == .read)
        #expect(!reader.state.quit)
        F.press(&reader, .character("q"))
        #expect(reader.state.quit)
    }

    @Test func matrixHelpAndBackFromHelpToTheViewBefore() {
        var reader = F.reader()
        F.press(&reader, .character("m"))
        #expect(reader.state.mode == .matrix)
        F.press(&reader, .character("?"))
        #expect(reader.state.mode == .help)
        F.press(&reader, .escape)
        #expect(reader.state.mode == .matrix)
        F.press(&reader, .escape)
        #expect(reader.state.mode == .read)
    }

    @Test func searchFindsASpeakerAcrossTheStoryAndCycles() {
        var reader = F.reader()
        F.press(&reader, .character("/"))
        F.type(&reader, "lindqvist")
        #expect(reader.state.searchInput == "lindqvist")
        F.press(&reader, .enter)
        #expect(reader.state.query == "lindqvist")
        #expect(reader.state.message?.hasPrefix("match 1 of") == true)
        let first = (reader.state.entry, reader.state.scroll)
        let total = reader.matches(of: "lindqvist").count
        #expect(total >= 2)  // he is in more than one outlet's article
        F.press(&reader, .character("n"))
        #expect(reader.state.message?.hasPrefix("match 2 of") == true)
        F.press(&reader, .character("N"))
        #expect((reader.state.entry, reader.state.scroll) == first)
        F.press(&reader, .character("N"))
        #expect(reader.state.message?.hasPrefix("match \(total) of") == true)  // wraps around
        F.press(&reader, .escape)
        #expect(reader.state.query == nil)
    }

    @Test func searchWithNoMatchSaysSo() {
        var reader = F.reader()
        F.press(&reader, .character("/"))
        F.type(&reader, "zebra crossing")
        F.press(&reader, .enter)
        #expect(reader.state.message == "not found: zebra crossing")
        F.press(&reader, .character("/"), .escape)
        #expect(reader.state.searchInput == nil)
    }

    @Test func themesCycleAndBoilerplateToggles() {
        var reader = F.reader()
        #expect(reader.theme.name == "dark")
        F.press(&reader, .character("t"))
        #expect(reader.theme.name != "dark")
        for _ in 1..<F.themes.count { F.press(&reader, .character("t")) }
        #expect(reader.theme.name == "dark")
        F.press(&reader, .character("b"))
        #expect(reader.state.showBoilerplate)
        F.press(&reader, .character("b"))
        #expect(!reader.state.showBoilerplate)
    }

    @Test func ctrlCQuitsFromAnywhereEvenWhileTyping() {
        var reader = F.reader()
        F.press(&reader, .character("m"), .control("c"))
        #expect(reader.state.quit)
        var typing = F.reader()
        F.press(&typing, .character("/"), .control("c"))
        #expect(typing.state.quit)
    }

    @Test func clickSelectsAnOutletAndWheelScrolls() {
        var reader = F.reader(width: 80, height: 24)
        F.press(&reader, .mouseClick(x: 3, y: 3))
        #expect(reader.state.entry == 1)
        #expect(reader.state.focus == .outlets)
        F.press(&reader, .mouseClick(x: 40, y: 10), .wheelDown, .wheelDown)
        #expect(reader.state.focus == .article)
        #expect(reader.state.scroll == 2)
    }

    @Test func rebindingAKeyMovesItAndTheHelpFollows() {
        var reader = F.reader()
        reader.keymap.bind(.quit, to: [.character("x")])
        F.press(&reader, .character("q"))
        #expect(!reader.state.quit)
        #expect(reader.helpLines().contains { $0.contains { $0.text.hasPrefix("x ") } })
        F.press(&reader, .character("x"))
        #expect(reader.state.quit)
    }

    @Test func tinyScreensShowANoticeAndResizingKeepsStateValid() {
        var reader = F.reader()
        F.press(&reader, .tab, .pageDown, .pageDown)
        reader.resize(width: 19, height: 5)
        #expect(reader.render().text.contains("Too small"))
        reader.resize(width: 200, height: 60)
        #expect(reader.state.scroll >= 0)
        #expect(!reader.render().text.contains("Too small"))
    }

    /// A file with hundreds of quotes: the panel lays out only what can reach the screen, and what it
    /// shows is still the selected quote under its speaker, with the "Also in" note at the very end.
    @Test func aLongPanelShowsTheSelectedQuoteUnderItsSpeaker() {
        let speakers = ["Mara Lind", "Tomas Ek", "Greta Holm"]
        var text = "The long strike\n\n"
        for n in 0..<300 {
            text += "“Day \(n) of the strike changes nothing for the crews,” said \(speakers[n / 100]).\n\n"
        }
        let story = StoryLoader().build([SourceDocument(file: "long.txt", format: .text, text: text)], title: "long")
        let quotes = QuoteExtractor().extract(story)
        let model = ReaderModel(story: story, quotes: quotes, comparison: Comparer().compare(story, quotes: quotes))
        var reader = Reader(model: model, themes: F.themes, width: 120, height: 40)
        F.press(&reader, .tab, .tab)
        for _ in 0..<100 { F.press(&reader, .character("j")) }
        #expect(reader.state.quote == 100)
        var screen = reader.render().text
        #expect(screen.contains("Day 99 of the strike") && screen.contains("Day 100 of the strike"))
        #expect(screen.contains("● Tomas Ek"))  // the first of his quotes opens his group
        #expect(!screen.contains("● Mara Lind"))  // hers opened a hundred quotes up
        F.press(&reader, .character("G"))
        screen = reader.render().text
        #expect(screen.contains("Day 299 of the strike"))
        #expect(screen.contains("Only this outlet carries it."))
    }
}
