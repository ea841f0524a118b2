import Synchronization
import ParallaxCore

/// An article laid out for a pane of a given width: wrapped lines, each piece styled.
struct ArticleLines {
    struct Span {
        var text: String
        var role: Theme.Role
        var speaker: Int?
    }

    struct Line {
        var spans: [Span]
        /// The paragraph the line belongs to (`nil` for header lines).
        var paragraph: Int?
    }

    /// Wraps styled spans to a width in cells, breaking at spaces (a word longer than the width is cut).
    static func wrap(_ spans: [Span], width: Int, paragraph: Int?) -> [Line] {
        guard width > 0 else { return [] }
        var lines: [Line] = []
        var current: [Span] = []
        var used = 0
        func flush() {
            lines.append(Line(spans: current, paragraph: paragraph))
            current = []
            used = 0
        }
        for span in spans {
            var word = ""
            func emit(_ piece: String) {
                let w = DisplayWidth.of(piece)
                if used > 0, used + w > width { flush() }
                var piece = piece
                if used == 0 { piece = String(piece.drop { $0 == " " }) }
                var w2 = DisplayWidth.of(piece)
                while w2 > width {
                    // A word wider than the pane: cut it.
                    var head = "", headWidth = 0
                    for c in piece where headWidth + DisplayWidth.of(c) <= width {
                        head.append(c)
                        headWidth += DisplayWidth.of(c)
                    }
                    current.append(Span(text: head, role: span.role, speaker: span.speaker))
                    flush()
                    piece = String(piece.dropFirst(head.count))
                    w2 = DisplayWidth.of(piece)
                }
                if !piece.isEmpty {
                    current.append(Span(text: piece, role: span.role, speaker: span.speaker))
                    used += w2
                }
            }
            for character in span.text {
                if character == " " {
                    emit(word)
                    word = " "
                } else {
                    word.append(character)
                }
            }
            if !word.isEmpty { emit(word) }
        }
        if !current.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    /// The article's lines: header, then each paragraph with its quotes coloured by speaker, the
    /// boilerplate (when shown) labelled with why it went, and search matches marked.
    /// What the wrapped lines of an article depend on, besides the model.
    struct Key: Equatable, Sendable {
        var article: Int
        var width: Int
        var boilerplate: Bool
        var query: String?
    }

    /// The last article wrapped, shared by the copies of one reader.
    final class Cache: Sendable {
        private let stored = Mutex<(key: Key, lines: [Line])?>(nil)

        func lines(for key: Key, make: () -> [Line]) -> [Line] {
            if let hit = stored.withLock({ $0?.key == key ? $0?.lines : nil }) { return hit }
            let lines = make()
            stored.withLock { $0 = (key, lines) }
            return lines
        }
    }

    static func lines(_ model: ReaderModel, article index: Int, width: Int, boilerplate: Bool, query: String?) -> [Line] {
        let article = model.story.articles[index]
        var lines: [Line] = []
        func header(_ text: String, _ role: Theme.Role) { lines += wrap([Span(text: text, role: role)], width: width, paragraph: nil) }
        header(article.headline ?? (article.file.split(separator: "/").last.map(String.init) ?? article.file), .headline)
        let meta = [article.dateline?.display, article.byline.map { "By \($0)" }, article.date].compactMap { $0 }
        if !meta.isEmpty { header(meta.joined(separator: " · "), .dateline) }
        if article.isRepaired { header("Repaired: this copy was damaged (lower-cased or tokenised); b shows what was removed.", .repaired) }
        lines.append(Line(spans: [], paragraph: nil))
        // Quoted stretches by paragraph, gathered once (a one-paragraph file can hold 80,000 quotes).
        var marksByParagraph: [Int: [(start: Int, end: Int, speaker: Int?)]] = [:]
        for quote in model.quotes.articles[index].quotes where quote.kind != .term && quote.kind != .indirect {
            let color = model.color(of: quote)
            for piece in quote.pieces { marksByParagraph[piece.paragraph, default: []].append((piece.start, piece.end, color)) }
        }
        for (p, paragraph) in article.paragraphs.enumerated() {
            // Spans: plain text, quoted stretches in their speaker's colour.
            let marks = (marksByParagraph[p] ?? []).sorted { $0.start < $1.start }
            var spans: [Span] = []
            let scalars = Array(paragraph.unicodeScalars)
            var at = 0
            for mark in marks where mark.start >= at && mark.end <= scalars.count {
                if mark.start > at { spans.append(Span(text: String(String.UnicodeScalarView(scalars[at..<mark.start])), role: .text)) }
                spans.append(Span(text: String(String.UnicodeScalarView(scalars[mark.start..<mark.end])), role: .quote, speaker: mark.speaker))
                at = mark.end
            }
            if at < scalars.count { spans.append(Span(text: String(String.UnicodeScalarView(scalars[at...])), role: .text)) }
            if let query, !query.isEmpty { spans = highlight(spans, query) }
            lines += wrap(spans, width: width, paragraph: p)
            lines.append(Line(spans: [], paragraph: p))
        }
        if boilerplate, !article.boilerplate.isEmpty {
            header("Removed (\(article.boilerplate.count)):", .dim)
            for item in article.boilerplate { lines += wrap([Span(text: "[\(item.kind.rawValue)] ", role: .dim), Span(text: item.text, role: .boilerplate)], width: width, paragraph: nil) }
        }
        return lines
    }

    /// Splits spans so each occurrence of the query (case ignored) is its own span, marked.
    static func highlight(_ spans: [Span], _ query: String) -> [Span] {
        let needle = query.lowercased()
        return spans.flatMap { span -> [Span] in
            var result: [Span] = []
            var rest = Substring(span.text)
            while let range = rest.lowercased().range(of: needle).map({ r -> Range<Substring.Index> in
                let lower = rest.index(rest.startIndex, offsetBy: rest.lowercased().distance(from: rest.lowercased().startIndex, to: r.lowerBound))
                return lower..<rest.index(lower, offsetBy: needle.count)
            }) {
                if range.lowerBound > rest.startIndex { result.append(Span(text: String(rest[..<range.lowerBound]), role: span.role, speaker: span.speaker)) }
                result.append(Span(text: String(rest[range]), role: .search))
                rest = rest[range.upperBound...]
            }
            if !rest.isEmpty { result.append(Span(text: String(rest), role: span.role, speaker: span.speaker)) }
            return result
        }
    }
}
