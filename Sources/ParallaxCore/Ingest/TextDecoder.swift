/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252;
/// line ends folded to `\n`; control characters and bidirectional overrides removed.
public enum TextDecoder {
    /// Decoded text and what was done to get it.
    public struct Result: Sendable, Equatable {
        public var text: String
        public var warnings: [String]
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// A NUL byte outside UTF-16: the file is not text.
        case binary(offset: Int)

        public var description: String {
            switch self {
            case .binary(let offset): "not text (binary data at byte \(offset))"
            }
        }
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Result {
        var warnings: [String] = []
        var body = bytes[...]
        var text: String

        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            text = decodeUTF16(body.dropFirst(2), bigEndian: body.first == 0xFE)
            warnings.append("decoded as UTF-16")
        } else {
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            if let nul = body.firstIndex(of: 0) { throw .binary(offset: nul) }
            if let utf8 = String(validating: body, as: UTF8.self) {
                text = utf8
            } else {
                text = decodeWindows1252(body)
                warnings.append("not UTF-8; decoded as Windows-1252")
            }
        }
        let (clean, removed) = normalize(text)
        if removed > 0 {
            warnings.append("removed \(removed) control character\(removed == 1 ? "" : "s")")
        }
        return Result(text: clean, warnings: warnings)
    }

    /// Folds CRLF and CR to LF and drops control characters (C0 but tab and newline, DEL, C1),
    /// bidirectional overrides and zero-width no-break spaces. Returns the text and how many were dropped.
    public static func normalize(_ text: String) -> (String, Int) {
        guard needsNormalising(text) else { return (text, 0) }
        var scalars = String.UnicodeScalarView()
        var removed = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0D {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            defer { previousWasCR = false }
            if value == 0x0A {
                if !previousWasCR { scalars.append(scalar) }
                continue
            }
            if isUnsafe(value) {
                removed += 1
                continue
            }
            scalars.append(scalar)
        }
        return (String(scalars), removed)
    }

    /// A byte-level check for anything `normalize` would change: CR, C0 and C1 controls, DEL,
    /// direction controls (U+200E/F, U+202A–E, U+2066–9) and U+FEFF. Clean text passes at memory speed.
    static func needsNormalising(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x0A && byte != 0x09 { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) {
                    return true
                } else if byte == 0xE2, index + 2 < count {
                    let b1 = bytes[index + 1], b2 = bytes[index + 2]
                    if b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (0xAA...0xAE).contains(b2)) { return true }
                    if b1 == 0x81 && (0xA6...0xA9).contains(b2) { return true }
                } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// Control characters and invisible direction controls that must never reach a terminal.
    @inline(__always)
    /// A name or message safe to print on one line: controls (newlines and tabs too), bidirectional
    /// overrides and the replacement for invalid bytes become "?".
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || isUnsafe($0.value) || $0.value == 0xFFFD }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || isUnsafe($0.value) || $0.value == 0xFFFD ? "?" : $0 }))
    }

    public static func isUnsafe(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A: false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F (0x93/0x94 are curly quotes).
    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value: UInt32 = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
