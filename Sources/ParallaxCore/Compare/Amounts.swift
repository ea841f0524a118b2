/// A number a sentence states, normalised: `$1.9m`, `$1.9 million` and `$ 1.9 mln` are one amount.
public struct Amount: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var value: Double
    /// `USD`, `EUR`, `GBP`, `%`, or the stem of the counted noun (`account`).
    public var unit: String

    public var description: String {
        let number: String
        switch value {
        case 1e15...: number = String(value)  // "1e+24": past any real sum, and past what an Int holds
        case 1e9...: number = Self.format(value / 1e9) + " billion"
        case 1e6...: number = Self.format(value / 1e6) + " million"
        default: number = Self.format(value)
        }
        switch unit {
        case "USD": return "$" + number
        case "EUR": return "€" + number
        case "GBP": return "£" + number
        case "%": return number + "%"
        default: return number + " " + unit
        }
    }

    private static func format(_ value: Double) -> String {
        guard abs(value) < 1e15 else { return String(value) }
        return value == value.rounded() ? String(Int(value)) : String((value * 100).rounded() / 100)
    }

    /// Whether two amounts of one unit disagree (by more than rounding).
    public func contradicts(_ other: Amount) -> Bool {
        unit == other.unit && abs(value - other.value) > 0.02 * max(abs(value), abs(other.value))
    }
}

enum Amounts {
    private static let scales: [String: Double] = [
        "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6,
        "bn": 1e9, "b": 1e9, "billion": 1e9, "billions": 1e9, "trillion": 1e12, "tn": 1e12,
    ]
    private static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP"]
    private static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
        "pound": "GBP", "pounds": "GBP", "gbp": "GBP",
    ]
    private static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "twenty": 20, "hundred": 100, "dozen": 12,
    ]

    /// Splits `1.9m` into 1.9 and its scale; reads `1,900` and `4.2`.
    private static func number(_ word: String) -> (Double, Double)? {
        var digits = ""
        var rest = Substring(word)
        while let first = rest.first, first.isNumber || first == "." || first == "," {
            if first != "," { digits.append(first) }
            rest = rest.dropFirst()
        }
        guard !digits.isEmpty, let value = Double(digits), value.isFinite else { return nil }
        if rest.isEmpty { return (value, 1) }
        if let scale = scales[rest.lowercased()] { return (value, scale) }
        return nil
    }

    static func find(_ tokens: [Token]) -> [Amount] {
        var amounts: [Amount] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            var currency: String?
            var start = i
            if token.kind == .punctuation, let code = currencySymbols[token.text] {
                currency = code
                start = i + 1
            } else if token.lowered == "us", i + 1 < tokens.count, tokens[i + 1].is("$") {
                currency = "USD"
                start = i + 2
            }
            guard start < tokens.count, tokens[start].isWord else { i += 1; continue }
            var value: Double
            var scale: Double
            if let (v, s) = number(tokens[start].text) {
                (value, scale) = (v, s)
            } else if currency == nil, let v = numberWords[tokens[start].lowered] {
                (value, scale) = (v, 1)
            } else {
                i += 1
                continue
            }
            var next = start + 1
            if next < tokens.count, let s = scales[tokens[next].lowered] {
                scale *= s
                next += 1
            }
            value *= scale
            guard value.isFinite else { i += 1; continue }
            if currency == nil, next < tokens.count, let code = currencyWords[tokens[next].lowered] {
                currency = code
                next += 1
            }
            if let currency {
                amounts.append(Amount(value: value, unit: currency))
            } else if next < tokens.count, tokens[next].is("%") || tokens[next].lowered.isOne(of: ["percent", "pct"])
                || tokens[next].lowered == "per" && next + 1 < tokens.count && tokens[next + 1].lowered == "cent"
            {
                amounts.append(Amount(value: value, unit: "%"))
            } else if !(1900...2100).contains(value) || scale > 1 {
                // A count: the noun it counts, within three words ("201 Russian-linked accounts").
                // The head of the noun phrase: the last of the plain words that follow ("three grain vessels" → vessel).
                var noun: Token?
                var k = next
                while k < min(tokens.count, next + 3), tokens[k].isWord, !WordForms.stopwords.contains(tokens[k].lowered) {
                    let word = tokens[k]
                    if !word.startsUppercase, !word.lowered.containsBytes("-"), TextScanning.monthNames[word.lowered] == nil { noun = word }
                    k += 1
                }
                if let noun { amounts.append(Amount(value: value, unit: WordForms.stem(noun.lowered))) }
            }
            i = next
        }
        return amounts
    }
}
