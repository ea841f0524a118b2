import Foundation

/// The real articles in `../shared` (seeds and corpus), read at run time and never copied into the project.
///
/// CI always has `../shared` beside the checkout. On a clone without it, tests that need it are
/// skipped and a notice says so once on standard error.
public enum SharedFixtures {
    /// The package's root folder.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, or `$PARALLAX_SHARED` when set.
    public static let root: URL = {
        if let custom = ProcessInfo.processInfo.environment["PARALLAX_SHARED"] { return URL(fileURLWithPath: custom) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// True when `../shared/seeds` is present; prints a notice the first time it is not.
    public static var available: Bool {
        let present = FileManager.default.fileExists(atPath: root.appendingPathComponent("seeds/gold.json").path)
        if !present { noticeOnce }
        return present
    }

    private static let noticeOnce: Void = {
        FileHandle.standardError.write(Data("NOTICE: \(root.path) not found; tests on the real seed and corpus articles are skipped.\n".utf8))
    }()

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The five seed article paths, in order.
    public static var seedPaths: [String] {
        let folder = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// `seeds/gold.json` as a JSON object.
    public static func seedGold() throws -> [String: Any] {
        let data = try Data(contentsOf: root.appendingPathComponent("seeds/gold.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// The bundled example story (written for the project).
    public static var exampleStory: String { packageRoot.appendingPathComponent("Examples/harbour-strike").path }
}
