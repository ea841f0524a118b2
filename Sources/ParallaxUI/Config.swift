import Foundation
import ParallaxCore

/// `$XDG_CONFIG_HOME/parallax/config.toml`: the theme to start with and key bindings.
///
/// ```toml
/// theme = "solarized-light"
/// [panels]
/// outlets = 28
/// panel = 36
/// [keys]
/// down = ["j", "Down"]
/// quit = ["q", "x"]
/// ```
public struct Config: Sendable {
    public var theme: String?
    public var keymap = Keymap.standard
    /// `[panels] outlets = 24, panel = 34`: pane widths in columns.
    public var outletsWidth: Int?
    public var panelWidth: Int?
    public var problems: [String] = []

    public static func load(path: String = ThemeLibrary.configFolder() + "/config.toml") -> Config {
        var config = Config()
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return config }
        do {
            let root = try TOML.parse(text)
            config.theme = root["theme"]?.string
            for (name, value) in root["panels"]?.table ?? [:] {
                guard let columns = value.integer, columns > 0 else {
                    config.problems.append("\(path): panels.\(name): expected a number of columns")
                    continue
                }
                switch name {
                case "outlets": config.outletsWidth = columns
                case "panel": config.panelWidth = columns
                default: config.problems.append("\(path): panels.\(name): unknown panel (known: outlets, panel)")
                }
            }
            for (name, value) in root["keys"]?.table ?? [:] {
                guard let action = Self.actions[name] else {
                    config.problems.append("\(path): keys.\(name): unknown action (known: \(Self.actions.keys.sorted().joined(separator: ", ")))")
                    continue
                }
                let keys = (value.array ?? [value]).compactMap { $0.string.flatMap(Self.key) }
                if keys.isEmpty { config.problems.append("\(path): keys.\(name): expected key names such as [\"j\", \"Down\"]") } else { config.keymap.bind(action, to: keys) }
            }
        } catch {
            config.problems.append("\(path): \(error)")
        }
        return config
    }

    static let actions: [String: Action] = [
        "up": .up, "down": .down, "page-up": .pageUp, "page-down": .pageDown, "top": .top, "bottom": .bottom,
        "next-pane": .nextPane, "previous-pane": .previousPane, "focus-left": .focusLeft, "focus-right": .focusRight,
        "open": .open, "back": .back, "quit": .quit, "compare": .compare, "compare-next": .compareNext,
        "compare-previous": .comparePrevious, "matrix": .matrix, "boilerplate": .boilerplate, "next-theme": .nextTheme,
        "help": .help, "search": .search, "search-next": .searchNext, "search-previous": .searchPrevious,
    ]

    /// A key name: one character, or Up, Down, Left, Right, PgUp, PgDn, Home, End, Tab, Enter, Esc, Space.
    static func key(_ name: String) -> Key? {
        let named: [String: Key] = ["up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pgdn": .pageDown,
                                    "home": .home, "end": .end, "tab": .tab, "enter": .enter, "esc": .escape, "space": .character(" ")]
        if let key = named[name.lowercased()] { return key }
        return name.count == 1 ? .character(name.first!) : nil
    }
}
