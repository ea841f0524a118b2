import CNcursesw
import Glibc
import ParallaxUI

/// Draws grids on the real terminal and reads keys: the only code that calls ncurses.
@MainActor
public final class NcursesScreen {
    private let session = TerminalSession()
    private var depth = ColorDepth.none
    private var pairs: [Int64: Int32] = [:]

    public init() {}

    public func start() {
        session.start()
        px_install_restore_handlers()
        px_mouse_on()
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        depth = has_colors() ? ColorDepth(colors: Int(px_colors()), noColor: noColor) : .none
    }

    private var headless = false

    public func stop() {
        if headless {
            endwin()
            headless = false
        }
        session.stop()
    }

    /// A screen on /dev/null, for tests: the same drawing code, read back with `cell(x:y:)`.
    public func startHeadless(width: Int, height: Int, depth: ColorDepth = .indexed256) -> Bool {
        setlocale(LC_ALL, "")
        guard px_start_headless(Int32(width), Int32(height)) == 0 else { return false }
        headless = true
        if has_colors() {
            start_color()
            use_default_colors()
        }
        self.depth = depth
        return true
    }

    /// What a cell holds on screen: its characters and whether it is bold and reversed.
    public func cell(x: Int, y: Int) -> (text: String, bold: Bool, reverse: Bool) {
        var buffer = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        let count = px_read_cell(Int32(y), Int32(x), &buffer, 8, &attributes)
        let text = String(String.UnicodeScalarView(buffer.prefix(max(0, Int(count))).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        return (text, attributes & px_a_bold() != 0, attributes & px_a_reverse() != 0)
    }

    public var size: (columns: Int, rows: Int) { session.size }

    /// Copies a grid to the screen: every cell with its style, then one update (ncurses sends only what changed).
    public func draw(_ grid: Grid, theme: Theme) {
        let window = px_stdscr()
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.text.isEmpty { continue }  // the right half of a wide character
                var style = theme.style(cell.role)
                if let speaker = cell.speaker, !theme.speakers.isEmpty { style.foreground = theme.speakers[speaker % theme.speakers.count] }
                var attributes = px_a_normal()
                if style.bold { attributes |= px_a_bold() }
                if style.italic { attributes |= px_a_italic() }
                if style.underline { attributes |= px_a_underline() }
                if style.reverse { attributes |= px_a_reverse() }
                if style.dim { attributes |= px_a_dim() }
                var pair = pair(style)
                var characters: [wchar_t] = cell.text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) } + [0]
                var cchar = cchar_t()
                setcchar(&cchar, &characters, attributes, 0, &pair)
                mvwadd_wch(window, Int32(y), Int32(x), &cchar)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    private func pair(_ style: Theme.Style) -> Int32 {
        let fg = depth.number(style.foreground), bg = depth.number(style.background)
        if fg == -1 && bg == -1 { return 0 }
        let key = Int64(fg) << 32 | Int64(UInt32(bitPattern: bg))
        if let known = pairs[key] { return known }
        let pair = alloc_pair(fg, bg)
        pairs[key] = max(0, pair)
        return max(0, pair)
    }

    /// The next key, waiting for one; `nil` when input is closed.
    public func nextKey() -> Key? {
        var character: wint_t = 0
        let result = wget_wch(px_stdscr(), &character)
        if result == ERR { return nil }
        if result == KEY_CODE_YES {
            switch Int32(character) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_BTAB: return .backTab
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_RESIZE: return .resize
            case KEY_MOUSE:
                var x: Int32 = 0, y: Int32 = 0
                switch px_read_mouse(&x, &y) {
                case 1: return .mouseClick(x: Int(x), y: Int(y))
                case 4: return .wheelUp
                case 5: return .wheelDown
                default: return .resize  // nothing to do: redraw
                }
            default: return .resize
            }
        }
        switch character {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(character) + 0x60)))
        default:
            guard let scalar = Unicode.Scalar(UInt32(character)) else { return .resize }
            return .character(Character(scalar))
        }
    }
}
