/// What a quotation mark can do where it stands, read from its glyph and the characters beside it.
struct QuoteMark: Sendable {
    enum Family: Sendable { case double, single }
    enum Role: Sendable { case open, close, either }

    var family: Family
    var role: Role

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x60, 0x201C, 0x201D, 0x201E, 0x201F, 0x2018, 0x2019, 0x201A, 0x201B, 0xAB, 0xBB, 0x2039, 0x203A: true
        default: false
        }
    }

    /// Classifies the mark at `index`; `nil` when it can only be an apostrophe (`’90s`, `voters’` with nothing open).
    static func classify(_ tokens: [Token], at index: Int) -> QuoteMark? {
        let token = tokens[index]
        guard let scalar = token.text.unicodeScalars.first else { return nil }
        let previous = index > 0 ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        // Flanking, as CommonMark reads emphasis: an opener touches the text after it, a closer the text before.
        let canOpen = next != nil && !token.spaceAfter
            && (previous == nil || token.spaceBefore || previous!.kind != .word)
        let canClose = previous != nil && !token.spaceBefore
            && (next == nil || token.spaceAfter || next!.kind != .word)
        let guessed: Role = canOpen && !canClose ? .open : canClose && !canOpen ? .close : .either
        // 6’2”, 6'2": feet and inches, not a quotation's end.
        if scalar.value == 0x201D || scalar.value == 0x22, let previous, !token.spaceBefore, isFeet(previous) { return nil }
        if token.text == "''" { return QuoteMark(family: .double, role: guessed) }
        if token.text == "``" { return QuoteMark(family: .double, role: .open) }
        switch scalar.value {
        case 0x201C, 0x201E, 0x201F, 0xAB:  // “ „ ‟ «
            return QuoteMark(family: .double, role: canClose && !canOpen ? .close : .open)
        case 0x201D, 0xBB:  // ” »
            return QuoteMark(family: .double, role: canOpen && !canClose ? .open : .close)
        case 0x22:
            return QuoteMark(family: .double, role: guessed)
        case 0x2018, 0x201A, 0x201B, 0x2039:  // ‘ ‚ ‛ ‹
            if let next, next.startsWithDigit { return nil }  // ‘90s
            return QuoteMark(family: .single, role: canClose && !canOpen ? .close : .open)
        case 0x2019, 0x203A, 0x27:  // ’ › '
            if let next, next.startsWithDigit, token.spaceBefore || previous == nil { return nil }  // ’90s
            if scalar.value == 0x203A { return QuoteMark(family: .single, role: .close) }
            return QuoteMark(family: .single, role: guessed)
        default:
            return nil
        }
    }

    /// A height in feet and inches before the inch mark: "6’2", "5'11" (the tokenizer keeps the apostrophe inside
    /// the word).
    private static func isFeet(_ token: Token) -> Bool {
        guard token.startsWithDigit, let last = token.text.utf8.last, (0x30...0x39).contains(last) else { return false }
        return token.text.containsBytes("'") || token.text.containsBytes("\u{2019}")
    }
}
