/// Everything loaded from the paths a reader gave: the articles and the files that could not be read.
public struct Story: Sendable {
    /// A name for the story: the manifest's title, else the folder's name.
    public var title: String
    public var articles: [Article]
    public var diagnostics: [Diagnostic]

    public init(title: String, articles: [Article], diagnostics: [Diagnostic]) {
        self.title = title
        self.articles = articles
        self.diagnostics = diagnostics
    }
}
