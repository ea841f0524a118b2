import Foundation

/// The matching rules of ../shared/tools/score-quotes, for tests: a found quote matches an answer when
/// their folded words overlap (Dice ≥ 0.6); a speaker matches when the answer's name (or its last word,
/// or a one-word answer) is among the found name's words.
public enum QuoteScoring {
    public static func words(_ text: String) -> [String] {
        var folded = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { folded.unicodeScalars.append(scalar) } else { folded += " " }
        }
        return folded.split(separator: " ").map(String.init).filter { $0 != "s" }
    }

    public static func dice(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for word in a { counts[word, default: 0] += 1 }
        var common = 0
        for word in b where (counts[word] ?? 0) > 0 {
            counts[word]! -= 1
            common += 1
        }
        return 2 * Double(common) / Double(a.count + b.count)
    }

    /// Greedy one-to-one matching by best overlap: pairs of (found index, answer index).
    public static func match(_ found: [String], _ answers: [String]) -> [(Int, Int)] {
        let foundWords = found.map(words), answerWords = answers.map(words)
        var pairs: [(Double, Int, Int)] = []
        for i in found.indices {
            for j in answers.indices {
                let score = dice(foundWords[i], answerWords[j])
                if score >= 0.6 { pairs.append((score, i, j)) }
            }
        }
        pairs.sort { $0.0 > $1.0 }
        var usedFound = Set<Int>(), usedAnswers = Set<Int>(), result: [(Int, Int)] = []
        for (_, i, j) in pairs where !usedFound.contains(i) && !usedAnswers.contains(j) {
            usedFound.insert(i)
            usedAnswers.insert(j)
            result.append((i, j))
        }
        return result
    }

    public static func speakerMatches(found: String?, names: [String]) -> Bool {
        let foundWords = words(found ?? "").filter { $0 != "the" }
        guard !foundWords.isEmpty else { return false }
        for name in names {
            let wanted = words(name).filter { $0 != "the" }
            guard let last = wanted.last else { continue }
            if wanted == foundWords || wanted.count == 1 && foundWords.contains(last) || wanted.count > 1 && last.count > 3 && foundWords.contains(last) {
                return true
            }
        }
        return false
    }
}
