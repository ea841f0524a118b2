// Reported speech: statements without quotation marks.
extension ArticleQuoter {
    /// Reported speech without marks: "The ministry said the ban was unlawful"; "…, the Kremlin said on Friday."
    func indirectSpeech() -> [(paragraph: Int, token: Int, phrase: SpeakerPhrase, quote: Quote?)] {
        var quotes: [(paragraph: Int, token: Int, phrase: SpeakerPhrase, quote: Quote?)] = []
        for (p, tokens) in paragraphs.enumerated() {
            for sentence in sentences[p].all {
                guard !sentences[p].overlapsQuote(sentence) else { continue }
                // The sentence's own verb, not one inside a relative clause ("Berg, a director who argued …, said").
                func isReporting(_ i: Int) -> Bool { tokens[i].classes.contains(.reportingVerbs) && CueFinder.isVerb(tokens, i) }
                guard var verb = sentence.first(where: isReporting) else { continue }
                if verb > sentence.lowerBound, tokens[verb - 1].lowered.isOne(of: ["who", "which", "that"]),
                    let main = (verb + 1..<sentence.upperBound).first(where: { isReporting($0) && !tokens[$0 - 1].lowered.isOne(of: ["who", "which", "that"]) })
                {
                    verb = main
                }
                var (subject, appositive) = CueFinder.subjectBefore(tokens, verb: verb, from: sentence.lowerBound)
                var content: Range<Int>
                var cue: Range<Int>
                let tail = (verb + 1)..<sentence.upperBound
                let subjectStart = appositive.map { min($0.lowerBound, subject.lowerBound) } ?? subject.lowerBound
                var phrase = subject.isEmpty ? nil : SpeakerPhrase.parse(tokens[subject], appositive: appositive.map { tokens[$0] })
                if phrase?.canSpeak != true, let (inverted, invertedPhrase) = Self.invertedCue(tokens, verb: verb, in: sentence) {
                    (subject, phrase) = (inverted.subject, invertedPhrase)
                    content = sentence.lowerBound..<(verb - 1)  // …, the crews tested the locks, said Ana Ruiz.
                    cue = verb..<inverted.span.upperBound
                } else if subjectStart > sentence.lowerBound + 3, tokens[subjectStart - 1].is(","), QuoteSpans.words(in: tokens[tail]) <= 4,
                    !tokens[tail].contains(where: { $0.is("that") })
                {
                    content = sentence.lowerBound..<(subjectStart - 1)  // …, the Kremlin said on Friday.
                    cue = subjectStart..<verb + 1
                } else {
                    var start = verb + 1
                    if tokens[verb].lowered.isOne(of: ["told", "tells"]) {
                        start = tokens[tail].prefix(5).firstIndex { $0.is("that") } ?? min(start + 1, sentence.upperBound)
                    } else if start < sentence.upperBound, tokens[start].classes.contains(.prepositions),
                        let that = tokens[start..<min(start + 12, sentence.upperBound)].firstIndex(where: { $0.is("that") }),
                        tokens[start..<that].allSatisfy({ $0.isWord || $0.is(".") })
                    {
                        start = that  // "said in an interview with the Gazette that …": what was said comes after "that"
                    } else if start < sentence.upperBound, tokens[start].is("to") {
                        start = sentence.upperBound  // "wrote to the mayor, asking …": to whom, and nothing reported
                    }
                    while start < sentence.upperBound, tokens[start].isWord, tokens[start].lowered.isOne(of: ["on", "in", "that"])
                        || TextScanning.weekdays.contains(tokens[start].lowered)
                    {
                        start += 1
                    }
                    content = start..<sentence.upperBound
                    cue = subjectStart..<verb + 1
                }
                guard let phrase else { continue }
                while let last = content.last, !tokens[last].isWord { content = content.dropLast() }
                guard QuoteSpans.words(in: tokens[content]) >= 4 else {
                    quotes.append((p, subject.lowerBound, phrase, nil))  // still a speaker "he" may point to later
                    continue
                }
                quotes.append((p, subject.lowerBound, phrase, Quote(
                    text: SpeakerPhrase.text(tokens[content]), kind: .indirect, speaker: nil,
                    cue: SpeakerPhrase.text(tokens[cue]), medium: CueFinder.medium(tokens, in: sentence), via: nil,
                    pieces: [Quote.Piece(paragraph: p, start: tokens[content.lowerBound].start, end: tokens[content.upperBound - 1].end)])))
            }
        }
        return quotes
    }

    /// "…, the crews tested the locks, said Ana Ruiz, head of the lock crew.": a speech verb after a
    /// comma that leads its speaker (a name or someone described), closing a sentence of reported words:
    /// after the speaker, only a description set off by a comma (", who runs the night shift") or a few words
    /// ("on Friday").
    private static func invertedCue(_ tokens: [Token], verb: Int, in sentence: Range<Int>) -> (Cue, SpeakerPhrase)? {
        guard verb > sentence.lowerBound + 3, tokens[verb - 1].is(","), CueFinder.invertingVerbs.contains(tokens[verb].lowered),
            let cue = CueFinder.after(tokens, in: verb..<sentence.upperBound), cue.hasSubject, cue.subject.lowerBound > verb,
            let phrase = SpeakerPhrase.parse(tokens[cue.subject], appositive: cue.appositive.map { tokens[$0] }),
            tokens[cue.subject.lowerBound].startsUppercase || phrase.canSpeak
        else { return nil }
        let rest = cue.subject.upperBound..<sentence.upperBound
        let words = QuoteSpans.words(in: tokens[rest])
        let described = rest.first.map { tokens[$0].is(",") } == true && words <= 25
        return described || words <= 3 ? (cue, phrase) : nil
    }
}
