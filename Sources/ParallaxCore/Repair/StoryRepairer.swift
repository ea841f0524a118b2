/// Repairs damaged copies in a story, using the story's clean articles as the dictionary.
public struct StoryRepairer: Sendable {
    let catalog: OutletCatalog

    public init(catalog: OutletCatalog = .standard) {
        self.catalog = catalog
    }

    /// Repairs every damaged article in place; clean ones are left as they are. Each repaired article
    /// keeps its original paragraphs and says what was done in its warnings.
    public func repair(_ articles: inout [Article]) {
        let damage = articles.map { Damage.assess($0.paragraphs) }
        guard damage.contains(where: { !$0.isEmpty }) else { return }
        let clean = articles.indices.filter { damage[$0].isEmpty }.flatMap { articles[$0].paragraphs }
        let model = CaseModel(paragraphs: clean)
        for index in articles.indices where !damage[index].isEmpty {
            repair(&articles[index], damage: damage[index], model: model)
        }
    }

    func repair(_ article: inout Article, damage: Damage, model: CaseModel) {
        let truecaser = Truecaser(model: model)
        article.originalParagraphs = article.paragraphs
        article.paragraphs = article.paragraphs.map { paragraph in
            var text = paragraph
            if damage.contains(.tokenised) { text = Detokenizer.detokenise(text, apostrophe: model.apostrophe) }
            if damage.contains(.lowercased) { text = truecaser.apply(text) }
            return text
        }
        if damage.contains(.lowercased) {
            if let headline = article.headline { article.headline = truecaser.apply(headline) }
            if var dateline = article.dateline {
                // Wire datelines set the place in capitals and the agency as the agency writes it.
                dateline.place = dateline.place.uppercased()
                if let agency = dateline.agency {
                    if let outlet = catalog.outlet(datelineTag: agency) {
                        dateline.agency = outlet.datelineTags.first { $0.lowercased() == agency.lowercased() } ?? outlet.datelineTags.first ?? outlet.name
                    } else {
                        dateline.agency = model.form(for: agency.lowercased(), previous: nil, next: nil)
                            ?? agency.prefix(1).uppercased() + agency.dropFirst()
                    }
                }
                article.dateline = dateline
            }
        }
        article.warnings.append("repaired: the copy was \(damage.description); the original is kept")
    }
}
