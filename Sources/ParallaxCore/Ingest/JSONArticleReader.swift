import Foundation

/// Reads articles from `.json` (one object, or an array of them) and `.jsonl` (one object a line),
/// accepting the key spellings datasets use.
enum JSONArticleReader {
    static let textKeys = ["text", "body", "content", "article", "maintext", "full_text", "story"]
    static let titleKeys = ["title", "headline", "heading"]
    static let outletKeys = ["source", "outlet", "publisher", "site_name", "source_name", "media", "publication"]
    static let urlKeys = ["url", "link", "source_url", "canonical_url"]
    static let dateKeys = ["date", "published", "publishedAt", "published_at", "pubDate", "date_publish", "datePublished", "publish_date"]
    static let authorKeys = ["author", "authors", "byline", "creator"]

    /// One record's result: a document, or what is wrong with it.
    typealias Record = Result<SourceDocument, Diagnostic>

    static func readObjectFile(_ text: String, file: String) -> [Record] {
        guard let data = text.data(using: .utf8), let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return [.failure(Diagnostic(file: file, message: "not valid JSON"))] }
        if let array = value as? [Any] {
            return array.enumerated().map { index, item in document(item, file: "\(file)#\(index + 1)") }
        }
        return [document(value, file: file)]
    }

    static func readLinesFile(_ text: String, file: String) -> [Record] {
        var records: [Record] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let name = "\(file):\(index + 1)"
            guard let data = trimmed.data(using: .utf8), let value = try? JSONSerialization.jsonObject(with: data) else {
                records.append(.failure(Diagnostic(file: name, message: "not valid JSON")))
                continue
            }
            records.append(document(value, file: name))
        }
        if records.isEmpty { records.append(.failure(Diagnostic(file: file, message: "no JSON records"))) }
        return records
    }

    private static func document(_ value: Any, file: String) -> Record {
        guard let object = value as? [String: Any] else {
            return .failure(Diagnostic(file: file, message: "not an article: expected a JSON object"))
        }
        guard let text = firstString(object, textKeys) else {
            return .failure(Diagnostic(file: file, message: "not an article: no text (expected one of the keys \(textKeys.prefix(3).map { "'\($0)'" }.joined(separator: ", ")))"))
        }
        let outletKey = outletKeys.first { object[$0] != nil }
        let metadata = SourceDocument.Metadata(
            title: firstString(object, titleKeys),
            outlet: firstString(object, outletKeys),
            url: firstString(object, urlKeys),
            date: firstString(object, dateKeys),
            author: firstString(object, authorKeys),
            origin: outletKey.map { "JSON field '\($0)'" })
        return .success(SourceDocument(file: file, format: .json, text: text, metadata: metadata))
    }

    /// The first key holding a string, a number, an object with a `name`, or a list of those.
    private static func firstString(_ object: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            if let text = string(object[key]), !text.isEmpty { return text }
        }
        return nil
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text.trimmingCharacters(in: .whitespacesAndNewlines)
        case let number as NSNumber: return number.stringValue
        case let object as [String: Any]: return string(object["name"] ?? object["title"])
        case let list as [Any]:
            let parts = list.compactMap { string($0) }.filter { !$0.isEmpty }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        default: return nil
        }
    }
}
