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
    public func load(_ paths: [String]) -> Story {
        let ingested = ingestor.load(paths)
        return build(ingested.documents, title: ingested.title ?? Self.defaultTitle(paths), diagnostics: ingested.diagnostics)
    }

    /// Cleans, repairs and attributes documents already read.
    public func build(_ documents: [SourceDocument], title: String, diagnostics: [Diagnostic] = []) -> Story {
        var articles = documents.map(cleaner.clean)
        repairer.repair(&articles)
        for index in articles.indices {
            articles[index].outlet = recogniser.recognise(articles[index], metadata: documents[index].metadata)
        }
        return Story(title: title, articles: articles, diagnostics: diagnostics)
    }

    static func defaultTitle(_ paths: [String]) -> String {
        if paths.count == 1, let last = paths[0].split(separator: "/").last { return String(last) }
        return "\(paths.count) paths"
    }
}
