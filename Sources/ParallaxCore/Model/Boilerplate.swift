/// A line taken out of an article's body, kept so the reader can see what went and why.
public struct Boilerplate: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case caption
        case credit
        case byline
        case relatedLinks = "related-links"
        case timestamp
        case pageFurniture = "page-furniture"
        case promo
        case shareWidgets = "share-widgets"
        case copyright
        case sectionLabel = "section-label"

        /// A few words on why a line of this kind leaves the body.
        public var reason: String {
            switch self {
            case .caption: "photo or video caption"
            case .credit: "reporting and editing credits"
            case .byline: "byline"
            case .relatedLinks: "links to related stories"
            case .timestamp: "publication time stamp"
            case .pageFurniture: "page layout left over from the web page"
            case .promo: "newsletter, subscription or follow prompt"
            case .shareWidgets: "share buttons"
            case .copyright: "copyright notice"
            case .sectionLabel: "section label"
            }
        }
    }

    public var text: String
    public var kind: Kind
    /// The paragraph index (0-based, in the file's own order) where the line stood.
    public var position: Int

    public init(text: String, kind: Kind, position: Int) {
        self.text = text
        self.kind = kind
        self.position = position
    }
}

/// A person credited in the article's furniture.
public struct Credit: Sendable, Equatable, Codable {
    public enum Role: String, Sendable, Codable {
        case reporting, writing, editing, photo, contributing
    }

    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }
}
