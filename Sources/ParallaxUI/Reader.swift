import ParallaxCore

/// The reader's logic, with no terminal: keys in, state changed, screens out as grids. The ncurses
/// front end and the tests drive the same code.
public struct Reader: Sendable {
    public var state = ReaderState()
    public let model: ReaderModel
    public var keymap: Keymap
    public var themes: [Theme]
    public var width: Int
    public var height: Int
    /// Widths of the outlet list and the side panel from the config (`nil`: defaults).
    public var paneWidths: (outlets: Int?, panel: Int?) = (nil, nil)
    private let linesCache = ArticleLines.Cache()

    public init(model: ReaderModel, themes: [Theme], keymap: Keymap = .standard, width: Int = 80, height: Int = 24) {
        self.model = model
        self.themes = themes.isEmpty ? [Theme.fallback] : themes
        self.keymap = keymap
        self.width = width
        self.height = height
        state.compareWith = model.entries.count > 1 ? 1 : 0
    }

    public var theme: Theme { themes[state.theme % themes.count] }

    /// The article of the selected outlet entry.
    var article: Int { model.entries.isEmpty ? 0 : model.entries[state.entry].article }

    /// Quotes listed in the side panel for the selected article.
    var panelQuotes: [Quote] {
        guard !model.entries.isEmpty else { return [] }
        return model.panelQuotes[article]
    }

    var layout: Layout { Layout(width: width, height: height, focus: state.focus, widths: .init(outlets: paneWidths.outlets, panel: paneWidths.panel)) }

    /// The wrapped lines of the selected article, kept until the article, width, boilerplate switch or
    /// search changes: a keypress redraws without wrapping the whole article again.
    func articleLines() -> [ArticleLines.Line] {
        guard !model.entries.isEmpty else { return [] }
        let key = ArticleLines.Key(article: article, width: max(1, layout.articleWidth), boilerplate: state.showBoilerplate, query: state.query)
        return linesCache.lines(for: key) {
            ArticleLines.lines(model, article: key.article, width: key.width, boilerplate: key.boilerplate, query: key.query)
        }
    }

    // MARK: keys

    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        clampScroll()
    }

    public mutating func handle(_ key: Key) {
        state.message = nil
        if var input = state.searchInput {
            switch key {
            case .enter:
                state.searchInput = nil
                state.query = input.isEmpty ? nil : input
                if !input.isEmpty { jumpToMatch(forward: true, includingCurrent: true) }
                clampScroll()
            case .escape: state.searchInput = nil
            case .backspace:
                if !input.isEmpty { input.removeLast() }
                state.searchInput = input
            case .character(let c): state.searchInput = input + String(c)
            case .control("c"): state.quit = true
            default: break
            }
            return
        }
        switch key {
        case .resize: clampScroll(); return
        case .mouseClick(let x, let y): click(x: x, y: y); return
        case .wheelUp: perform(.up); return
        case .wheelDown: perform(.down); return
        default: break
        }
        if let action = keymap.action(for: key) { perform(action) }
    }

    public mutating func perform(_ action: Action) {
        let page = max(1, layout.bodyHeight - 1)
        switch action {
        case .up: move(-1)
        case .down: move(1)
        case .pageUp: move(-page)
        case .pageDown: move(page)
        case .top: move(-1_000_000)
        case .bottom: move(1_000_000)
        case .nextPane, .focusRight:
            guard state.mode == .read else { return }
            state.focus = ReaderState.Pane(rawValue: min(2, state.focus.rawValue + 1)) ?? .panel
        case .previousPane, .focusLeft:
            guard state.mode == .read else { return }
            state.focus = ReaderState.Pane(rawValue: max(0, state.focus.rawValue - 1)) ?? .outlets
        case .open:
            if state.mode == .read {
                if state.focus == .outlets { state.focus = .article } else if state.focus == .panel, !panelQuotes.isEmpty { enter(.statement) }
            }
        case .back:
            if state.query != nil && state.mode == .read {
                state.query = nil
                state.match = nil
            } else {
                leave()
            }
        case .quit:
            if state.mode == .read { state.quit = true } else { leave() }
        case .forceQuit: state.quit = true
        case .compare: state.mode == .compare ? leave() : enter(.compare)
        case .matrix: state.mode == .matrix ? leave() : enter(.matrix)
        case .help: state.mode == .help ? leave() : enter(.help)
        case .compareNext, .comparePrevious:
            guard model.entries.count > 1 else { return }
            let step = action == .compareNext ? 1 : -1
            var next = state.compareWith
            repeat { next = (next + step + model.entries.count) % model.entries.count } while next == state.entry
            state.compareWith = next
            state.viewScroll = 0
        case .boilerplate:
            state.showBoilerplate.toggle()
            state.message = state.showBoilerplate ? "showing removed boilerplate" : "boilerplate hidden"
        case .nextTheme:
            state.theme = (state.theme + 1) % themes.count
            state.message = "theme: \(theme.name)"
        case .search: state.searchInput = ""
        case .searchNext: jumpToMatch(forward: true, includingCurrent: false)
        case .searchPrevious: jumpToMatch(forward: false, includingCurrent: false)
        }
        clampScroll()
    }

    private mutating func enter(_ mode: ReaderState.Mode) {
        if mode == .compare, state.compareWith == state.entry, model.entries.count > 1 {
            state.compareWith = (state.entry + 1) % model.entries.count
        }
        if state.mode != mode { state.previous = state.mode == .help || state.mode == .statement ? state.previous : state.mode }
        state.mode = mode
        state.viewScroll = 0
    }

    private mutating func leave() {
        guard state.mode != .read else { return }
        state.mode = state.mode == .help || state.mode == .statement ? (state.previous ?? .read) : .read
        state.previous = nil
        state.viewScroll = 0
    }

    private mutating func move(_ delta: Int) {
        switch state.mode {
        case .read:
            switch state.focus {
            case .outlets:
                let before = state.entry
                state.entry = max(0, min(model.entries.count - 1, state.entry + delta))
                if state.entry != before {
                    state.scroll = 0
                    state.quote = 0
                }
            case .article: state.scroll += delta
            case .panel: state.quote = max(0, min(panelQuotes.count - 1, state.quote + delta))
            }
        default: state.viewScroll = max(0, state.viewScroll + delta)
        }
    }

    private mutating func clampScroll() {
        let visible = max(1, layout.bodyHeight)
        state.scroll = max(0, min(state.scroll, articleLines().count - visible))
        state.entry = max(0, min(state.entry, max(0, model.entries.count - 1)))
        state.quote = max(0, min(state.quote, max(0, panelQuotes.count - 1)))
        state.viewScroll = max(0, min(state.viewScroll, max(0, viewLineCount() - visible)))
    }

    /// Every (entry, paragraph) that holds the query, in reading order.
    func matches(of query: String) -> [(entry: Int, paragraph: Int)] {
        var matches: [(entry: Int, paragraph: Int)] = []
        for (e, entry) in model.entries.enumerated() {
            for (p, paragraph) in model.story.articles[entry.article].paragraphs.enumerated() where paragraph.lowercased().contains(query) {
                matches.append((e, p))
            }
        }
        return matches
    }

    /// Search: the first match from the selected outlet on, then the next or previous one, wrapping around the story.
    private mutating func jumpToMatch(forward: Bool, includingCurrent: Bool) {
        guard let query = state.query?.lowercased(), !query.isEmpty, !model.entries.isEmpty else {
            state.message = "no search: press / to search"
            return
        }
        let matches = matches(of: query)
        guard !matches.isEmpty else {
            state.message = "not found: \(query)"
            state.match = nil
            return
        }
        let index: Int
        if includingCurrent || state.match == nil {
            index = matches.firstIndex { $0.entry >= state.entry } ?? 0
        } else {
            index = (state.match! + (forward ? 1 : -1) + matches.count) % matches.count
        }
        state.match = index
        let next = matches[index]
        state.mode = .read
        state.entry = next.entry
        state.focus = .article
        state.scroll = articleLines().firstIndex { $0.paragraph == next.paragraph } ?? 0
        state.message = "match \(index + 1) of \(matches.count): \(query)"
    }

    private mutating func click(x: Int, y: Int) {
        guard state.mode == .read, let pane = layout.panes.first(where: { x >= $0.x && x < $0.x + $0.width }) else { return }
        state.focus = pane.pane
        let row = y - layout.bodyTop
        if pane.pane == .outlets, row >= 0 {
            let index = row / 2
            if index < model.entries.count, index != state.entry {
                state.entry = index
                state.scroll = 0
                state.quote = 0
            }
        }
    }
}
