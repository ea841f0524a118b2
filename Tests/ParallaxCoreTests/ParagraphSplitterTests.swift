import Testing
@testable import ParallaxCore

@Suite struct ParagraphSplitterTests {
    @Test func blankLinesSeparateAndSingleLinesStayApart() {
        let text = "Line one.\nLine two.\n\nBlock two.\n"
        #expect(ParagraphSplitter.split(text, markdown: false) == ["Line one.", "Line two.", "Block two."])
    }

    @Test func hardWrappedProseIsJoined() {
        let text = """
            The dockworkers of the north quay walked out at dawn on
            Tuesday, leaving three grain ships at anchor while the port
            authority and the union traded accusations over pay and the
            cranes.
            """
        #expect(ParagraphSplitter.split(text, markdown: false).count == 1)
    }

    @Test func markdownJoinsBlocksButKeepsListItemsAndHeadings() {
        let text = "# Title\nSecond line of nothing\n\n- item one\n- item two\n\nA paragraph\nwrapped here.\n"
        #expect(ParagraphSplitter.split(text, markdown: true) == [
            "# Title", "Second line of nothing", "- item one", "- item two", "A paragraph wrapped here.",
        ])
    }

    @Test(arguments: ["- item", "* item", "• item", "– item", "· item", "▪ item", "► item", "  -\titem"])
    func bulletsOpenListItems(_ line: String) {
        #expect(ParagraphSplitter.isListItem(line))
    }

    @Test(arguments: ["-item", "—  a dash aside", "Item", "", "   ", "•", "−5 degrees", "··· item", "€ 5"])
    func otherOpeningsAreNotListItems(_ line: String) {
        #expect(!ParagraphSplitter.isListItem(line))
    }

    @Test func linesSplitOnNewlinesOnly() {
        #expect(ParagraphSplitter.lines("a\nb\r\n\nc“é”") == ["a", "b\r", "", "c“é”"])
        #expect(ParagraphSplitter.lines("") == [""])
        #expect(ParagraphSplitter.lines("\n") == ["", ""])
    }
}
