/// Turns one source document into a clean article: headline, dateline, date, byline and credits,
/// body paragraphs, and the boilerplate that left the body, each line with its kind.
///
/// The rules are general (shapes of web pages, wire copy and datasets), never keyed to one site.
public struct ArticleCleaner: Sendable {
    public init() {}

    public func clean(_ document: SourceDocument) -> Article {
        var article = Article(file: document.file, url: document.metadata.url, warnings: document.warnings)
        let raw = ParagraphSplitter.split(document.text, markdown: document.format == .markdown)

        // 1. Line by line: boilerplate or text.
        var kinds: [Boilerplate.Kind?] = raw.map { BoilerplateRules.classify($0) }
        markRelatedRuns(raw, &kinds)

        var body: [(text: String, position: Int)] = []
        for (position, line) in raw.enumerated() {
            if let kind = kinds[position] {
                article.boilerplate.append(Boilerplate(text: line, kind: kind, position: position))
                absorb(line, kind: kind, into: &article)
            } else {
                body.append((line, position))
            }
        }

        // 2. Headline: the metadata's title, a Markdown heading, or a short first line.
        var headline = document.metadata.title.map { TextScanning.collapsingSpaces($0) }
        if let first = body.first {
            let firstText = stripHeadingMarks(first.text)
            if let title = headline, sameText(title, firstText) {
                body.removeFirst()
            } else if headline == nil, body.count >= 2, first.text.hasPrefixBytes("#") || isHeadlineLike(firstText) {
                headline = firstText
                body.removeFirst()
                if headline!.hasSuffixBytes(";"), let deck = body.first, deck.text.spaceSeparated().count <= 25, body.count >= 2 {
                    // A headline and its deck ("…; " then a second title line): the deck goes with the headline.
                    article.boilerplate.append(Boilerplate(text: deck.text, kind: .sectionLabel, position: deck.position))
                    body.removeFirst()
                }
            }
        }
        if var text = headline {
            while text.hasSuffixBytes(";") || text.hasSuffixBytes(" ") { text.removeLast() }
            article.headline = text.isEmpty ? nil : text
        }

        // 3. Dateline at the start of the first paragraph (or standing alone on its own line).
        if let first = body.first, let (dateline, rest) = DatelineParser.parse(first.text) {
            article.dateline = dateline
            if rest.isEmpty { body.removeFirst() } else { body[0].text = rest }
        }

        article.paragraphs = body.map { stripHeadingMarks($0.text) }.filter { !$0.isEmpty }
        article.boilerplate.sort { $0.position < $1.position }

        // 4. Date and byline: metadata wins, then the page's own furniture.
        if let date = document.metadata.date {
            article.date = DateParser.isoDate(in: date) ?? date
        }
        if article.date == nil, let stamp = article.boilerplate.first(where: { $0.kind == .timestamp }) {
            article.date = DateParser.isoDate(in: stamp.text)
        }
        if let author = document.metadata.author { article.byline = author }
        if article.byline == nil {
            let reporters = article.credits.filter { $0.role == .reporting || $0.role == .writing }.map(\.name)
            if !reporters.isEmpty { article.byline = reporters.joined(separator: " and ") }
        }
        return article
    }

    /// Takes what a boilerplate line tells (byline, credits, photo credit) into the article's fields.
    private func absorb(_ line: String, kind: Boilerplate.Kind, into article: inout Article) {
        switch kind {
        case .byline:
            let (names, _) = CreditParser.byline(line)
            if article.byline == nil, !names.isEmpty { article.byline = names.joined(separator: " and ") }
        case .credit:
            article.credits += CreditParser.credits(inCreditLine: line)
        case .caption:
            if let credit = CreditParser.photoCredit(inCaption: line) { article.credits.append(credit) }
        default:
            break
        }
    }

    /// Two or more list items in a row that read like headlines are a related-links block; so is a
    /// list item right after a "Related:" label.
    private func markRelatedRuns(_ lines: [String], _ kinds: inout [Boilerplate.Kind?]) {
        var index = 0
        while index < lines.count {
            guard kinds[index] == nil, BoilerplateRules.isHeadlineLikeListItem(lines[index]) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < lines.count, kinds[end + 1] == nil, BoilerplateRules.isHeadlineLikeListItem(lines[end + 1]) { end += 1 }
            let afterLabel = index > 0 && kinds[index - 1] == .relatedLinks
            if end > index || afterLabel {
                for i in index...end { kinds[i] = .relatedLinks }
            }
            index = end + 1
        }
    }

    /// A first line that reads like a headline: short, one sentence at most, not a quote with its speaker.
    func isHeadlineLike(_ line: String) -> Bool {
        let words = line.spaceSeparated()
        guard (1...25).contains(words.count), line.count <= 220 else { return false }
        guard let last = line.last, last != ",", last != ":" else { return false }
        if DatelineParser.parse(line) != nil { return false }
        // More than one sentence is a lede, not a headline.
        let inner = line.dropLast()
        if inner.containsBytes(". ") && !inner.containsBytes("… ") && words.count > 12 { return false }
        let capitalised = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }.count
        if last == ".", words.count > 16, capitalised * 2 < words.count { return false }
        if words.count > 20, capitalised * 2 < words.count { return false }
        return true
    }

    private func stripHeadingMarks(_ text: String) -> String {
        guard text.hasPrefixBytes("#") else { return text }
        return TextScanning.trimmed(text.drop(while: { $0 == "#" }))
    }

    private func sameText(_ a: String, _ b: String) -> Bool {
        let fold: (String) -> String = { $0.lowercased().filter { $0.isLetter || $0.isNumber } }
        return fold(a) == fold(b)
    }
}
