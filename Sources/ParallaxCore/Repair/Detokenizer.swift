/// Rejoins text split into tokens by an NLP pipeline: `twitter s ban , he said .` → `twitter's ban, he said.`
///
/// Only spaces and apostrophes change; letters are never touched.
enum Detokenizer {
    static let closing: Set<Substring> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "’s"]
    static let opening: Set<Substring> = ["(", "[", "{", "$", "£", "€", "#"]
    static let negatives: Set<Substring> = [
        "don", "can", "won", "isn", "doesn", "didn", "wasn", "aren", "couldn", "wouldn", "shouldn", "haven", "hasn",
        "hadn", "weren", "ain", "mustn", "needn",
    ]
    static let pronounSuffixes: [Substring: Set<Substring>] = [
        "re": ["we", "you", "they", "who", "what"], "ve": ["i", "we", "you", "they", "could", "would", "should", "might", "must"],
        "ll": ["i", "we", "you", "they", "he", "she", "it", "that", "there", "who"], "d": ["i", "we", "you", "they", "he", "she", "it"],
        "m": ["i"],
    ]

    static func detokenise(_ paragraph: String, apostrophe: Character = "'") -> String {
        let tokens = paragraph.split(separator: " ", omittingEmptySubsequences: true)
        var out = ""
        out.reserveCapacity(paragraph.utf8.count)
        var previous: Substring = ""
        var glueNext = false
        for token in tokens {
            let previousIsWord = previous.last?.isLetter == true
            if token == "." && (out.hasSuffixBytes(".") || out.hasSuffixBytes("?") || out.hasSuffixBytes("!")) {
                // "u.s. ." — the abbreviation's period already ends the sentence.
            } else if closing.contains(token) {
                out += token.replacingApostrophe(with: apostrophe)
            } else if token == "s", previousIsWord {
                out.append(apostrophe)
                out += "s"
            } else if token == "t", negatives.contains(Substring(previous.lowercased())) {
                out.append(apostrophe)
                out += "t"
            } else if let owners = pronounSuffixes[token], owners.contains(Substring(previous.lowercased())) {
                out.append(apostrophe)
                out += token
            } else {
                if !out.isEmpty && !glueNext { out += " " }
                out += token
            }
            glueNext = opening.contains(token)
            previous = token
        }
        return out
    }
}

extension Substring {
    fileprivate func replacingApostrophe(with apostrophe: Character) -> String {
        String(map { $0 == "'" || $0 == "’" ? apostrophe : $0 })
    }
}
