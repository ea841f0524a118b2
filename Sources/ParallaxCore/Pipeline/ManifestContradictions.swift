/// Where a story folder's `story.toml` and an article's own text disagree.
///
/// The manifest is the reader's word and wins, but a disagreement is often a slip (an entry copied
/// to the wrong file), so each one is reported, naming the file, both values and the evidence.
enum ManifestContradictions {
    static func find(_ article: Article, metadata: SourceDocument.Metadata, recogniser: OutletRecognizer) -> [Diagnostic] {
        guard metadata.origin == Manifest.fileName else { return [] }
        var found: [Diagnostic] = []
        if let stated = metadata.outlet, !stated.isEmpty,
            let own = recogniser.recognise(article), own.isConfident,
            canonical(stated, recogniser.catalog) != canonical(own.name, recogniser.catalog)
        {
            let evidence = own.evidence.max { $0.weight < $1.weight }.map { " (\($0.source.rawValue) '\($0.pattern)')" } ?? ""
            found.append(Diagnostic(file: article.file, message: "story.toml says the outlet is '\(stated)' but the text points to '\(own.name)'\(evidence); story.toml wins"))
        }
        if let stated = metadata.date, let statedDay = DateParser.isoDate(in: stated),
            let stamp = article.boilerplate.first(where: { $0.kind == .timestamp }), let ownDay = DateParser.isoDate(in: stamp.text),
            statedDay != ownDay
        {
            found.append(Diagnostic(file: article.file, message: "story.toml gives the date \(statedDay) but the text is stamped \(ownDay) ('\(stamp.text)'); story.toml wins"))
        }
        return found
    }

    private static func canonical(_ name: String, _ catalog: OutletCatalog) -> String {
        (catalog.outlet(named: name)?.name ?? name).lowercased()
    }
}
