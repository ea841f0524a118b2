import Testing
@testable import ParallaxUI

struct GridTests {
    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var grid = Grid(width: 5, height: 1)
        let used = grid.put("日本語", x: 0, y: 0, role: .text)
        #expect(used == 4)  // the third glyph would need columns 4–5
        #expect(grid.text == "日本 ")
        #expect(grid[1, 0].text == "")  // continuation of 日
    }

    @Test func combiningMarksAndEmDashesAndCurlyQuotesLayOutRight() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("—“”’") == 4)
        #expect(DisplayWidth.of("한국") == 4)
        var grid = Grid(width: 6, height: 1)
        grid.put("café—", x: 0, y: 0, role: .text)
        #expect(grid.text == "café— ")
    }

    @Test func controlsAndEscapeSequencesNeverReachTheGrid() {
        var grid = Grid(width: 20, height: 1)
        grid.put("a\u{1B}]0;pwned\u{07}b\u{1B}[2Jc\u{9B}d\u{202E}e", x: 0, y: 0, role: .text)
        #expect(!grid.cells.contains { $0.text.unicodeScalars.contains(where: DisplayWidth.isControl) })
        #expect(grid.text.hasPrefix("a]0;pwnedb[2Jcde"))
    }

    @Test func clippingAtTheEdgeAndOutside() {
        var grid = Grid(width: 4, height: 2)
        #expect(grid.put("abcdef", x: 2, y: 0, role: .text) == 2)
        #expect(grid.put("x", x: 0, y: 5, role: .text) == 0)
        #expect(grid.put("xyz", x: 1, y: 1, role: .text, limit: 1) == 1)
        #expect(grid.text == "  ab\n x  ")
    }

    @Test func colourDowngradesToWhatTheTerminalHas() {
        #expect(ColorDepth(colors: 256, noColor: true) == .none)
        #expect(ColorDepth.none.number(.rgb(255, 0, 0)) == -1)
        #expect(ColorDepth.direct.number(.rgb(0x12, 0x34, 0x56)) == 0x123456)
        #expect(ColorDepth.indexed256.number(.rgb(255, 0, 0)) == 196)
        #expect(ColorDepth.indexed256.number(.rgb(128, 128, 128)) == 244)
        #expect(ColorDepth.sixteen.number(.rgb(250, 250, 250)) == 15)
        #expect(ColorDepth.eight.number(.indexed(9)) == 1)
        #expect(ColorDepth.eight.number(.rgb(0, 200, 0)) == 2)
        #expect(ColorDepth.direct.number(.terminalDefault) == -1)
    }
}
