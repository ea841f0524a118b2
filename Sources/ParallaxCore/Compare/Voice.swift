/// How an outlet speaks in its own voice: evaluative sentences nobody is quoted for, loaded words,
/// and the verbs it attributes with (said, or claimed, insisted, admitted).
public struct Voice: Sendable, Equatable {
    /// Sentences with evaluative words and no attribution: the outlet's own judgement.
    public var editorial: [String]
    /// Loaded words and how often the article uses them.
    public var loadedWords: [String: Int]
    /// Attribution verbs and how often the article uses them.
    public var attributionVerbs: [String: Int]
}

enum VoiceReader {
    /// Words and phrases that judge rather than report.
    static let loaded: [String] = [
        "chilling", "crack down", "crackdown", "censor", "censorship", "propaganda", "regime", "so-called", "unsubstantiated",
        "predictably", "brutal", "draconian", "outrageous", "shameful", "disgraceful", "heroic", "reckless", "bosses",
        "ruling elite", "ruling class", "imperialist", "genuinely", "clearly", "obviously", "of course", "notorious",
        "radical", "extremist", "thugs", "infamous", "disastrous", "absurd", "ridiculous", "cynical", "sham", "witch hunt",
        "hysteria", "mouthpiece", "stifle", "silence voices", "greedy", "corrupt", "scandal", "slammed", "blasted",
        "stand up to", "clearest", "generous", "outrage", "appalling", "shocking", "unprecedented", "escalation",
    ]

    private static let matcher = PhraseMatcher(loaded.map { ($0, $0) })

    static func read(_ paragraphs: [[Token]], quotes: [Quote]) -> Voice {
        var editorial: [String] = []
        var loadedWords: [String: Int] = [:]
        var verbs: [String: Int] = [:]
        for quote in quotes where quote.kind != .term {
            guard let cue = quote.cue else { continue }
            let tokens = Tokenizer.tokens(cue)
            if let verb = tokens.last(where: { $0.classes.contains(.verbs) }) { verbs[verb.lowered, default: 0] += 1 }
        }
        let quoted = Set(quotes.filter { $0.kind != .term }.flatMap { quote in quote.pieces.map(\.paragraph) })
        for (p, tokens) in paragraphs.enumerated() {
            for range in Sentences(tokens: tokens, quoted: []).all {
                let text = SpeakerPhrase.text(tokens[range])
                let found = matcher.matches(in: text).map(\.value)
                for word in found { loadedWords[word, default: 0] += 1 }
                let attributed = tokens[range].contains { $0.classes.contains(.verbs) || $0.lowered == "according" }
                    || tokens[range].contains { $0.kind == .mark } || quoted.contains(p) && tokens[range].contains { $0.kind == .mark }
                if !found.isEmpty, !attributed { editorial.append(text) }
            }
        }
        return Voice(editorial: editorial, loadedWords: loadedWords, attributionVerbs: verbs)
    }
}
