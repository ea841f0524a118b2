/// Names the outlet that published an article from its own text and metadata, with evidence.
///
/// Only signs of authorship count: the manifest or the record's metadata, the URL's domain, a wire
/// dateline (`MOSCOW (Reuters) -`: a reprint names the wire), a copyright line, a byline naming the
/// outlet; the outlet's own photo credits and sign-off add weight but never name an outlet alone. An
/// outlet the text merely cites ("according to Reuters") is never taken for the author. With no
/// strong clue the outlet is unknown.
public struct OutletRecognizer: Sendable {
    public let catalog: OutletCatalog
    /// Attributions below this confidence are dropped (reported as unknown).
    public static let minimumConfidence = 0.25
    /// Clues at least this strong can name an outlet alone; weaker ones only add to them.
    static let strongClue = 0.5

    public init(catalog: OutletCatalog = .standard) {
        self.catalog = catalog
    }

    public func recognise(_ article: Article, metadata: SourceDocument.Metadata = .init()) -> OutletAttribution? {
        if let name = metadata.outlet, !name.isEmpty {
            let known = catalog.outlet(named: name)
            let source: OutletAttribution.Evidence.Source = metadata.origin == Manifest.fileName ? .manifest : .metadata
            return OutletAttribution(
                name: known?.name ?? name, confidence: 1,
                evidence: [.init(source: source, text: name, pattern: metadata.origin ?? "metadata", weight: 1)],
                outlet: known)
        }

        var clues: [(name: String, outlet: Outlet?, evidence: OutletAttribution.Evidence)] = []
        if let url = article.url ?? metadata.url, let outlet = catalog.outlet(url: url) {
            clues.append((outlet.name, outlet, .init(source: .url, text: url, pattern: outlet.domains.first ?? "", weight: 0.9)))
        }
        if let tag = article.dateline?.agency {
            if let outlet = catalog.outlet(datelineTag: tag) {
                clues.append((outlet.name, outlet, .init(source: .dateline, text: article.dateline!.raw, pattern: "(\(tag))", weight: 0.9)))
            } else {
                clues.append((tag, nil, .init(source: .dateline, text: article.dateline!.raw, pattern: "(\(tag))", weight: 0.5)))
            }
        }
        for line in article.boilerplate {
            switch line.kind {
            case .copyright:
                if let outlet = outletNamed(in: line.text) {
                    clues.append((outlet.name, outlet, .init(source: .copyright, text: line.text, pattern: outlet.name, weight: 0.85)))
                }
            case .caption:
                for outlet in catalog.outlets {
                    if let pattern = outlet.creditPatterns.first(where: { line.text.containsBytes($0) }) {
                        clues.append((outlet.name, outlet, .init(source: .caption, text: line.text, pattern: pattern, weight: 0.35)))
                    }
                }
            case .credit:
                // "Reporting by …; Editing by …" is Reuters' sign-off.
                if line.text.containsBytes("Reporting by"), line.text.containsBytes("Editing by"), let reuters = catalog.outlet(named: "Reuters") {
                    clues.append((reuters.name, reuters, .init(source: .credit, text: line.text, pattern: "Reporting by …; Editing by …", weight: 0.35)))
                }
            case .byline:
                if let organisation = CreditParser.byline(line.text).organisation, let outlet = catalog.outlet(named: organisation) {
                    clues.append((outlet.name, outlet, .init(source: .credit, text: line.text, pattern: organisation, weight: 0.6)))
                }
            default:
                break
            }
        }

        var best: OutletAttribution?
        var seen: [String: OutletAttribution] = [:]
        for clue in clues {
            var entry = seen[clue.name] ?? OutletAttribution(name: clue.name, confidence: 0, evidence: [], outlet: clue.outlet)
            entry.evidence.append(clue.evidence)
            // Independent clues combine: 1 - Π(1 - wᵢ).
            entry.confidence = 1 - (1 - entry.confidence) * (1 - clue.evidence.weight)
            seen[clue.name] = entry
        }
        // Photo credits and sign-offs only support a stronger clue: papers run wire photos every day.
        for entry in seen.values.sorted(by: { $0.name < $1.name })
        where entry.confidence > (best?.confidence ?? 0) && entry.evidence.contains(where: { $0.weight >= Self.strongClue }) {
            best = entry
        }
        guard var result = best, result.confidence >= Self.minimumConfidence else { return nil }
        result.confidence = (result.confidence * 100).rounded() / 100
        return result
    }

    /// The catalogued outlet whose name or alias stands in a line, longest name first.
    private func outletNamed(in line: String) -> Outlet? {
        var best: (Outlet, Int)?
        let lower = " " + line.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" } + " "
        for outlet in catalog.outlets {
            for name in outlet.allNames where name.count >= 2 {
                let key = " " + name.lowercased() + " "
                if lower.containsBytes(key), name.count > (best?.1 ?? 0) { best = (outlet, name.count) }
            }
        }
        return best?.0
    }
}
