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
}
