/// Small text helpers shared by the cleaner, the outlet recogniser and repair.
enum TextScanning {
    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"]

    /// The words of a line: runs of letters and digits, keeping inner apostrophes, hyphens and periods.
    ///
    /// Works on Unicode scalars (ASCII through a table), not grapheme clusters: word boundaries never
    /// fall inside a cluster, since combining marks count as word characters.
    static func words<S: StringProtocol>(_ text: S) -> [Substring] where S.SubSequence == Substring {
        var result: [Substring] = []
        forEachWord(text) { word in
            result.append(word)
            return true
        }
        return result
    }

    /// Calls `body` with each word of `words(_:)` in turn, until it returns false.
    static func forEachWord<S: StringProtocol>(_ text: S, _ body: (Substring) -> Bool) where S.SubSequence == Substring {
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        let end = scalars.endIndex
        while index < end {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            var isWordScalar = isWordCharacter(scalar)
            if !isWordScalar, start != nil, isJoiner(scalar), next < end, isWordCharacter(scalars[next]) {
                isWordScalar = true
            }
            if isWordScalar {
                if start == nil { start = index }
            } else if let s = start {
                guard body(text[s..<index]) else { return }
                start = nil
            }
            index = next
        }
        if let s = start { _ = body(text[s..<end]) }
    }

    @inline(__always)
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always)
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2D, 0x2E, 0x26: true  // ' ’ - . &
        default: false
        }
    }

    /// True when the text holds at least one letter and every letter is upper case.
    static func isAllCaps<S: StringProtocol>(_ text: S) -> Bool {
        var sawLetter = false
        for c in text where c.isLetter {
            if c.isLowercase { return false }
            sawLetter = true
        }
        return sawLetter
    }

    static func hasLetters<S: StringProtocol>(_ text: S) -> Bool {
        // An ASCII letter answers at once; only text without one needs Unicode properties.
        if text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x61 && $0 <= 0x7A }) { return true }
        return text.utf8.contains { $0 >= 0x80 } && text.contains { $0.isLetter }
    }

    /// Opening and closing quotation marks of every common style.
    static let quoteMarks: Set<Character> = ["\"", "“", "”", "‘", "’", "«", "»", "„", "‟", "‹", "›", "'"]

    /// The text in lower case; text whose only cased letters are ASCII is mapped byte by byte (Unicode
    /// case mapping is far slower).
    static func lowercased(_ text: String) -> String {
        text.withUTF8Bytes { source in
            // Only ASCII letters have case here when every other character is in U+0080–U+00BF (no-break
            // space, ©, «») or in General Punctuation (curly quotes, dashes, …), as in most news text.
            var hasUpper = false
            var i = 0
            // Eight ASCII bytes at a time while they last (most of a line), then byte by byte.
            while i + 8 <= source.count {
                let chunk = ByteMasks.load(source, at: i)
                guard chunk & ByteMasks.high == 0 else { break }
                if ByteMasks.between(chunk, 0x41, 0x5A) != 0 { hasUpper = true }
                i += 8
            }
            while i < source.count {
                let byte = source[i]
                if byte < 0x80 {
                    if byte &- 0x41 < 26 { hasUpper = true }
                    i += 1
                } else if byte == 0xC2 {
                    i += 2
                } else if byte == 0xE2, i + 1 < source.count, source[i + 1] == 0x80 || source[i + 1] == 0x81 {
                    i += 3
                } else {
                    return text.lowercased()
                }
            }
            guard hasUpper else { return text }
            return String(unsafeUninitializedCapacity: source.count) { buffer in
                var i = 0
                while i + 8 <= source.count {
                    let chunk = ByteMasks.load(source, at: i)
                    guard chunk & ByteMasks.high == 0 else { break }
                    // 0x80 under each capital, moved to 0x20: the bit that makes it small
                    UnsafeMutableRawPointer(buffer.baseAddress! + i).storeBytes(of: (chunk | ByteMasks.between(chunk, 0x41, 0x5A) >> 2).littleEndian, as: UInt64.self)
                    i += 8
                }
                while i < source.count {
                    let byte = source[i]
                    buffer[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    i += 1
                }
                return source.count
            }
        }
    }

    /// The text without spaces, tabs and newlines at either end.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let text = Substring(text)
        let utf8 = text.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while start < end, isSpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(text[start..<end])
    }

    /// Text with runs of white space (including no-break spaces) folded to single spaces and the ends trimmed.
    static func collapsingSpaces<S: StringProtocol>(_ text: S) -> String {
        // Most paragraphs need no folding: single spaces inside, none at the ends. Checking that costs a
        // fraction of the copy below.
        if text.withUTF8Bytes(isFolded) { return String(text) }
        // Folding only shortens the text, so its length bounds the result.
        return text.withUTF8Bytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var length = 0
                var pendingSpace = false
                var previous: UInt8 = 0
                for byte in bytes {
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                        pendingSpace = length > 0
                    } else if previous == 0xC2 && byte == 0xA0 {
                        // U+00A0 NO-BREAK SPACE: its lead byte was already written; take it back, and the
                        // space written before it (every space written is a folded run).
                        length -= 1
                        if length > 0 && out[length - 1] == 0x20 { length -= 1 }
                        pendingSpace = length > 0
                    } else {
                        if pendingSpace {
                            out[length] = 0x20
                            length += 1
                        }
                        pendingSpace = false
                        out[length] = byte
                        length += 1
                    }
                    previous = byte
                }
                return length
            }
        }
    }

    /// Whether `collapsingSpaces` would leave the bytes as they are: no tab, line break or no-break space,
    /// no space at either end and no two in a row.
    private static func isFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte <= 0x20 && (byte == 0x20 && previous == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D) { return false }
            if byte == 0xA0 && previous == 0xC2 { return false }
            previous = byte
        }
        return true
    }
}
