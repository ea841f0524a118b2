/// A screen drawn in memory: cells of one character each, with the role that styles it. The renderer
/// fills it; the ncurses backend copies it to the terminal; tests compare it with snapshots.
public struct Grid: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// One grapheme; empty for the right half of a wide character.
        public var text: String
        public var role: Theme.Role
        /// For quotes: which speaker colour to use (`nil`: the role's own).
        public var speaker: Int?

        public static let blank = Cell(text: " ", role: .text, speaker: nil)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes text from (x, y), clipped at `limit` columns from x (and the grid's edge); returns the
    /// columns used. A wide character that would not fit whole is left out; controls are never written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Theme.Role, speaker: Int? = nil, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column + w > end { break }
            if column >= 0 {
                cells[y * width + column] = Cell(text: String(character), role: role, speaker: speaker)
                if w == 2 { cells[y * width + column + 1] = Cell(text: "", role: role, speaker: speaker) }
            }
            column += w
        }
        return column - x
    }

    /// Paints a rectangle with one role, clearing its text.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, role: Theme.Role) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) { cells[row * width + column] = Cell(text: " ", role: role, speaker: nil) }
        }
    }

    /// The characters, one line a row (trailing spaces kept so columns line up).
    public var text: String {
        (0..<height).map { row in (0..<width).map { cells[row * width + $0].text }.joined() }.joined(separator: "\n")
    }

    /// One letter a cell naming its role (see `Theme.Role.code`), for style snapshots.
    public var styleLayer: String {
        (0..<height).map { row in
            (0..<width).map { column -> String in
                let cell = cells[row * width + column]
                if let speaker = cell.speaker { return String(speaker % 10) }
                return String(cell.role.code)
            }.joined()
        }.joined(separator: "\n")
    }
}

extension Theme.Role {
    /// A letter for style snapshots.
    public var code: Character {
        switch self {
        case .text: "."
        case .dim: "d"
        case .title: "T"
        case .status: "S"
        case .border: "|"
        case .selection: "#"
        case .outlet: "o"
        case .outletUnknown: "u"
        case .headline: "H"
        case .dateline: "D"
        case .byline: "b"
        case .quote: "q"
        case .boilerplate: "x"
        case .repaired: "r"
        case .search: "/"
        case .shared: "="
        case .unique: "!"
        case .stanceNegative: "-"
        case .stancePositive: "+"
        case .stanceNeutral: "~"
        case .help: "?"
        }
    }
}
