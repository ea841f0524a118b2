/// The whole core pipeline for a set of paths: ingest → clean → repair → outlets.
public struct StoryLoader: Sendable {
    public var ingestor: Ingestor
    public var cleaner: ArticleCleaner
    public var recogniser: OutletRecognizer
    public var repairer: StoryRepairer

    public init(catalog: OutletCatalog = .standard) {
        ingestor = Ingestor()
        cleaner = ArticleCleaner()
        recogniser = OutletRecognizer(catalog: catalog)
        repairer = StoryRepairer(catalog: catalog)
    }

    /// Loads every article under the paths. Never throws: unreadable files become diagnostics.
    /// `progress` hears what is being done ("cleaning 120 of 838"), for a reader's status bar.
    public func load(_ paths: [String], progress: ((String) -> Void)? = nil) -> Story {
        progress?("reading \(paths.count == 1 ? paths[0] : "\(paths.count) paths")")
        let ingested = ingestor.load(paths)
        return build(ingested.documents, title: ingested.title ?? Self.defaultTitle(paths), diagnostics: ingested.diagnostics, progress: progress)
    }

    /// Cleans, repairs and attributes documents already read.
    public func build(_ documents: [SourceDocument], title: String, diagnostics: [Diagnostic] = [], progress: ((String) -> Void)? = nil) -> Story {
        var articles: [Article] = []
        articles.reserveCapacity(documents.count)
        for (index, document) in documents.enumerated() {
            if let progress, index % 50 == 0, documents.count > 50 { progress("cleaning \(index) of \(documents.count) articles") }
            articles.append(cleaner.clean(document))
        }
        progress?("repairing damaged copies and naming outlets")
        repairer.repair(&articles)
        var diagnostics = diagnostics
        for index in articles.indices {
            articles[index].outlet = recogniser.recognise(articles[index], metadata: documents[index].metadata)
            diagnostics += ManifestContradictions.find(articles[index], metadata: documents[index].metadata, recogniser: recogniser)
        }
        return Story(title: title, articles: articles, diagnostics: diagnostics)
    }

    static func defaultTitle(_ paths: [String]) -> String {
        if paths.count == 1, let last = paths[0].split(separator: "/").last { return String(last) }
        return "\(paths.count) paths"
    }
}
