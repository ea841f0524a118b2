/// Where each pane goes at a given screen size. Wide screens show all three panes; narrower ones the
/// outlet list and the focused pane; narrow ones only the focused pane; below 20×6, a notice.
struct Layout {
    struct Pane {
        var pane: ReaderState.Pane
        var x: Int
        var width: Int
    }

    let width: Int
    let height: Int
    let panes: [Pane]

    static let minimumWidth = 20, minimumHeight = 6

    var tooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    /// Rows between the title bar and the status bar.
    var bodyTop: Int { 1 }
    var bodyHeight: Int { max(0, height - 2) }

    init(width: Int, height: Int, focus: ReaderState.Pane) {
        self.width = width
        self.height = height
        if width >= 100 {
            let outlets = 24, panel = min(40, max(30, width / 4))
            panes = [Pane(pane: .outlets, x: 0, width: outlets), Pane(pane: .article, x: outlets + 1, width: width - outlets - panel - 2),
                     Pane(pane: .panel, x: width - panel, width: panel)]
        } else if width >= 60 {
            let outlets = 20
            panes = [Pane(pane: .outlets, x: 0, width: outlets), Pane(pane: focus == .panel ? .panel : .article, x: outlets + 1, width: width - outlets - 1)]
        } else {
            panes = [Pane(pane: focus, x: 0, width: width)]
        }
    }

    func pane(_ which: ReaderState.Pane) -> Pane? { panes.first { $0.pane == which } }

    /// The article pane's width, wherever it is shown (the width it would have when focused).
    var articleWidth: Int { pane(.article)?.width ?? Layout(width: width, height: height, focus: .article).pane(.article)!.width }
}
