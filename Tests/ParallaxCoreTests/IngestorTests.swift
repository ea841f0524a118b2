import Foundation
import Glibc
import Testing
@testable import ParallaxCore

/// A scratch folder removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "parallax-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }
}

@Suite struct IngestorTests {
    @Test func folderWalkReadsEveryFormatInNameOrder() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Plain text article.\n")
        try folder.write("b.md", "# Heading\n\nBody.\n")
        try folder.write("c.json", #"{"headline": "H", "body": "Text of c.", "source": {"name": "Gazette"}, "published": "2031-03-14T10:00:00Z"}"#)
        try folder.write("d.jsonl", "{\"title\": \"One\", \"text\": \"First.\"}\n\n{\"title\": \"Two\", \"content\": \"Second.\"}\n")
        try folder.write("sub/e.txt", "Nested.\n")
        try folder.write("notes.csv", "ignored,by,extension\n")
        try folder.write(".hidden.txt", "ignored\n")
        let result = Ingestor().load([folder.path])
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.map { $0.file.replacingOccurrences(of: folder.path + "/", with: "") } == [
            "a.txt", "b.md", "c.json", "d.jsonl:1", "d.jsonl:3", "sub/e.txt",
        ])
        let json = result.documents[2]
        #expect(json.metadata.title == "H")
        #expect(json.metadata.outlet == "Gazette")
        #expect(json.metadata.date == "2031-03-14T10:00:00Z")
        #expect(json.metadata.origin == "JSON field 'source'")
        #expect(result.documents[4].text == "Second.")
    }

    @Test func badFilesGetDiagnosticsAndTheOthersStillLoad() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", "A good article.\n")
        try folder.write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        try folder.write("empty.txt", "  \n\n")
        try folder.write("page.html", "<html></html>")
        try folder.write("broken.json", "{not json")
        try folder.write("other.json", #"{"answers": []}"#)
        #expect(mkfifo(folder.path + "/pipe.txt", 0o600) == 0)
        let result = Ingestor().load([folder.path, folder.path + "/missing.txt"])
        #expect(result.documents.count == 1)
        let messages = result.diagnostics.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(messages == [
            "pipe.txt: skipped: a FIFO, not a regular file",
            "binary.txt: not text (binary data at byte 4)",
            "broken.json: not valid JSON",
            "empty.txt: empty file",
            "other.json: not an article: no text (expected one of the keys 'text', 'body', 'content')",
            "page.html: HTML is not supported yet; save the page as text (.txt) and load that",
            "missing.txt: no such file or folder",
        ])
    }

    @Test func symlinkLoopsAndLinksOutsideAreSafe() throws {
        let folder = try TemporaryFolder()
        let outside = try TemporaryFolder()
        try outside.write("secret.txt", "Outside the story.\n")
        try folder.write("story/a.txt", "Inside.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/story/loop", withDestinationPath: folder.path + "/story")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/story/leak.txt", withDestinationPath: outside.path + "/secret.txt")
        let result = Ingestor().load([folder.path + "/story"])
        #expect(result.documents.map(\.text) == ["Inside.\n"])
        #expect(result.diagnostics.map(\.message) == ["symbolic link leads outside the story folder; skipped"])
    }

    @Test func manifestMetadataAppliesAndMisnamedEntriesAreReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Article.\n")
        try folder.write("story.toml", "title = \"Harbour\"\n[[article]]\nfile = \"a.txt\"\noutlet = \"Gazette\"\n[[article]]\nfile = \"gone.txt\"\n")
        let result = Ingestor().load([folder.path])
        #expect(result.title == "Harbour")
        #expect(result.documents.first?.metadata.outlet == "Gazette")
        #expect(result.diagnostics.map(\.message) == ["names 'gone.txt', which is not an article file in the folder"])
    }

    @Test func malformedManifestIsIgnoredWithItsLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Article.\n")
        try folder.write("story.toml", "title = \"ok\"\n[[article]\n")
        let result = Ingestor().load([folder.path])
        #expect(result.documents.count == 1)
        #expect(result.diagnostics.map(\.message) == ["line 2, column 11: expected ']]' to close the array of tables; the manifest is ignored"])
    }

    @Test func standardInputIsReadForDash() {
        let ingestor = Ingestor(standardInput: { Array("From a pipe.\n".utf8) })
        let result = ingestor.load(["-"])
        #expect(result.documents.map(\.file) == ["-"])
        #expect(result.documents.first?.text == "From a pipe.\n")
    }

    @Test func controlCharactersInJSONFieldsAreRemoved() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.json", #"{"title": "T\u001b[2J", "text": "Body\u001b]0;x\u0007."}"#)
        let result = Ingestor().load([folder.path])
        #expect(result.documents.first?.text == "Body]0;x.")
        #expect(result.documents.first?.metadata.title == "T[2J")
    }
}

/// File names are input too: a name with a newline or an escape sequence is shown safely.
struct HostileFileNameTests {
    @Test func namesWithControlsAreMadePrintable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = "evil\u{1B}]0;owned\u{07}\nname.txt"
        try "The harbour reopened on Monday after a week of talks between the union and the port.".write(
            to: folder.appendingPathComponent(hostile), atomically: true, encoding: .utf8)
        try Data([0, 1, 2]).write(to: folder.appendingPathComponent("bin\u{1B}[2J.txt"))
        let story = StoryLoader().load([folder.path])
        let names = story.articles.map(\.file) + story.diagnostics.map(\.description)
        #expect(story.articles.count == 1)
        #expect(story.diagnostics.count == 1)
        for name in names { #expect(!name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }) }
        #expect(story.articles[0].file.hasSuffix("evil?]0;owned??name.txt"))
        #expect(!ParseReport(story: story).text().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
