/// A story folder's `story.toml`: what the reader knows about each file. It wins over guessing.
///
/// ```toml
/// title = "Harbour strike"
///
/// [[article]]
/// file = "gazette.txt"
/// outlet = "Harbour Gazette"
/// url = "https://gazette.example/strike"
/// date = 2031-03-14
/// title = "Dockers walk out"
/// ```
public struct Manifest: Sendable, Equatable {
    public static let fileName = "story.toml"

    public var title: String?
    /// Metadata by the file's path relative to the manifest's folder.
    public var entries: [String: SourceDocument.Metadata]

    public init(title: String? = nil, entries: [String: SourceDocument.Metadata] = [:]) {
        self.title = title
        self.entries = entries
    }

    /// Parses a manifest. Problems that spoil only one entry become diagnostics and the rest is kept;
    /// a syntax error throws, with the line and column.
    public static func parse(_ text: String, file: String) throws(TOMLError) -> (Manifest, [Diagnostic]) {
        let root = try TOML.parse(text)
        var manifest = Manifest()
        var problems: [Diagnostic] = []
        func problem(_ message: String) { problems.append(Diagnostic(file: file, message: message)) }

        for (key, value) in root.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "title":
                if let title = value.string { manifest.title = title } else { problem("title: expected a string, found \(value.typeName)") }
            case "article":
                guard let items = value.array else {
                    problem("article: expected [[article]] tables, found \(value.typeName)")
                    continue
                }
                for (index, item) in items.enumerated() {
                    let place = "article #\(index + 1)"
                    guard let table = item.table else { problem("\(place): expected a table"); continue }
                    guard let path = table["file"]?.string, !path.isEmpty else {
                        problem("\(place): missing 'file'")
                        continue
                    }
                    guard let normal = normalise(path) else {
                        problem("\(place): file '\(path)' is outside the story folder; entry ignored")
                        continue
                    }
                    if manifest.entries[normal] != nil {
                        problem("\(place): file '\(path)' is named again; this later entry wins")
                    }
                    var metadata = SourceDocument.Metadata(origin: fileName)
                    for (field, fieldValue) in table.sorted(by: { $0.key < $1.key }) where field != "file" {
                        guard let text = fieldValue.string else {
                            problem("\(place).\(field): expected a string, found \(fieldValue.typeName)")
                            continue
                        }
                        switch field {
                        case "outlet": metadata.outlet = text
                        case "url": metadata.url = text
                        case "date": metadata.date = text
                        case "title": metadata.title = text
                        case "author", "byline": metadata.author = text
                        default: problem("\(place): unknown key '\(field)' (known: file, outlet, url, date, title, author)")
                        }
                    }
                    manifest.entries[normal] = metadata
                }
            default:
                problem("unknown key '\(key)' (known: title, [[article]])")
            }
        }
        return (manifest, problems)
    }

    /// A relative path inside the folder, with `.` and `..` resolved; `nil` when it leaves the folder.
    static func normalise(_ path: String) -> String? {
        guard !path.hasPrefix("/") else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
