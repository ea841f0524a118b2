import Testing
import ParallaxTerminal
@testable import ParallaxUI

/// The real ncurses backend on a headless screen (/dev/null): what the grid asks for is what ends up
/// in ncurses' cells, wide characters and styles included.
@MainActor
struct NcursesScreenTests {
    @Test func gridsReachTheScreenCellForCell() throws {
        let screen = NcursesScreen()
        try #require(screen.startHeadless(width: 20, height: 3))
        defer { screen.stop() }
        var grid = Grid(width: 20, height: 3)
        grid.put("Kovač “said” 日本", x: 0, y: 0, role: .headline)
        grid.put("e\u{301}x", x: 0, y: 1, role: .text)
        grid.put("sel", x: 0, y: 2, role: .selection)
        var theme = Theme.fallback
        theme.styles[.headline]?.bold = true
        screen.draw(grid, theme: theme)
        #expect(screen.cell(x: 0, y: 0).text == "K")
        #expect(screen.cell(x: 4, y: 0).text == "č")
        #expect(screen.cell(x: 6, y: 0).text == "“")
        #expect(screen.cell(x: 13, y: 0).text == "日")
        #expect(screen.cell(x: 15, y: 0).text == "本")  // 日 takes columns 13 and 14
        #expect(screen.cell(x: 0, y: 0).bold)
        #expect(screen.cell(x: 0, y: 1).text == "e\u{301}")  // the combining accent rides on its letter
        #expect(screen.cell(x: 1, y: 1).text == "x")
        #expect(screen.cell(x: 0, y: 2).reverse)  // the fallback theme's selection
        #expect(!screen.cell(x: 0, y: 1).reverse)
    }
}
