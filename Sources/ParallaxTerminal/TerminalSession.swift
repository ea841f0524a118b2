import CNcursesw
import Glibc

/// The ncurses screen: the only place that calls ncurses. Starts the wide-character screen and
/// restores the terminal when stopped.
@MainActor
public final class TerminalSession {
    public private(set) var isActive = false

    public init() {}

    /// Enters full-screen mode: locale for wide characters, raw keys, no echo, hidden cursor, fast Esc.
    public func start() {
        guard !isActive else { return }
        setlocale(LC_ALL, "")
        initscr()
        raw()
        noecho()
        keypad(px_stdscr(), true)
        px_set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
        }
        isActive = true
    }

    /// Leaves full-screen mode and gives the terminal back as it was.
    public func stop() {
        guard isActive else { return }
        curs_set(1)
        endwin()
        isActive = false
    }

    /// The screen size in cells.
    public var size: (columns: Int, rows: Int) { (Int(px_cols()), Int(px_lines())) }

    /// Display width of one character as ncurses will draw it (0 for combining marks, 2 for wide glyphs).
    public nonisolated static func width(of scalar: Unicode.Scalar) -> Int {
        Int(wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
