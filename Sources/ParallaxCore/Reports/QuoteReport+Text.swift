extension QuoteReport {
    /// Readable text: quotes grouped by speaker (most-quoted first), then unattributed ones, then reactions.
    public func text() -> String {
        var out = ""
        var bySpeaker: [String: [(file: String, quote: QuoteRecord)]] = [:]
        var order: [String] = []
        for article in articles {
            for quote in article.quotes where quote.kind != "term" {
                let name = quote.speaker?.name ?? "(no speaker found)"
                if bySpeaker[name] == nil { order.append(name) }
                bySpeaker[name, default: []].append((article.file, quote))
            }
        }
        order.sort { (bySpeaker[$0]!.count, $1) > (bySpeaker[$1]!.count, $0) }
        if let unattributed = order.firstIndex(of: "(no speaker found)") { order.append(order.remove(at: unattributed)) }
        for name in order {
            let roles = speakers.first { $0.name == name }?.roles ?? []
            out += "== \(name)" + (roles.isEmpty ? "" : " — " + roles.joined(separator: "; ")) + "\n"
            for (file, quote) in bySpeaker[name]! {
                let marks = quote.kind == "indirect" ? ("", "") : ("“", "”")
                out += "  [\(quote.kind)] \(marks.0)\(quote.text)\(marks.1)\n"
                out += "      \(file) ¶\(quote.paragraph + 1)" + (quote.medium.map { " · \($0)" } ?? "") + (quote.via.map { " · via \($0)" } ?? "") + "\n"
            }
            out += "\n"
        }
        if !reactions.isEmpty {
            out += "== Reactions\n"
            for reaction in reactions {
                out += "  \(reaction.actor): \(reaction.stance) (\(reaction.evidence.count))\n"
            }
        }
        return out
    }
}
