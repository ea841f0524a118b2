/// Quotes in a copy whose quotation marks were stripped (a lower-cased, tokenised reprint):
/// first the quotes of a cased copy of the same story laid onto it, then statements read from the
/// sentences themselves (“…, peskov said .” and the first-person sentences beside it).
enum DamagedCopyQuotes {
    /// A word folded for comparing copies: lower case, and British spellings read as American ones.
    static func fold(_ word: String) -> String {
        var word = TextScanning.lowercased(word)
        if word.utf8.contains(0xE2) { word = String(word.map { $0 == "’" ? "'" : $0 }) }
        if word.hasSuffixBytes("'s") { word.removeLast(2) }
        guard word.utf8.count > 5 else { return word }
        for (british, american) in editions where word.count > british.count + 2 && word.hasSuffixBytes(british) {
            word = String(word.dropLast(british.count)) + american
            break
        }
        return word
    }

    private static let editions = [("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"), ("ise", "ize"), ("ised", "ized"),
                                   ("ising", "izing"), ("isation", "ization"), ("ence", "ense"), ("our", "or"), ("tre", "ter")]

    private struct Position { var paragraph: Int; var token: Int }

    static func spans(for damaged: [[Token]], copies: [[[Token]]]) -> [QuotedSpan] {
        var stream: [(word: String, at: Position)] = []
        for (p, tokens) in damaged.enumerated() {
            for (t, token) in tokens.enumerated() where token.isWord { stream.append((fold(token.text), Position(paragraph: p, token: t))) }
        }
        var index: [String: [Int]] = [:]
        for (i, entry) in stream.enumerated() { index[entry.word, default: []].append(i) }
        var taken = Set<Int>()
        var spans: [QuotedSpan] = []
        for copy in copies {
            for span in QuoteSpans.find(copy) {
                let words = span.stretches.flatMap { stretch in copy[stretch.paragraph][stretch.tokens].filter(\.isWord).map { fold($0.text) } }
                guard let head = words.first, words.count >= 1 else { continue }
                for start in index[head] ?? [] where start + words.count <= stream.count {
                    guard (0..<words.count).allSatisfy({ stream[start + $0].word == words[$0] && !taken.contains(start + $0) }) else { continue }
                    var stretches: [QuotedStretch] = []
                    for offset in 0..<words.count {
                        let at = stream[start + offset].at
                        if let last = stretches.last, last.paragraph == at.paragraph {
                            stretches[stretches.count - 1].tokens = last.tokens.lowerBound..<at.token + 1
                        } else {
                            stretches.append(QuotedStretch(paragraph: at.paragraph, tokens: at.token..<at.token + 1))
                        }
                        taken.insert(start + offset)
                    }
                    // Keep the punctuation that closes the quoted words ("…mass media ,").
                    for k in stretches.indices {
                        let tokens = damaged[stretches[k].paragraph]
                        var end = stretches[k].tokens.upperBound
                        while end < tokens.count, tokens[end].kind == .punctuation, tokens[end].text.isOne(of: [",", ".", "?", "!"]) { end += 1 }
                        stretches[k].tokens = stretches[k].tokens.lowerBound..<end
                    }
                    spans.append(QuotedSpan(stretches: stretches))
                    break
                }
            }
        }
        let quotedParagraphs = Set(spans.flatMap { $0.stretches.map(\.paragraph) })
        spans += statements(in: damaged, skipping: quotedParagraphs)
        return spans.sorted { ($0.first.paragraph, $0.first.tokens.lowerBound) < ($1.first.paragraph, $1.first.tokens.lowerBound) }
    }

    /// “we regret this .” / “we regret that … , peskov said .”: a first-person clause closed by a cue,
    /// with the first-person paragraphs next to it that carry no cue of their own.
    private static func statements(in paragraphs: [[Token]], skipping: Set<Int>) -> [QuotedSpan] {
        func isFirstPerson(_ tokens: ArraySlice<Token>) -> Bool {
            tokens.contains { $0.isWord && $0.classes.contains(.firstPerson) }
        }
        func hasCue(_ tokens: [Token]) -> Bool { tokens.indices.contains { CueFinder.isVerb(tokens, $0) } }
        var spans: [QuotedSpan] = []
        var used = skipping
        for (p, tokens) in paragraphs.enumerated() where !used.contains(p) {
            // The last comma followed by a short cue: “…, peskov said .”
            guard let comma = tokens.lastIndex(where: { $0.is(",") }), comma >= 4,
                let cue = CueFinder.after(tokens, in: comma..<tokens.count), cue.hasSubject,
                tokens[cue.subject].allSatisfy({ !$0.classes.contains(.firstPerson) }),
                isFirstPerson(tokens[..<comma])
            else { continue }
            var stretches = [QuotedStretch(paragraph: p, tokens: 0..<comma + 1)]
            used.insert(p)
            var q = p - 1
            while q >= 0, !used.contains(q), isFirstPerson(paragraphs[q][...]), !hasCue(paragraphs[q]) {
                stretches.insert(QuotedStretch(paragraph: q, tokens: 0..<paragraphs[q].count), at: 0)
                used.insert(q)
                q -= 1
            }
            spans.append(QuotedSpan(stretches: stretches))
            var r = p + 1
            while r < paragraphs.count, !used.contains(r), let first = paragraphs[r].first(where: \.isWord),
                first.classes.contains(.firstPerson), !hasCue(paragraphs[r])
            {
                spans.append(QuotedSpan(stretches: [QuotedStretch(paragraph: r, tokens: 0..<paragraphs[r].count)]))
                used.insert(r)
                r += 1
            }
        }
        return spans
    }

    /// Whether two articles are copies of one story: most of the shorter one's five-word runs recur in the other.
    static func areCopies(_ a: [[Token]], _ b: [[Token]]) -> Bool {
        func shingles(_ paragraphs: [[Token]]) -> Set<Int> {
            Syndication.shingles(paragraphs.flatMap { $0.filter(\.isWord).map { fold($0.text) } })
        }
        let left = shingles(a), right = shingles(b)
        guard !left.isEmpty, !right.isEmpty else { return false }
        return Double(left.intersection(right).count) / Double(min(left.count, right.count)) >= 0.3
    }
}
