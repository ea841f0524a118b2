/// A colour as a theme names it: the terminal's default, one of the 16 named colours, a 256-colour
/// index, or 24-bit RGB. Downgraded to what the terminal has when drawn.
public enum Color: Sendable, Equatable, Hashable {
    case terminalDefault
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    static let names: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// Reads `default`, a colour name (`red`, `bright-blue`), `0`–`255` or `#rrggbb`.
    public init?(_ text: String) {
        let name = text.lowercased()
        if name == "default" || name == "none" {
            self = .terminalDefault
        } else if let index = Color.names[name] {
            self = .indexed(index)
        } else if let index = UInt8(name) {
            self = .indexed(index)
        } else if name.hasPrefix("#"), name.count == 7, let value = UInt32(name.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }
}
