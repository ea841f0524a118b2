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
    let widths: Widths

    static let minimumWidth = 20, minimumHeight = 6

    var tooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    /// Rows between the title bar and the status bar.
    var bodyTop: Int { 1 }
    var bodyHeight: Int { max(0, height - 2) }

    /// Pane widths asked for in the config (`nil`: the defaults); kept within what the screen allows.
    struct Widths: Sendable, Equatable {
        var outlets: Int?
        var panel: Int?
    }

    init(width: Int, height: Int, focus: ReaderState.Pane, widths: Widths = Widths()) {
        self.width = width
        self.height = height
        self.widths = widths
        if width >= 100 {
            let outlets = max(12, min(widths.outlets ?? 24, width / 3))
            let panel = max(20, min(widths.panel ?? min(40, max(30, width / 4)), width / 3))
            panes = [Pane(pane: .outlets, x: 0, width: outlets), Pane(pane: .article, x: outlets + 1, width: width - outlets - panel - 2),
                     Pane(pane: .panel, x: width - panel, width: panel)]
        } else if width >= 60 {
            let outlets = max(12, min(widths.outlets ?? 20, width / 3))
            panes = [Pane(pane: .outlets, x: 0, width: outlets), Pane(pane: focus == .panel ? .panel : .article, x: outlets + 1, width: width - outlets - 1)]
        } else {
            panes = [Pane(pane: focus, x: 0, width: width)]
        }
    }

    func pane(_ which: ReaderState.Pane) -> Pane? { panes.first { $0.pane == which } }

    /// The article pane's width, wherever it is shown (the width it would have when focused).
    var articleWidth: Int { pane(.article)?.width ?? Layout(width: width, height: height, focus: .article, widths: widths).pane(.article)!.width }
}
