import Foundation

extension Encodable {
    /// Pretty-printed JSON with sorted keys, so output diffs cleanly. Encoding the reports' plain value types cannot fail.
    func reportJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(self)
        return String(decoding: data, as: UTF8.self)
    }
}
