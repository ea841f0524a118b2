import ParallaxCore

/// Draws the reader's state into a grid. Pure: the same state and size always draw the same screen.
extension Reader {
    public func render() -> Grid {
        var grid = Grid(width: width, height: height)
        let layout = layout
        if layout.tooSmall {
            let lines = ["Too small:", "\(width)×\(height)", "needs \(Layout.minimumWidth)×\(Layout.minimumHeight)"]
            for (row, line) in lines.enumerated() where row < height { grid.put(line, x: 0, y: row, role: .text) }
            return grid
        }
        drawTitle(&grid)
        switch state.mode {
        case .read: drawRead(&grid, layout)
        case .compare: drawLines(&grid, compareLines())
        case .statement: drawLines(&grid, statementLines())
        case .matrix: drawLines(&grid, matrixLines())
        case .help: drawLines(&grid, helpLines())
        }
        drawStatus(&grid)
        return grid
    }

    private func drawTitle(_ grid: inout Grid) {
        grid.fill(x: 0, y: 0, width: width, height: 1, role: .title)
        let mode: String
        switch state.mode {
        case .read: mode = "read"
        case .compare: mode = "compare"
        case .statement: mode = "statement"
        case .matrix: mode = "matrix"
        case .help: mode = "help"
        }
        let right = " \(mode) "
        let used = grid.put(" Parallax — \(model.story.title)", x: 0, y: 0, role: .title, limit: max(0, width - right.count))
        if used + right.count <= width { grid.put(right, x: width - right.count, y: 0, role: .title) }
    }

    private func drawStatus(_ grid: inout Grid) {
        let y = height - 1
        grid.fill(x: 0, y: y, width: width, height: 1, role: .status)
        if let input = state.searchInput {
            grid.put("/" + input + "▏", x: 0, y: y, role: .status)
            return
        }
        let quotes = model.entries.reduce(0) { $0 + $1.quoteCount }
        let counts = "\(model.entries.count) outlets · \(model.story.articles.count) articles · \(quotes) quotes"
        let keys = state.mode == .read ? "Tab pane · c compare · m matrix · / search · ? help · q quit" : "Esc back · ? help · q back"
        let text = state.message.map { "\($0) · " + counts } ?? "\(counts) · \(keys)"
        grid.put(" " + text, x: 0, y: y, role: .status)
    }

    // MARK: read view

    private func drawRead(_ grid: inout Grid, _ layout: Layout) {
        for (index, pane) in layout.panes.enumerated() {
            if index > 0 {
                for row in layout.bodyTop..<(layout.bodyTop + layout.bodyHeight) { grid.put("│", x: pane.x - 1, y: row, role: .border) }
            }
            switch pane.pane {
            case .outlets: drawOutlets(&grid, pane, layout)
            case .article: drawArticle(&grid, pane, layout)
            case .panel: drawPanel(&grid, pane, layout)
            }
        }
    }

    private func drawOutlets(_ grid: inout Grid, _ pane: Layout.Pane, _ layout: Layout) {
        var y = layout.bodyTop
        let first = max(0, state.entry - (layout.bodyHeight / 2 - 1))
        for (index, entry) in model.entries.enumerated().dropFirst(first) where y + 1 < layout.bodyTop + layout.bodyHeight {
            let selected = index == state.entry
            let role: Theme.Role = selected ? .selection : entry.known ? .outlet : .outletUnknown
            if selected { grid.fill(x: pane.x, y: y, width: pane.width, height: 2, role: .selection) }
            let copies = entry.articles.count > 1 ? " ×\(entry.articles.count)" : ""
            grid.put((selected && state.focus == .outlets ? "▸ " : "  ") + entry.name + copies, x: pane.x, y: y, role: role, limit: pane.width)
            grid.put("  \(entry.kind) · \(entry.quoteCount) quotes", x: pane.x, y: y + 1, role: selected ? .selection : .dim, limit: pane.width)
            y += 2
        }
    }

    private func drawArticle(_ grid: inout Grid, _ pane: Layout.Pane, _ layout: Layout) {
        let lines = articleLines()
        for (row, line) in lines.dropFirst(state.scroll).prefix(layout.bodyHeight).enumerated() {
            var x = pane.x
            for span in line.spans { x += grid.put(span.text, x: x, y: layout.bodyTop + row, role: span.role, speaker: span.speaker, limit: pane.x + pane.width - x) }
        }
    }

    private func drawPanel(_ grid: inout Grid, _ pane: Layout.Pane, _ layout: Layout) {
        var lines: [(text: String, role: Theme.Role, speaker: Int?)] = []
        var selectedLine = 0
        let quotes = panelQuotes
        // Only the quotes that can reach the screen are laid out: a screenful on either side of the
        // selected one (every quote takes at least a line), so a file with 80,000 quotes redraws fast.
        let window = max(0, state.quote - layout.bodyHeight)..<min(quotes.count, state.quote + layout.bodyHeight + 1)
        func speakerName(_ quote: Quote) -> String { quote.speaker.map { model.quotes.canonical($0.name) } ?? "(no speaker found)" }
        var lastSpeaker: String? = window.lowerBound > 0 ? speakerName(quotes[window.lowerBound - 1]) : nil
        for index in window {
            let quote = quotes[index]
            let name = speakerName(quote)
            if name != lastSpeaker {
                let marks = model.stances(of: name).map(Self.mark).joined()
                let role = quote.speaker?.role.map { " — \($0)" } ?? ""
                lines.append(("● " + name + role + (marks.isEmpty ? "" : " " + marks), .text, model.color(of: quote)))
                lastSpeaker = name
            }
            if index == state.quote { selectedLine = lines.count }
            let selected = index == state.quote && state.focus == .panel
            let text = (quote.kind == .indirect ? "  ≈ " : "  “") + quote.text + (quote.kind == .indirect ? "" : "”")
            // At most three lines a quote; a longer one ends in "…".
            let wrapped = ArticleLines.wrap([ArticleLines.Span(text: text, role: .quote)], width: pane.width, paragraph: nil)
            for (n, part) in wrapped.prefix(3).enumerated() {
                let line = part.spans.map(\.text).joined()
                let cut = n == 2 && wrapped.count > 3
                lines.append((cut ? String(line.dropLast(min(1, line.count))) + "…" : line, selected ? .selection : .quote, selected ? nil : model.color(of: quote)))
            }
        }
        if quotes.isEmpty { lines.append(("No quotes in this article.", .dim, nil)) }
        if quotes.indices.contains(state.quote), window.upperBound == quotes.count {
            let others = carriers(of: state.quote)
            lines.append(("", .text, nil))
            lines.append((others.isEmpty ? "Only this outlet carries it." : "Also in: " + others.joined(separator: ", "), .shared, nil))
        }
        let top = max(0, min(selectedLine - layout.bodyHeight / 3, lines.count - layout.bodyHeight))
        for (row, line) in lines.dropFirst(top).prefix(layout.bodyHeight).enumerated() {
            grid.put(line.text, x: pane.x, y: layout.bodyTop + row, role: line.role, speaker: line.speaker, limit: pane.width)
        }
    }

    static func mark(_ stance: Reaction.Stance) -> String {
        switch stance {
        case .condemns: "✗"
        case .denies: "⊘"
        case .threatens: "⚠"
        case .regrets: "~"
        case .welcomes: "✓"
        case .wantsMore: "+"
        case .neutral: "·"
        }
    }

    /// The outlets (other than this one) that carry the statement of a panel quote.
    func carriers(of index: Int) -> [String] {
        guard let statement = statement(of: index) else { return [] }
        let entries = Set(statement.articles.compactMap { a in model.entries.firstIndex { $0.articles.contains(a) } })
        return entries.subtracting([state.entry]).sorted().map { model.entries[$0].name }
    }

    func statement(of index: Int) -> Statement? {
        let quotes = model.quotes.articles[article].quotes
        guard let position = quotes.indices.filter({ quotes[$0].kind != .term }).dropFirst(index).first else { return nil }
        return model.comparison.statements.first { $0.variants.contains { $0.article == article && $0.quote == position } }
    }

    // MARK: full-screen views

    typealias StyledLine = [ArticleLines.Span]

    private func drawLines(_ grid: inout Grid, _ lines: [StyledLine]) {
        for (row, line) in lines.dropFirst(state.viewScroll).prefix(max(0, height - 2)).enumerated() {
            var x = 0
            for span in line { x += grid.put(span.text, x: x, y: 1 + row, role: span.role, speaker: span.speaker, limit: width - x) }
        }
    }

    func viewLineCount() -> Int {
        switch state.mode {
        case .read: 0
        case .compare: compareLines().count
        case .statement: statementLines().count
        case .matrix: matrixLines().count
        case .help: helpLines().count
        }
    }

    func compareLines() -> [StyledLine] {
        guard model.entries.count > 1 else { return [[ArticleLines.Span(text: "Only one outlet: nothing to compare.", role: .dim)]] }
        let left = model.entries[state.entry], right = model.entries[state.compareWith]
        let column = max(1, (width - 3) / 2)
        func pad(_ spans: [ArticleLines.Span]) -> [ArticleLines.Span] {
            let used = spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
            return spans + [ArticleLines.Span(text: String(repeating: " ", count: max(0, column - used)), role: .text)]
        }
        var lines: [StyledLine] = [pad([.init(text: left.name, role: .outlet)]) + [.init(text: " │ ", role: .border), .init(text: right.name, role: .outlet)]]
        lines.append([ArticleLines.Span(text: "= both say   ! only one says   [ ] other outlet", role: .dim)])
        for row in model.comparison.sideBySide(left.article, right.article) {
            let both = row.left != nil && row.right != nil
            let role: Theme.Role = both ? .shared : .unique
            let l = row.left.map { ArticleLines.wrap([.init(text: $0.text, role: role)], width: column, paragraph: nil) } ?? []
            let r = row.right.map { ArticleLines.wrap([.init(text: $0.text, role: role)], width: column, paragraph: nil) } ?? []
            for i in 0..<max(l.count, r.count) {
                lines.append(pad(i < l.count ? l[i].spans : []) + [.init(text: " │ ", role: .border)] + (i < r.count ? r[i].spans : []))
            }
            lines.append(pad([]) + [.init(text: " │", role: .border)])
        }
        return lines
    }

    func statementLines() -> [StyledLine] {
        guard let statement = statement(of: state.quote) else {
            let quote = panelQuotes.indices.contains(state.quote) ? panelQuotes[state.quote].text : ""
            return [[.init(text: "Only this outlet carries this statement:", role: .dim)]]
                + ArticleLines.wrap([.init(text: "“\(quote)”", role: .quote)], width: width, paragraph: nil).map(\.spans)
        }
        var lines: [StyledLine] = [[.init(text: "\(statement.speaker), in each outlet's words (red: not in the first rendering, struck: left out)", role: .headline)], []]
        let first = statement.variants[0]
        for variant in statement.variants {
            let entry = model.entries.firstIndex { $0.articles.contains(variant.article) }.map { model.entries[$0].name } ?? "?"
            lines.append([.init(text: entry, role: .outlet)])
            var spans: [ArticleLines.Span] = []
            for part in WordDiff.diff(first.text, variant.text) {
                switch part {
                case .same(let word): spans.append(.init(text: word + " ", role: .text))
                case .added(let word): spans.append(.init(text: word + " ", role: .unique))
                case .removed(let word): spans.append(.init(text: "−" + word + " ", role: .dim))
                }
            }
            lines += ArticleLines.wrap(spans, width: width, paragraph: nil).map(\.spans)
            lines.append([])
        }
        return lines
    }

    func matrixLines() -> [StyledLine] {
        let coverage = model.comparison.coverage
        let nameWidth = min(24, max(8, width / 4))
        let cell = max(3, min(12, (width - nameWidth) / max(1, model.entries.count)))
        var header: StyledLine = [.init(text: String(repeating: " ", count: nameWidth), role: .text)]
        for entry in model.entries { header.append(.init(text: String(entry.name.prefix(cell - 1)).padding(toLength: cell, withPad: " ", startingAt: 0), role: .outlet)) }
        var lines: [StyledLine] = [[.init(text: "Q quoted · m mentioned · · absent", role: .dim)], header]
        for (row, actor) in coverage.actors.enumerated() {
            var line: StyledLine = [.init(text: String(actor.prefix(nameWidth - 1)).padding(toLength: nameWidth, withPad: " ", startingAt: 0), role: .text, speaker: model.speakerColors[actor])]
            for entry in model.entries {
                let presence = entry.articles.map { coverage.cells[row][$0] }
                let symbol = presence.contains(.quoted) ? "Q" : presence.contains(.mentioned) ? "m" : "·"
                line.append(.init(text: symbol.padding(toLength: cell, withPad: " ", startingAt: 0), role: symbol == "Q" ? .shared : symbol == "m" ? .text : .dim))
            }
            lines.append(line)
        }
        return lines
    }

    func helpLines() -> [StyledLine] {
        var lines: [StyledLine] = [[.init(text: "Keys", role: .headline)], []]
        for binding in keymap.bindings {
            let keys = binding.keys.map(Keymap.label).joined(separator: " ")
            lines.append([.init(text: keys.padding(toLength: 18, withPad: " ", startingAt: 0), role: .help), .init(text: binding.help, role: .text)])
        }
        lines.append([])
        lines.append([.init(text: "Mouse: click selects, the wheel scrolls. Themes: \(themes.map(\.name).joined(separator: ", ")).", role: .dim)])
        return lines
    }
}
