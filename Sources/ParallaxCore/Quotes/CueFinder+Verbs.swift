// Which words are speech verbs, and which of them come before their speaker.
extension CueFinder {
    static func isVerb(_ tokens: [Token], _ index: Int) -> Bool {
        // most words are asked about here: read them in place, copying one (and its strings) only past these
        guard tokens[index].isWord, !tokens[index].startsUppercase || isCapitalisedTweet(tokens, index) else { return false }
        guard tokens[index].classes.contains(.verbs) else { return isPhrasalSpeech(tokens, index) || isMakingClear(tokens, index) }
        let token = tokens[index]
        // "the report", "a call", "his statement": a noun, not a verb.
        if index > 0, tokens[index - 1].isWord, tokens[index - 1].classes.contains(.determiners) { return false }
        // Forms that are mostly nouns in news ("a Facebook post", "reports on") count only after a subject pronoun or a modal.
        if token.classes.contains(.nounLikeVerbs) {
            // "they report", "will note", "Sundqvist notes" — but not "a Facebook post".
            guard index > 0 else { return false }
            let previous = tokens[index - 1]
            let named = previous.isWord && previous.startsUppercase && !previous.classes.contains(.capitalisedFunctionWords)
                && !(index > 1 && tokens[index - 2].classes.contains(.determiners))
            // "Mikael Grahn, a speechwriter, calls Lind …": after an appositive, with a name as object.
            // "Ana Ruiz, an early supporter, calls the issue …": or with a determiner or pronoun as the object's start.
            let afterAppositive = previous.is(",") && token.lowered.hasSuffixBytes("s") && index + 1 < tokens.count
                && (tokens[index + 1].startsUppercase || tokens[index + 1].classes.contains(.determiners)
                    || tokens[index + 1].classes.contains(.personPronouns) || tokens[index + 1].classes.contains(.thingPronouns))
            // "the mayor calls", "the ministry claims": a person or a body as the subject of an -s form.
            let described = previous.isWord && !previous.startsUppercase && token.lowered.hasSuffixBytes("s")
                && (previous.classes.contains(.personNouns) || previous.classes.contains(.organisationNouns))
            // "it notes", "the letter states": a thing that carries words as the subject.
            let carrier = previous.isWord && (token.lowered.hasSuffixBytes("s") || token.is("read"))
                && (previous.classes.contains(.thingPronouns) || previous.classes.contains(.mediumNouns))
            // "Southern states", "Rust Belt states": after a proper adjective, "states" is the noun.
            let namedSubject = named && token.lowered.hasSuffixBytes("s") && !token.is("states")
            // "“…,” reads the letter": a form that inverts, straight after the quote.
            let inverted = previous.kind == .mark && invertingVerbs.contains(token.lowered)
            // "would read this as", "Ruiz reads the papers": reading quotes only a text, and only in these two orders.
            if token.is("read") || token.is("reads") { return inverted || carrier }
            guard previous.classes.contains(.verbLeaders) || namedSubject || afterAppositive || described || carrier || inverted
            else { return false }
        }
        if index + 1 < tokens.count, tokens[index + 1].is("-") { return false }
        // "“…?” reacted Halm", "Halm reacted:" — but "reacted with a letter" or "to the vote" says nothing.
        if token.is("reacted") || token.is("reacts"),
            index + 1 < tokens.count, tokens[index + 1].isWord,
            !tokens[index + 1].startsUppercase || tokens[index + 1].classes.contains(.capitalisedFunctionWords)
        {
            return false
        }
        // "pressed for a deal", "pressed ahead": pushing for something, not speaking.
        if index + 1 < tokens.count, token.lowered.hasPrefixBytes("press"), tokens[index + 1].lowered.isOne(of: ["for", "ahead", "on"]) { return false }
        // "added to the confusion": adding to something says nothing ("added to reporters", "to the Post" do).
        if index + 3 < tokens.count, tokens[index + 1].is("to"), tokens[index + 2].classes.contains(.determiners),
            tokens[index + 3].isWord, !tokens[index + 3].startsUppercase, token.lowered.isOne(of: ["add", "adds", "added", "adding"])
        {
            return false
        }
        if index > 0, !isParticiple(token) {
            let previous = tokens[index - 1]
            // "secretary of state", "in charge": no verb follows "of" or a preposition.
            if previous.isWord, previous.lowered == "of" || previous.classes.contains(.prepositions) && !previous.lowered.isOne(of: ["to", "while", "after", "before"]) {
                return false
            }
            // "a snappy retort", "an angry reply": a bare form after "a" or "an" and one word is a noun — not a
            // past form that is no noun ("a spokesman said", "an aide told").
            if index > 1, previous.isWord, !previous.startsUppercase, tokens[index - 2].lowered.isOne(of: ["a", "an"]),
                !token.lowered.hasSuffixBytes("s"), !token.lowered.hasSuffixBytes("ed"),
                !token.classes.contains(.reportingVerbs) || token.classes.contains(.nounLikeVerbs)
            {
                return false
            }
        }
        return true
    }

    /// "…, the head of the union, Tweeted on Friday": the one speech verb some style guides capitalise;
    /// no name is spelt like it.
    private static func isCapitalisedTweet(_ tokens: [Token], _ index: Int) -> Bool {
        tokens[index].classes.contains(.verbs) && tokens[index].lowered.hasPrefixBytes("tweet")
    }

    /// Verbs that speak only with their particle: "shot back", "chimed in", "went on".
    static let phrasalVerbs: [String: String] = [
        "went": "on", "goes": "on", "shot": "back", "fired": "back", "fires": "back", "pushed": "back", "chimed": "in",
        "weighed": "in", "spoke": "up", "piped": "up", "pointed": "out", "points": "out", "put": "it", "puts": "it",
    ]

    /// "Bengt shot back with a laugh", "Lindqvist went on, as if …": a phrasal speech verb. Going on speaks
    /// only when nothing follows "on" in its clause ("went on to promote" does not).
    private static func isPhrasalSpeech(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].classes.contains(.phrasalVerbs), let particle = phrasalVerbs[tokens[index].lowered], index + 1 < tokens.count,
            tokens[index + 1].is(particle)
        else { return false }
        guard particle == "on" || particle == "it" else { return true }
        let closes = index + 2 == tokens.count || tokens[index + 2].kind == .punctuation || tokens[index + 2].kind == .mark
        // "as Lind put it, “…”", "Ruiz put it bluntly:" — not "put it on the table".
        return closes || particle == "it" && tokens[index + 2].lowered.hasSuffixBytes("ly")
    }

    /// "The report makes that clear: “…”", "Ruiz made it plain that …": making a point clear says it.
    /// Asked of every word that is no speech verb, so its lists are made once.
    private static func isMakingClear(_ tokens: [Token], _ index: Int) -> Bool {
        guard index + 2 < tokens.count, tokens[index].lowered.isOne(of: makingVerbs),
            tokens[index + 1].lowered.isOne(of: madeObjects), tokens[index + 2].lowered.isOne(of: madeClear)
        else { return false }
        return index + 3 == tokens.count || !tokens[index + 3].isWord || tokens[index + 3].lowered == "that"
    }

    private static let makingVerbs = ["makes", "made", "make"]
    private static let madeObjects = ["it", "that", "this"]
    private static let madeClear = ["clear", "plain", "explicit"]

    static func isAccordingTo(_ tokens: [Token], _ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].lowered == "according" && tokens[index + 1].is("to")
    }

    /// Verbs that come before their speaker but never take a person as object ("said Ana Ruiz"; but
    /// "told VTV's Harbour Hour" and "chided Lindqvist" name the listener).
    static let invertingVerbs: Set<String> = [
        "said", "says", "added", "adds", "wrote", "writes", "explained", "noted", "continued", "recalled", "concluded",
        "replied", "answered", "responded", "declared", "quipped", "insisted", "countered",
        "exclaimed", "exhorted", "remarked", "observed", "joked", "mused", "sighed", "shouted", "yelled", "recounted",
        "conceded", "acknowledged", "admitted", "agreed", "stated", "announced", "proclaimed", "argued", "asserted",
        "reads", "read", "reacted",
    ]

    /// Speech verbs whose following name is the one spoken to or of ("“…,” thanked Ruiz for …", "chided
    /// Lindqvist"): never an inverted speaker.
    static let listenerVerbs: Set<String> = [
        "thank", "thanked", "thanks", "chided", "scolded", "praised", "blasted", "slammed", "accused", "criticized", "criticised",
        "mocked", "reminded", "assured", "lectured", "teased", "needled", "hailed", "condemned", "welcomed", "urged", "pressed",
        "begged", "implored",
    ]
}
