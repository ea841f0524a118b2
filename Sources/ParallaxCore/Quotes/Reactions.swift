/// Reads each actor's stance from what they said and from sentences that report what they did
/// ("RT and Sputnik condemned the move"; "Moscow threatened retaliatory measures").
enum Reactions {
    /// Word stems and phrases that show each stance, checked in this order.
    static let signs: [(Reaction.Stance, [String])] = [
        (.regrets, ["regret", "sorry", "disappoint", "unfortunate", "lament"]),
        (.condemns, ["condemn", "denounc", "criticis", "criticiz", "slam", "blast", "outrag", "unacceptable", "deplor",
                     "censor", "attack", "violation", "unlawful", "reckless", "illegal", "aggressive", "prejudice", "hostile", "discriminat", "scandal", "shameful",
                     "insult", "disgrace", "betray"]),
        (.denies, ["deny", "denie", "denied", "never been", "never pursued", "never used", "reject", "baseless", "unfounded", "not involved", "false"]),
        (.threatens, ["retaliat", "threaten", "response will follow", "countermeasure", "consequences", "reciprocal", "respond in kind", "will follow"]),
        (.welcomes, ["welcom", "applaud", "appreciate", "prais", "positive step", "good step", "pleased", "glad", "commend", "hail"]),
        (.wantsMore, ["not go far enough", "not a substitute", "do more", "need more", "needs more", "want more", "wants more",
                      "more needs", "more must", "more should", "more to be done", "more action", "more effort", "urge", "call for", "calls for", "called for", "demand",
                      "need for", "should", "must", "standard", "regulat", "further", "enhanced"]),
    ]

    static let actionVerbs: Set<String> = [
        "condemned", "condemns", "denounced", "denounces", "criticised", "criticized", "slammed", "blasted", "threatened",
        "threatens", "denied", "denies", "rejected", "rejects", "welcomed", "welcomes", "applauded", "praised", "regretted",
        "regrets", "urged", "demanded", "vowed", "warned", "hailed",
    ]

    private static let matcher = PhraseMatcher(signs.flatMap { stance, stems in stems.map { ($0, stance) } })

    /// The stances a text shows, in the order of `signs`: a stem must start a word. Within a clause, an
    /// accusation after a denial is denied, not made: "rejects any talk of an unlawful strike".
    static func stances(of text: String) -> [Reaction.Stance] {
        var found = Set<Reaction.Stance>()
        var denied: Int?  // the clause a denial was last seen in
        for (stance, clause) in matcher.valuesByClause(in: text) {
            if stance == .denies { denied = clause }
            if stance != .condemns || denied != clause { found.insert(stance) }
        }
        return signs.map(\.0).filter(found.contains)
    }

    /// A sentence that reports what an actor did: "RT and Sputnik condemned the move".
    struct Deed: Sendable {
        var actors: [String]
        var stances: [Reaction.Stance]
        var sentence: String
    }

    /// Sentences of an article whose subject is named and whose verb shows a stance.
    static func deeds(in paragraphs: [[Token]]) -> [Deed] {
        var deeds: [Deed] = []
        for tokens in paragraphs {
            var sentences: Sentences?
            for verb in tokens.indices where tokens[verb].classes.contains(.actionVerb) {
                // "Ruiz, who welcomed the minister to the harbour": a guest welcomed is no stance ("welcomed the minister's offer" is).
                if tokens[verb].lowered.hasPrefixBytes("welcom"), verb + 1 < tokens.count, tokens[verb + 1].isWord, tokens[verb + 1].startsUppercase,
                    let end = (verb + 1..<tokens.count).first(where: { !tokens[$0].isWord || !tokens[$0].startsUppercase || tokens[$0].isPossessive }),
                    !tokens[end].isPossessive
                {
                    continue
                }
                if sentences == nil { sentences = Sentences(tokens: tokens, quoted: []) }
                let (subject, appositive) = CueFinder.subjectBefore(tokens, verb: verb, from: sentences!.start(of: verb))
                guard !subject.isEmpty, let phrase = SpeakerPhrase.parse(tokens[subject], appositive: appositive.map { tokens[$0] }) else { continue }
                let actors: [String]
                switch phrase {
                case .named(let reference): actors = reference.names.map(Entities.bare)
                case .description(let head, let text, _, _)
                where SpeechLexicon.organisationNouns.contains(head) || head.hasSuffixBytes("s") && SpeechLexicon.organisationNouns.contains(String(head.dropLast())):
                    actors = [text]
                default: continue
                }
                let range = sentences!.start(of: verb)..<sentences!.end(of: verb)
                // The verb's own clause: up to a comma, a semicolon or the next such verb.
                let clauseEnd = (verb + 1..<range.upperBound).first { tokens[$0].is(",") || tokens[$0].is(";") || tokens[$0].classes.contains(.actionVerb) }
                let stances = stances(of: SpeakerPhrase.text(tokens[verb..<(clauseEnd ?? range.upperBound)]))
                guard !stances.isEmpty else { continue }
                deeds.append(Deed(actors: actors, stances: stances, sentence: SpeakerPhrase.text(tokens[range])))
            }
        }
        return deeds
    }

    /// An item of evidence already noted in the current article. Hashed and compared as bytes: String's
    /// own hashing normalises Unicode first, which cost more than the rest of reading reactions.
    private struct SeenKey: Hashable {
        var actor: String, stance: Reaction.Stance, text: String

        static func == (a: SeenKey, b: SeenKey) -> Bool {
            a.stance == b.stance && a.actor.utf8.elementsEqual(b.actor.utf8) && a.text.utf8.elementsEqual(b.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(stance)
            actor.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(0xFF as UInt8)  // no UTF-8 byte: keeps ("ab", "c") apart from ("a", "bc")
            text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    static func find(articles: [(file: String, quotes: [Quote], deeds: [Deed])], canonical: (String) -> String) -> [Reaction] {
        var evidence: [String: [Reaction.Stance: [Reaction.Evidence]]] = [:]
        var seen = Set<SeenKey>()  // one article's evidence so far
        var order: [String] = []
        func note(_ actor: String, _ stance: Reaction.Stance, _ item: Reaction.Evidence) {
            if evidence[actor] == nil { order.append(actor) }
            if seen.insert(SeenKey(actor: actor, stance: stance, text: item.text)).inserted {
                evidence[actor, default: [:]][stance, default: []].append(item)
            }
        }
        for article in articles {
            seen.removeAll(keepingCapacity: true)
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
            for deed in article.deeds {
                for name in deed.actors.map(canonical) {
                    for stance in deed.stances { note(name, stance, Reaction.Evidence(file: article.file, text: deed.sentence)) }
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
