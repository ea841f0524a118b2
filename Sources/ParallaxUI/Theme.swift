import ParallaxCore

/// Colours and attributes for each semantic role of the screen, read from `Themes/*.toml`.
public struct Theme: Sendable, Equatable {
    /// The parts of the screen a theme colours.
    public enum Role: String, Sendable, CaseIterable {
        case text, dim, title, status, border, selection, outlet, outletUnknown = "outlet-unknown"
        case headline, dateline, byline, quote, boilerplate, repaired, search, shared, unique
        case stanceNegative = "stance-negative", stancePositive = "stance-positive", stanceNeutral = "stance-neutral"
        case help
    }

    public struct Style: Sendable, Equatable {
        public var foreground: Color = .terminalDefault
        public var background: Color = .terminalDefault
        public var bold = false
        public var italic = false
        public var underline = false
        public var reverse = false
        public var dim = false

        public init() {}
    }

    public var name: String
    public var styles: [Role: Style]
    /// Colours given to speakers in turn, so each speaker's quotes share a colour.
    public var speakers: [Color]

    public func style(_ role: Role) -> Style { styles[role] ?? Style() }
}

/// A problem in a theme file, naming the key: `Themes/dark.toml: roles.quote: unknown colour 'purpel'`.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var key: String?
    public var message: String

    public var description: String { [file, key, message].compactMap { $0 }.joined(separator: ": ") }
}

extension Theme {
    /// Parses a theme file's text. `file` is used in error messages.
    ///
    /// ```toml
    /// name = "dark"
    /// speakers = ["#61afef", "#e5c07b", "magenta"]
    /// [roles]
    /// text = { fg = "default" }
    /// headline = { fg = "#ffd75f", bold = true }
    /// selection = { fg = "black", bg = "cyan" }
    /// ```
    public static func parse(_ text: String, file: String) throws(ThemeError) -> Theme {
        let root: [String: TOMLValue]
        do {
            root = try TOML.parse(text)
        } catch {
            throw ThemeError(file: file, key: nil, message: error.description)
        }
        var theme = Theme(name: root["name"]?.string ?? file, styles: [:], speakers: [])
        for key in root.keys.sorted() where !["name", "roles", "speakers"].contains(key) {
            throw ThemeError(file: file, key: key, message: "unknown key (known: name, speakers, [roles])")
        }
        if let list = root["speakers"] {
            guard let items = list.array else { throw ThemeError(file: file, key: "speakers", message: "expected an array of colours") }
            for item in items {
                guard let name = item.string, let color = Color(name) else {
                    throw ThemeError(file: file, key: "speakers", message: "unknown colour '\(item.string ?? item.typeName)'")
                }
                theme.speakers.append(color)
            }
        }
        guard let roles = root["roles"]?.table else {
            throw ThemeError(file: file, key: "roles", message: "missing [roles] table")
        }
        for (name, value) in roles.sorted(by: { $0.key < $1.key }) {
            let key = "roles.\(name)"
            guard let role = Role(rawValue: name) else {
                throw ThemeError(file: file, key: key, message: "unknown role (known: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let table = value.table else { throw ThemeError(file: file, key: key, message: "expected a table such as { fg = \"red\" }") }
            var style = Style()
            for (field, setting) in table.sorted(by: { $0.key < $1.key }) {
                switch field {
                case "fg", "bg":
                    guard let name = setting.string, let color = Color(name) else {
                        throw ThemeError(file: file, key: "\(key).\(field)", message: "unknown colour '\(setting.string ?? setting.typeName)'")
                    }
                    if field == "fg" { style.foreground = color } else { style.background = color }
                case "bold", "italic", "underline", "reverse", "dim":
                    guard let flag = setting.bool else {
                        throw ThemeError(file: file, key: "\(key).\(field)", message: "expected true or false")
                    }
                    switch field {
                    case "bold": style.bold = flag
                    case "italic": style.italic = flag
                    case "underline": style.underline = flag
                    case "reverse": style.reverse = flag
                    default: style.dim = flag
                    }
                default:
                    throw ThemeError(file: file, key: "\(key).\(field)", message: "unknown setting (known: fg, bg, bold, italic, underline, reverse, dim)")
                }
            }
            theme.styles[role] = style
        }
        return theme
    }
}

extension Theme {
    /// Used when no theme file can be read: attributes only, so it reads on any terminal.
    public static let fallback: Theme = {
        var styles: [Role: Style] = [:]
        func style(_ configure: (inout Style) -> Void) -> Style {
            var style = Style()
            configure(&style)
            return style
        }
        styles[.title] = style { $0.reverse = true; $0.bold = true }
        styles[.status] = style { $0.reverse = true }
        styles[.selection] = style { $0.reverse = true }
        styles[.headline] = style { $0.bold = true }
        styles[.dim] = style { $0.dim = true }
        styles[.outletUnknown] = style { $0.dim = true }
        styles[.byline] = style { $0.dim = true }
        styles[.boilerplate] = style { $0.dim = true }
        styles[.quote] = style { $0.bold = true }
        styles[.search] = style { $0.reverse = true; $0.underline = true }
        styles[.unique] = style { $0.underline = true }
        styles[.stanceNegative] = style { $0.bold = true }
        styles[.help] = style { $0.reverse = false }
        return Theme(name: "built-in", styles: styles, speakers: [])
    }()
}
