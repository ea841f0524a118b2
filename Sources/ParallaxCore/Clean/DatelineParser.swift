/// Recognises the dateline that opens a wire-style first paragraph and splits it from the text.
///
/// Reads `MOSCOW (Reuters) -`, `TRENTON, N.J. (AP) —`, `BEIJING, March 3 (Xinhua) --`,
/// `MOSCOW, October 27. /TASS/.`, `WASHINGTON —` (capitals, no agency) and damaged copies such as
/// `moscow ( reuters ) -`.
public enum DatelineParser {
    /// The dateline and the paragraph's text after it, or `nil` when the paragraph has none.
    public static func parse(_ paragraph: String) -> (dateline: Dateline, rest: String)? {
        let head = paragraph.prefix(120)
        if let slashed = parseSlashTag(paragraph, head: head) { return slashed }
        guard let (separatorRange, _) = firstSeparator(in: head) else { return nil }
        let prefix = TextScanning.trimmed(paragraph[..<separatorRange.lowerBound])
        let rest = TextScanning.trimmed(paragraph[separatorRange.upperBound...])
        guard !prefix.isEmpty, let dateline = parsePrefix(prefix, raw: String(paragraph[..<separatorRange.upperBound])) else { return nil }
        return (dateline, rest)
    }

    /// `PLACE, Month Day. /TAG/.` — the TASS form.
    private static func parseSlashTag(_ paragraph: String, head: Substring) -> (Dateline, String)? {
        guard let open = head.firstIndex(of: "/") else { return nil }
        let afterOpen = head.index(after: open)
        guard let close = head[afterOpen...].firstIndex(of: "/") else { return nil }
        let tag = head[afterOpen..<close]
        guard (2...20).contains(tag.count), tag.allSatisfy({ $0.isLetter || $0 == "-" || $0 == " " }), TextScanning.isAllCaps(tag) else { return nil }
        var before = TextScanning.trimmed(head[..<open])
        while before.hasSuffixBytes(".") || before.hasSuffixBytes(",") { before.removeLast() }
        guard !before.isEmpty, var dateline = parseHead(before, agency: String(tag)) else { return nil }
        var restStart = head.index(after: close)
        while restStart < paragraph.endIndex, paragraph[restStart] == "." || paragraph[restStart] == " " || paragraph[restStart] == "-" || paragraph[restStart] == "—" {
            restStart = paragraph.index(after: restStart)
        }
        dateline.raw = String(paragraph[..<restStart])
        return (dateline, String(paragraph[restStart...]))
    }

    /// The first dash or colon that can end a dateline, within the first 120 characters.
    private static func firstSeparator(in head: Substring) -> (Range<String.Index>, String)? {
        var best: (Range<String.Index>, String)?
        for separator in [" -- ", " — ", " – ", " - ", "—", " --"] {
            if let range = head.rangeOfBytes(separator), best == nil || range.lowerBound < best!.0.lowerBound {
                best = (range, separator)
            }
        }
        return best
    }

    private static func parsePrefix(_ prefix: String, raw: String) -> Dateline? {
        var head = prefix
        var agency: String?
        if head.hasSuffixBytes(")"), let open = head.lastIndex(of: "(") {
            let inside = TextScanning.trimmed(head[head.index(after: open)..<head.index(before: head.endIndex)])
            let words = inside.spaceSeparated()
            guard !words.isEmpty, words.count <= 4, inside.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "." || $0 == "&" }) else { return nil }
            agency = inside
            head = TextScanning.trimmed(head[..<open])
        }
        guard var dateline = parseHead(head, agency: agency) else { return nil }
        dateline.raw = raw
        return dateline
    }

    /// `PLACE[, REGION][, DATE]`: a place of at most four words; without an agency it must be in capitals.
    private static func parseHead(_ head: String, agency: String?) -> Dateline? {
        let parts = head.split(separator: ",").map { TextScanning.trimmed($0) }
        guard let place = parts.first, !place.isEmpty else { return nil }
        var placeText = place
        var date: String?
        for part in parts.dropFirst() {
            if DateParser.monthDay(in: part) != nil || DateParser.isoDate(in: part) != nil {
                date = part
            } else if part.spaceSeparated().count <= 3, date == nil {
                placeText += ", " + part
            } else {
                return nil
            }
        }
        let placeWords = placeText.spaceSeparated()
        guard (1...5).contains(placeWords.count), placeText.count <= 40,
            placeText.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "," || $0 == "-" || $0 == "'" || $0 == "’" })
        else { return nil }
        let letters = placeText.filter(\.isLetter)
        guard letters.count >= 2 else { return nil }
        if agency == nil {
            // Without an agency only a place in capitals counts: "WASHINGTON —", not "Lindqvist — who…".
            guard TextScanning.isAllCaps(placeText), letters.count >= 3 else { return nil }
        } else {
            // Every word capitalised, or all lower-case in a damaged copy.
            let capitalised = placeWords.allSatisfy { $0.first?.isUppercase == true || $0.first?.isLetter == false }
            let lower = letters.allSatisfy(\.isLowercase) && agency!.allSatisfy { !$0.isUppercase }
            guard capitalised || lower else { return nil }
        }
        return Dateline(place: placeText, date: date, agency: agency, raw: head)
    }
}
