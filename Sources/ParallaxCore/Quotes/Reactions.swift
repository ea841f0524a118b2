/// Reads each actor's stance from what they said and from sentences that report what they did
/// ("RT and Sputnik condemned the move"; "Moscow threatened retaliatory measures").
enum Reactions {
    /// Word stems and phrases that show each stance, checked in this order.
    static let signs: [(Reaction.Stance, [String])] = [
        (.regrets, ["regret", "sorry", "disappoint", "unfortunate", "lament"]),
        (.condemns, ["condemn", "denounc", "criticis", "criticiz", "slam", "blast", "outrag", "unacceptable", "deplor",
                     "censor", "attack", "violation", "aggressive", "prejudice", "hostile", "discriminat", "scandal", "shameful"]),
        (.denies, ["deny", "denie", "denied", "never been", "never pursued", "never used", "reject", "baseless", "unfounded", "not involved", "false"]),
        (.threatens, ["retaliat", "threat", "response will follow", "countermeasure", "consequences", "reciprocal", "respond in kind", "will follow"]),
        (.welcomes, ["welcom", "applaud", "appreciate", "prais", "positive step", "good step", "pleased", "glad", "commend", "hail"]),
        (.wantsMore, ["not go far enough", "not a substitute", "more ", "urge", "call for", "calls for", "called for", "demand",
                      "need for", "should", "must", "standard", "regulat", "further", "enhanced"]),
    ]

    private static let actionVerbs: Set<String> = [
        "condemned", "condemns", "denounced", "denounces", "criticised", "criticized", "slammed", "blasted", "threatened",
        "threatens", "denied", "denies", "rejected", "rejects", "welcomed", "welcomes", "applauded", "praised", "regretted",
        "regrets", "urged", "demanded", "vowed", "warned", "hailed",
    ]

    static func stances(of text: String) -> [Reaction.Stance] {
        let lowered = " " + text.lowercased() + " "
        return signs.compactMap { stance, stems in
            stems.contains { lowered.containsBytes(" " + $0) || $0.hasSuffix(" ") && lowered.containsBytes($0) } ? stance : nil
        }
    }

    static func find(articles: [(file: String, quotes: [Quote], tokens: [[Token]])], canonical: (String) -> String) -> [Reaction] {
        var evidence: [String: [Reaction.Stance: [Reaction.Evidence]]] = [:]
        var order: [String] = []
        func note(_ actor: String, _ stance: Reaction.Stance, _ item: Reaction.Evidence) {
            if evidence[actor] == nil { order.append(actor) }
            if !(evidence[actor]?[stance]?.contains(item) ?? false) { evidence[actor, default: [:]][stance, default: []].append(item) }
        }
        for article in articles {
            for quote in article.quotes where quote.kind != .term {
                guard let speaker = quote.speaker else { continue }
                let stances = stances(of: quote.text)
                for name in speaker.names.map(canonical) {
                    if stances.isEmpty {
                        note(name, .neutral, Reaction.Evidence(file: article.file, text: quote.text))
                    }
                    for stance in stances { note(name, stance, Reaction.Evidence(file: article.file, text: quote.text)) }
                }
            }
            for tokens in article.tokens {
                for verb in tokens.indices where tokens[verb].isWord && actionVerbs.contains(tokens[verb].lowered) {
                    let (subject, appositive) = CueFinder.subjectBefore(tokens, verb: verb, from: 0)
                    guard !subject.isEmpty, case .named(let reference)? = SpeakerPhrase.parse(tokens[subject], appositive: appositive.map { tokens[$0] })
                    else { continue }
                    let sentence = Sentences(tokens: tokens, quoted: [])
                    let range = sentence.start(of: verb)..<sentence.end(of: verb)
                    let text = SpeakerPhrase.text(tokens[range])
                    let clause = SpeakerPhrase.text(tokens[verb..<range.upperBound])
                    for name in reference.names.map({ canonical(Entities.bare($0)) }) {
                        for stance in stances(of: clause) { note(name, stance, Reaction.Evidence(file: article.file, text: text)) }
                    }
                }
            }
        }
        var reactions: [Reaction] = []
        for actor in order {
            guard let byStance = evidence[actor] else { continue }
            let hasStance = byStance.keys.contains { $0 != .neutral }
            for stance in Reaction.Stance.allCases where stance != .neutral || !hasStance {
                if let items = byStance[stance] { reactions.append(Reaction(actor: actor, stance: stance, evidence: items)) }
            }
        }
        return reactions
    }
}
