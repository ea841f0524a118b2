/// Damages clean text the way NLP pipelines do: lower-cased, punctuation split off as tokens,
/// quote marks stripped, `’s` split to ` s`. Used to measure repair on real articles.
public enum Damager {
    public static func damage(_ paragraph: String) -> String {
        var out = ""
        for c in paragraph {
            switch c {
            case "\"", "“", "”", "«", "»", "‘":
                out += " "
            case "’", "'":
                out += " "
            case ",", ";", ":", "(", ")", "?", "!":
                out += " \(c) "
            default:
                out += String(c).lowercased()
            }
        }
        // A sentence-final period becomes a token.
        var words = out.split(separator: " ").map(String.init)
        for index in words.indices where words[index].hasSuffix(".") && words[index].count > 1 {
            let bare = words[index].dropLast()
            if !bare.contains(".") { words[index] = bare + " ." }
        }
        return words.joined(separator: " ")
    }
}
