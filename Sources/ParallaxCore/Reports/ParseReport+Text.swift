import Foundation

extension ParseReport {
    /// A readable listing for terminals and pipes: fields, body paragraphs, then what was removed and why.
    public func text() -> String {
        var out = ""
        for (index, article) in articles.enumerated() {
            if index > 0 { out += "\n" }
            out += "== \(article.file)\n"
            if let outlet = article.outlet {
                let sure = outlet.confidence >= 0.5 ? "" : " (uncertain)"
                let clue = outlet.evidence.first.map { ", from \($0.source) '\($0.pattern)'" } ?? ""
                out += "Outlet:    \(outlet.name)\(sure) — confidence \(outlet.confidence)\(clue)\n"
            } else {
                out += "Outlet:    unknown (the text does not say)\n"
            }
            out += field("Headline", article.headline)
            out += field("Dateline", article.dateline)
            out += field("Date", article.date)
            out += field("Byline", article.byline)
            out += field("URL", article.url)
            for warning in article.warnings { out += "Note:      \(warning)\n" }
            out += "\n"
            for paragraph in article.paragraphs { out += "  \(paragraph)\n\n" }
            if !article.boilerplate.isEmpty {
                out += "Removed (\(article.boilerplate.count)):\n"
                for line in article.boilerplate {
                    out += "  [\(line.kind)] \(line.text)\n"
                }
            }
        }
        if !errors.isEmpty {
            out += "\nNot loaded (\(errors.count)):\n"
            for error in errors { out += "  \(error.file): \(error.message)\n" }
        }
        return out
    }

    private func field(_ name: String, _ value: String?) -> String {
        guard let value else { return "" }
        return (name + ":").padding(toLength: 11, withPad: " ", startingAt: 0) + value + "\n"
    }
}
