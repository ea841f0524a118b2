/// How many colours a terminal shows, and a theme colour brought down to what it can show.
public enum ColorDepth: Sendable, Equatable {
    case none, eight, sixteen, indexed256, direct

    /// From the terminal's colour count; `NO_COLOR` (any value) means none.
    public init(colors: Int, noColor: Bool) {
        if noColor || colors < 8 { self = .none } else if colors >= 0x1000000 { self = .direct } else if colors >= 256 { self = .indexed256 } else if colors >= 16 { self = .sixteen } else { self = .eight }
    }

    /// The terminal's colour number, or -1 for its default (and for everything when there is no colour).
    public func number(_ color: Color) -> Int32 {
        switch (self, color) {
        case (.none, _), (_, .terminalDefault): return -1
        case (.direct, .rgb(let r, let g, let b)): return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        case (.direct, .indexed(let i)): return Int32(Self.rgb(ofIndex: i).map { $0.0 << 16 | $0.1 << 8 | $0.2 } ?? Int(i))
        case (.indexed256, .indexed(let i)): return Int32(i)
        case (.indexed256, .rgb(let r, let g, let b)): return Int32(Self.nearest256(Int(r), Int(g), Int(b)))
        case (.sixteen, _), (.eight, _):
            let rgb: (Int, Int, Int)
            switch color {
            case .indexed(let i) where i < 16: return Int32(self == .eight ? Int(i) % 8 : Int(i))
            case .indexed(let i): rgb = Self.rgb(ofIndex: i) ?? (128, 128, 128)
            case .rgb(let r, let g, let b): rgb = (Int(r), Int(g), Int(b))
            case .terminalDefault: return -1
            }
            let palette = self == .eight ? Array(Self.basic.prefix(8)) : Self.basic
            let best = palette.indices.min { Self.distance(palette[$0], rgb) < Self.distance(palette[$1], rgb) }!
            return Int32(best)
        }
    }

    static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr * 3 + dg * dg * 4 + db * db * 2
    }

    /// The RGB of an xterm 256-colour index.
    static func rgb(ofIndex index: UInt8) -> (Int, Int, Int)? {
        let i = Int(index)
        if i < 16 { return basic[i] }
        if i >= 232 { let v = 8 + (i - 232) * 10; return (v, v, v) }
        let c = i - 16, levels = [0, 95, 135, 175, 215, 255]
        return (levels[c / 36], levels[c / 6 % 6], levels[c % 6])
    }

    /// The nearest xterm 256-colour index to an RGB colour (the cube or the grey ramp).
    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        func level(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let grey = max(0, min(23, (((r + g + b) / 3) - 3) / 10))
        return distance(rgb(ofIndex: UInt8(cube))!, (r, g, b)) <= distance(rgb(ofIndex: UInt8(232 + grey))!, (r, g, b)) ? cube : 232 + grey
    }
}
