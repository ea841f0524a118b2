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
    static func words<S: StringProtocol>(_ text: S) -> [Substring] where S.SubSequence == Substring {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        let end = text.endIndex
        while index < end {
            let c = text[index]
            let next = text.index(after: index)
            let isWordChar = c.isLetter || c.isNumber
            let isJoiner = (c == "'" || c == "’" || c == "-" || c == "." || c == "&") && start != nil
                && next < end && (text[next].isLetter || text[next].isNumber)
            if isWordChar || isJoiner {
                if start == nil { start = index }
            } else if let s = start {
                result.append(text[s..<index])
                start = nil
            }
            index = next
        }
        if let s = start { result.append(text[s..<end]) }
        return result
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

    static func hasLetters<S: StringProtocol>(_ text: S) -> Bool { text.contains { $0.isLetter } }

    /// Opening and closing quotation marks of every common style.
    static let quoteMarks: Set<Character> = ["\"", "“", "”", "‘", "’", "«", "»", "„", "‟", "‹", "›", "'"]

    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        String(text.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }

    /// Text with runs of white space folded to single spaces and the ends trimmed.
    static func collapsingSpaces<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for c in text {
            if c.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return out
    }
}
