/// A TOML value. Parallax's files (`story.toml`, themes, `config.toml`) use a plain subset of TOML:
/// tables, arrays of tables, strings, numbers, booleans, dates and arrays.
public indirect enum TOMLValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    /// A date or date-time, kept as written (`2017-10-27`).
    case datetime(String)
    case array([TOMLValue])
    case table([String: TOMLValue])

    public var string: String? { if case .string(let s) = self { s } else if case .datetime(let s) = self { s } else { nil } }
    public var integer: Int? { if case .integer(let i) = self { i } else { nil } }
    public var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
    public var array: [TOMLValue]? { if case .array(let a) = self { a } else { nil } }
    public var table: [String: TOMLValue]? { if case .table(let t) = self { t } else { nil } }

    /// The name of the value's type, for messages: "a string", "a table".
    public var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number"
        case .bool: "a boolean"
        case .datetime: "a date"
        case .array: "an array"
        case .table: "a table"
        }
    }
}

/// A syntax error in a TOML file, with its line and column (1-based).
public struct TOMLError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "line \(line), column \(column): \(message)" }
}

/// Parses TOML text into a table.
public enum TOML {
    public static func parse(_ text: String) throws(TOMLError) -> [String: TOMLValue] {
        var parser = Parser(Array(text.unicodeScalars))
        return try parser.document()
    }
}

private struct Parser {
    let s: [Unicode.Scalar]
    var i = 0
    var line = 1
    var lineStart = 0

    init(_ s: [Unicode.Scalar]) { self.s = s }

    var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

    func error(_ message: String) -> TOMLError {
        TOMLError(line: line, column: i - lineStart + 1, message: message)
    }

    mutating func advance() {
        if s[i] == "\n" {
            line += 1
            lineStart = i + 1
        }
        i += 1
    }

    mutating func skipSpaces() { while let c = peek, c == " " || c == "\t" { advance() } }

    /// Skips blanks, newlines and comments (inside arrays).
    mutating func skipBlankAndComments() {
        while let c = peek {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                advance()
            } else if c == "#" {
                while let d = peek, d != "\n" { advance() }
            } else {
                return
            }
        }
    }

    /// After a value or header: only a comment may follow on the line.
    mutating func endOfLine() throws(TOMLError) {
        skipSpaces()
        if peek == "#" { while let c = peek, c != "\n" { advance() } }
        if peek == "\r" { advance() }
        guard peek == nil || peek == "\n" else { throw error("unexpected '\(peek!)' after the value") }
        if peek != nil { advance() }
    }

    mutating func document() throws(TOMLError) -> [String: TOMLValue] {
        var root: [String: TOMLValue] = [:]
        var current: [String] = []
        var definedTables = Set<[String]>()
        while true {
            skipBlankAndComments()
            guard let c = peek else { break }
            if c == "[" {
                advance()
                let isArray = peek == "["
                if isArray { advance() }
                skipSpaces()
                let path = try keyPath()
                skipSpaces()
                guard peek == "]" else { throw error("expected ']' to close the table header") }
                advance()
                if isArray {
                    guard peek == "]" else { throw error("expected ']]' to close the array of tables") }
                    advance()
                    try appendTable(to: &root, path: path)
                    current = path
                } else {
                    guard definedTables.insert(path).inserted else {
                        throw error("table [\(path.joined(separator: "."))] is defined twice")
                    }
                    try ensureTable(in: &root, path: path)
                    current = path
                }
                try endOfLine()
            } else {
                let path = try keyPath()
                skipSpaces()
                guard peek == "=" else { throw error("expected '=' after the key '\(path.joined(separator: "."))'") }
                advance()
                skipSpaces()
                let value = try value()
                try set(value, in: &root, at: current, key: path)
                try endOfLine()
            }
        }
        return root
    }

    mutating func keyPath() throws(TOMLError) -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let c = peek else { throw error("expected a key") }
            if c == "\"" {
                parts.append(try basicString())
            } else if c == "'" {
                parts.append(try literalString())
            } else {
                var key = ""
                while let d = peek, d.properties.isAlphabetic || ("0"..."9").contains(d) || d == "_" || d == "-" {
                    key.unicodeScalars.append(d)
                    advance()
                }
                guard !key.isEmpty else { throw error("expected a key, found '\(c)'") }
                parts.append(key)
            }
            skipSpaces()
            guard peek == "." else { return parts }
            advance()
        }
    }

    mutating func value() throws(TOMLError) -> TOMLValue {
        guard let c = peek else { throw error("expected a value") }
        switch c {
        case "\"": return .string(try basicString())
        case "'": return .string(try literalString())
        case "[":
            advance()
            var items: [TOMLValue] = []
            while true {
                skipBlankAndComments()
                if peek == "]" { advance(); return .array(items) }
                items.append(try value())
                skipBlankAndComments()
                if peek == "," { advance(); continue }
                guard peek == "]" else { throw error("expected ',' or ']' in the array") }
            }
        case "{":
            advance()
            var table: [String: TOMLValue] = [:]
            skipSpaces()
            if peek == "}" { advance(); return .table(table) }
            while true {
                let path = try keyPath()
                guard peek == "=" else { throw error("expected '=' in the inline table") }
                advance()
                skipSpaces()
                let item = try value()
                try set(item, in: &table, at: [], key: path)
                skipSpaces()
                if peek == "," { advance(); continue }
                guard peek == "}" else { throw error("expected ',' or '}' in the inline table") }
                advance()
                return .table(table)
            }
        default:
            var word = ""
            while let d = peek, !(d == "," || d == "]" || d == "}" || d == "\n" || d == "#" || d == "\r") {
                word.unicodeScalars.append(d)
                advance()
            }
            word = word.trimmingSpaces()
            return try scalar(word)
        }
    }

    func scalar(_ word: String) throws(TOMLError) -> TOMLValue {
        if word == "true" { return .bool(true) }
        if word == "false" { return .bool(false) }
        let plain = word.replacingUnderscores()
        if let int = Int(plain) { return .integer(int) }
        if plain.hasPrefix("0x"), let int = Int(plain.dropFirst(2), radix: 16) { return .integer(int) }
        if let double = Double(plain), plain.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) { return .float(double) }
        if word.count >= 10, word.prefix(4).allSatisfy(\.isNumber), word.dropFirst(4).first == "-" { return .datetime(word) }
        if word.isEmpty { throw error("expected a value") }
        throw error("'\(word)' is not a TOML value (strings need quotes)")
    }

    mutating func basicString() throws(TOMLError) -> String {
        advance()  // opening quote
        let multiline = peek == "\"" && i + 1 < s.count && s[i + 1] == "\""
        if multiline {
            advance(); advance()
            if peek == "\n" { advance() }
        }
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek else { throw error("unterminated string") }
            if c == "\n" && !multiline { throw error("unterminated string") }
            if c == "\"" {
                if !multiline { advance(); return String(out) }
                if i + 2 < s.count, s[i + 1] == "\"", s[i + 2] == "\"" {
                    advance(); advance(); advance()
                    return String(out)
                }
            }
            if c == "\\" {
                advance()
                guard let e = peek else { throw error("unterminated string") }
                advance()
                switch e {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "\\": out.append("\\")
                case "\"": out.append("\"")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "u", "U":
                    let length = e == "u" ? 4 : 8
                    var hex = ""
                    for _ in 0..<length {
                        guard let h = peek else { throw error("unterminated escape") }
                        hex.unicodeScalars.append(h)
                        advance()
                    }
                    guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                        throw error("invalid escape \\\(e)\(hex)")
                    }
                    out.append(scalar)
                case "\n" where multiline:
                    while let w = peek, w == " " || w == "\t" || w == "\n" { advance() }
                default: throw error("invalid escape '\\\(e)'")
                }
                continue
            }
            out.append(c)
            advance()
        }
    }

    mutating func literalString() throws(TOMLError) -> String {
        advance()
        var out = String.UnicodeScalarView()
        while let c = peek, c != "'" {
            if c == "\n" { throw error("unterminated string") }
            out.append(c)
            advance()
        }
        guard peek == "'" else { throw error("unterminated string") }
        advance()
        return String(out)
    }

    // MARK: Building the tree

    /// Runs `body` on the table under `head`: the table itself, or the last table of an array of
    /// tables (`[[article]]`), creating an empty table when `head` is new.
    func withChild(
        _ head: String, in root: inout [String: TOMLValue], _ body: (inout [String: TOMLValue]) throws(TOMLError) -> Void
    ) throws(TOMLError) {
        switch root[head] {
        case nil:
            var child: [String: TOMLValue] = [:]
            try body(&child)
            root[head] = .table(child)
        case .table(var child):
            try body(&child)
            root[head] = .table(child)
        case .array(var items):
            guard case .table(var last) = items.last else { throw error("'\(head)' is not a table") }
            try body(&last)
            items[items.count - 1] = .table(last)
            root[head] = .array(items)
        case let other?:
            throw error("'\(head)' is \(other.typeName), not a table")
        }
    }

    func ensureTable(in root: inout [String: TOMLValue], path: [String]) throws(TOMLError) {
        guard let head = path.first else { return }
        try withChild(head, in: &root) { (child) throws(TOMLError) in try ensureTable(in: &child, path: Array(path.dropFirst())) }
    }

    func appendTable(to root: inout [String: TOMLValue], path: [String]) throws(TOMLError) {
        let head = path[0]
        guard path.count > 1 else {
            switch root[head] {
            case nil: root[head] = .array([.table([:])])
            case .array(var items):
                items.append(.table([:]))
                root[head] = .array(items)
            case let other?: throw error("'\(head)' is \(other.typeName), not an array of tables")
            }
            return
        }
        try withChild(head, in: &root) { (child) throws(TOMLError) in try appendTable(to: &child, path: Array(path.dropFirst())) }
    }

    func set(_ value: TOMLValue, in root: inout [String: TOMLValue], at table: [String], key: [String]) throws(TOMLError) {
        if let head = table.first {
            try withChild(head, in: &root) { (child) throws(TOMLError) in try set(value, in: &child, at: Array(table.dropFirst()), key: key) }
            return
        }
        if key.count == 1 {
            guard root[key[0]] == nil else { throw error("the key '\(key[0])' is defined twice") }
            root[key[0]] = value
            return
        }
        try set(value, in: &root, at: [key[0]], key: Array(key.dropFirst()))
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }

    fileprivate func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
