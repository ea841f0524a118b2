extension Story {
    /// The first article from an outlet (its name or an alias, case ignored) or with that file name.
    public func article(matching name: String) -> Int? {
        let key = OutletCatalog.key(name)
        if let index = articles.firstIndex(where: { article in
            article.outlet.map { OutletCatalog.key($0.name) == key || $0.outlet?.allNames.contains { OutletCatalog.key($0) == key } == true } ?? false
        }) {
            return index
        }
        return articles.firstIndex { article in
            let base = article.file.split(separator: "/").last.map(String.init) ?? article.file
            return base == name || base.hasPrefix(name) || article.file == name
        }
    }

    /// Each article's outlet name, or its file name when the outlet is unknown.
    public var outletNames: [String] {
        articles.map { article in article.outlet?.name ?? article.file.split(separator: "/").last.map(String.init) ?? article.file }
    }
}
