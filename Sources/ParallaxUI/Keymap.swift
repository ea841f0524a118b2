/// A key as the reader sees it, whatever the terminal sent.
public enum Key: Sendable, Equatable, Hashable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace
    case control(Character)
    case resize
    case mouseClick(x: Int, y: Int)
    case wheelUp, wheelDown
}

/// Everything a key can ask of the reader.
public enum Action: Sendable, Equatable {
    case up, down, pageUp, pageDown, top, bottom
    case nextPane, previousPane, focusLeft, focusRight
    case open, back, quit, forceQuit
    case compare, compareNext, comparePrevious, matrix, boilerplate, nextTheme, help
    case search, searchNext, searchPrevious
}

/// The one table that drives both key dispatch and the help screen.
public struct Keymap: Sendable {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var action: Action
        public var help: String
    }

    public var bindings: [Binding]

    public static let standard = Keymap(bindings: [
        Binding(keys: [.down, .character("j")], action: .down, help: "next line, outlet or quote"),
        Binding(keys: [.up, .character("k")], action: .up, help: "previous line, outlet or quote"),
        Binding(keys: [.pageDown, .character(" ")], action: .pageDown, help: "page down"),
        Binding(keys: [.pageUp], action: .pageUp, help: "page up"),
        Binding(keys: [.character("g"), .home], action: .top, help: "to the top"),
        Binding(keys: [.character("G"), .end], action: .bottom, help: "to the bottom"),
        Binding(keys: [.tab], action: .nextPane, help: "next pane"),
        Binding(keys: [.backTab], action: .previousPane, help: "previous pane"),
        Binding(keys: [.character("h"), .left], action: .focusLeft, help: "focus the pane to the left"),
        Binding(keys: [.character("l"), .right], action: .focusRight, help: "focus the pane to the right"),
        Binding(keys: [.enter], action: .open, help: "open: the article, or a quote's statement in every outlet"),
        Binding(keys: [.escape], action: .back, help: "back out of a view or the search"),
        Binding(keys: [.character("/")], action: .search, help: "search the whole story"),
        Binding(keys: [.character("n")], action: .searchNext, help: "next match"),
        Binding(keys: [.character("N")], action: .searchPrevious, help: "previous match"),
        Binding(keys: [.character("c")], action: .compare, help: "compare two outlets side by side"),
        Binding(keys: [.character("]")], action: .compareNext, help: "compare with the next outlet"),
        Binding(keys: [.character("[")], action: .comparePrevious, help: "compare with the previous outlet"),
        Binding(keys: [.character("m")], action: .matrix, help: "who is quoted where: actors × outlets"),
        Binding(keys: [.character("b")], action: .boilerplate, help: "show or hide removed boilerplate"),
        Binding(keys: [.character("t")], action: .nextTheme, help: "next theme"),
        Binding(keys: [.character("?")], action: .help, help: "this help"),
        Binding(keys: [.character("q")], action: .quit, help: "back out of a view, then quit"),
        Binding(keys: [.control("c")], action: .forceQuit, help: "quit at once"),
    ])

    public func action(for key: Key) -> Action? { bindings.first { $0.keys.contains(key) }?.action }

    /// Rebinds an action to new keys (from the config file).
    public mutating func bind(_ action: Action, to keys: [Key]) {
        for index in bindings.indices {
            bindings[index].keys.removeAll { keys.contains($0) }
            if bindings[index].action == action { bindings[index].keys = keys }
        }
    }

    /// How a key is written in the help screen.
    public static func label(_ key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .resize: "resize"
        case .mouseClick: "click"
        case .wheelUp: "wheel up"
        case .wheelDown: "wheel down"
        }
    }
}
