import Foundation

/// Finds calendar dates in text and writes them as ISO 8601 (`2017-10-27`).
public enum DateParser {
    /// The first full date (day, month and year) in the text, or `nil`.
    ///
    /// Reads `October 27, 2017`, `Oct. 27, 2017`, `27 October 2017`, `2017-10-27` (also with a time after it)
    /// and `10/27/2017`.
    public static func isoDate<S: StringProtocol>(in text: S) -> String? where S.SubSequence == Substring {
        for chunk in text.spaceSeparated() where chunk.containsBytes("/") {
            if let slashed = slashForm(chunk.trimmingCharacters(in: .punctuationCharacters)[...]) { return slashed }
        }
        let words = TextScanning.words(text)
        for (i, word) in words.enumerated() {
            if let iso = isoForm(word) { return iso }
            let lower = word.lowercased().replacingOccurrences(of: ".", with: "")
            guard let month = TextScanning.monthNames[lower] else { continue }
            // Month Day, Year
            if i + 2 < words.count, let day = Int(words[i + 1]), let year = Int(words[i + 2]) {
                if let date = format(year: year, month: month, day: day) { return date }
            }
            // Day Month Year
            if i >= 1, i + 1 < words.count, let day = Int(words[i - 1]), let year = Int(words[i + 1]) {
                if let date = format(year: year, month: month, day: day) { return date }
            }
        }
        return nil
    }

    /// A month and day without a year (`October 27`), as (month, day).
    static func monthDay<S: StringProtocol>(in text: S) -> (month: Int, day: Int)? where S.SubSequence == Substring {
        let words = TextScanning.words(text)
        for (i, word) in words.enumerated() {
            let lower = word.lowercased().replacingOccurrences(of: ".", with: "")
            guard let month = TextScanning.monthNames[lower] else { continue }
            if i + 1 < words.count, let day = Int(words[i + 1]), (1...31).contains(day) { return (month, day) }
            if i >= 1, let day = Int(words[i - 1]), (1...31).contains(day) { return (month, day) }
        }
        return nil
    }

    static func format(year: Int, month: Int, day: Int) -> String? {
        guard (1800...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    private static func isoForm(_ word: Substring) -> String? {
        let parts = word.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return format(year: y, month: m, day: d)
    }

    private static func slashForm(_ word: Substring) -> String? {
        let parts = word.split(separator: "/")
        guard parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 else { return nil }
        return format(year: y, month: m, day: d)
    }
}
