/// A stretch of quoted tokens inside one paragraph.
struct QuotedStretch: Sendable {
    var paragraph: Int
    /// Token range of the quoted words, marks excluded.
    var tokens: Range<Int>
    var openMark: Int?
    var closeMark: Int?
}

/// Quoted stretches that belong to one quotation: one, or several for a quote running over paragraphs.
struct QuotedSpan: Sendable {
    var stretches: [QuotedStretch]
    var first: QuotedStretch { stretches[0] }
    var last: QuotedStretch { stretches[stretches.count - 1] }
}

/// Pairs quotation marks into spans, paragraph by paragraph, and never gives up on an article:
/// an unmatched mark is recovered from locally and the rest of the article is read as usual.
enum QuoteSpans {
    static func find(_ paragraphs: [[Token]]) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        var continuing: Int?  // index in `spans` of a quote that runs on into the next paragraph
        for (p, tokens) in paragraphs.enumerated() {
            var found = pairs(in: tokens, paragraph: p, nextOpens: p + 1 < paragraphs.count ? opening(paragraphs[p + 1]) : nil)
            if let index = continuing {
                continuing = nil
                if let first = found.first, let open = first.stretch.openMark, open <= 1 {
                    spans[index].stretches.append(first.stretch)
                    if first.continues { continuing = index }
                    found.removeFirst()
                }
            }
            for item in found {
                spans.append(QuotedSpan(stretches: [item.stretch]))
                if item.continues { continuing = spans.count - 1 }
            }
        }
        return spans
    }

    /// The family of the mark a paragraph opens with, if it opens with one (after an optional dash).
    private static func opening(_ tokens: [Token]) -> QuoteMark.Family? {
        for index in tokens.indices.prefix(2) where tokens[index].kind == .mark {
            if let mark = QuoteMark.classify(tokens, at: index), mark.role != .close { return mark.family }
        }
        return nil
    }

    private static func pairs(in tokens: [Token], paragraph: Int, nextOpens: QuoteMark.Family?)
        -> [(stretch: QuotedStretch, continues: Bool)]
    {
        var result: [(stretch: QuotedStretch, continues: Bool)] = []
        var stack: [(family: QuoteMark.Family, index: Int)] = []
        var orphanCloser: Int?
        func close(at index: Int, level: Int) {
            if level == 0 {
                result.append((QuotedStretch(paragraph: paragraph, tokens: stack[0].index + 1..<index, openMark: stack[0].index, closeMark: index), false))
            }
            stack.removeSubrange(level...)
        }
        for index in tokens.indices where tokens[index].kind == .mark {
            guard let mark = QuoteMark.classify(tokens, at: index) else { continue }
            let level = stack.lastIndex { $0.family == mark.family }
            switch mark.role {
            case .close:
                if let level {
                    close(at: index, level: level)
                } else if mark.family == .double, stack.isEmpty, result.isEmpty, orphanCloser == nil {
                    orphanCloser = index
                }
            case .either:
                if let level { close(at: index, level: level) } else { stack.append((mark.family, index)) }
            case .open:
                if let level {
                    // An opener while one of its kind is open: the earlier one was never closed. Drop it.
                    stack.removeSubrange(level...)
                }
                stack.append((mark.family, index))
            }
        }
        if let closer = orphanCloser, words(in: tokens[0..<closer]) >= 3 {
            // A closing mark with no opening one: the quote runs from the start of the paragraph.
            result.insert((QuotedStretch(paragraph: paragraph, tokens: 0..<closer, openMark: nil, closeMark: closer), false), at: 0)
        }
        if let bottom = stack.first {
            let stretch = QuotedStretch(paragraph: paragraph, tokens: bottom.index + 1..<tokens.count, openMark: bottom.index, closeMark: nil)
            if nextOpens == bottom.family {
                result.append((stretch, true))
            } else if bottom.family == .double, words(in: tokens[stretch.tokens]) >= 2 {
                result.append((stretch, false))  // never closed: read to the end of the paragraph
            }
        }
        return result.filter { !$0.stretch.tokens.isEmpty }
    }

    static func words(in tokens: ArraySlice<Token>) -> Int { tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) } }
}
