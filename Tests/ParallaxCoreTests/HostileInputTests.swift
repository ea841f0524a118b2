import Foundation
import Glibc
import Testing
@testable import ParallaxCore

/// Input that breaks naive readers: odd names, files that change under us, files too big to keep
/// whole, quotation marks by the thousand. Each gives a clear diagnostic and the rest still loads.
@Suite struct HostileInputTests {
    static let article = "The harbour reopened on Monday. \"We are back at work,\" said Mara Lind, a crane driver.\n"

    @Test func aNameThatIsNotUTF8IsReadAndShownWithAQuestionMark() throws {
        let folder = try TemporaryFolder()
        try folder.write("ok.txt", Self.article)
        // "café.txt" in Latin-1: the é is the lone byte 0xE9, which is not UTF-8.
        let raw = Array((folder.path + "/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        #expect(fd >= 0)
        _ = Array(Self.article.utf8).withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        close(fd)
        let story = StoryLoader().load([folder.path])
        #expect(story.diagnostics.isEmpty)
        #expect(story.articles.map { $0.file.replacingOccurrences(of: folder.path + "/", with: "") } == ["caf?.txt", "ok.txt"])
        #expect(story.articles[0].paragraphs == story.articles[1].paragraphs)
    }

    @Test func aFileThatVanishesOrTurnsIntoAFIFOWhileLoadingIsNamedAndTheRestLoads() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", Self.article)
        try folder.write("b.txt", Self.article)
        try folder.write("c.txt", Self.article)
        var ingestor = Ingestor()
        ingestor.willRead = { path in
            if path.hasSuffix("/a.txt") { unlink(path) }
            if path.hasSuffix("/b.txt") {
                unlink(path)
                mkfifo(path, 0o600)  // a read of it would block forever without O_NONBLOCK and the type check
            }
        }
        let result = ingestor.load([folder.path])
        #expect(result.documents.map(\.file) == [folder.path + "/c.txt"])
        #expect(result.diagnostics.map(\.description) == [
            folder.path + "/a.txt: no such file or folder",
            folder.path + "/b.txt: skipped: a FIFO, not a regular file",
        ])
    }

    @Test func aFileThatCannotBeReadIsNamedWithTheReason() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", Self.article)
        // /proc/self/mem is a regular file whose first page cannot be read (EIO), even for root.
        let result = Ingestor().load(["/proc/self/mem", good])
        #expect(result.documents.map(\.file) == [good])
        #expect(result.diagnostics.map(\.description) == ["/proc/self/mem: cannot be read (Input/output error)"])
        if geteuid() != 0 {
            let locked = try folder.write("locked.txt", Self.article)
            chmod(locked, 0)
            #expect(Ingestor().load([locked]).diagnostics.map(\.message) == ["cannot be read (Permission denied)"])
        }
    }

    @Test func devicesAreSkippedWithoutBeingRead() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", Self.article)
        // /dev/zero never ends and /dev/tty may block: neither is opened for reading.
        let result = Ingestor().load(["/dev/zero", "/dev/urandom", good])
        #expect(result.documents.map(\.file) == [good])
        #expect(result.diagnostics.map(\.description) == [
            "/dev/zero: skipped: a character device, not a regular file",
            "/dev/urandom: skipped: a character device, not a regular file",
        ])
    }

    @Test func aFileOverTheLimitIsCutOnALineEndAndSaysSo() throws {
        let folder = try TemporaryFolder()
        let line = "Dockers voted to return to work on Monday after nine days.\n"
        let path = try folder.write("big.txt", String(repeating: line, count: 1000))
        let contents = try FileReader.read(FilePath(path), limit: 10_000)
        #expect(contents.bytes.count <= 10_000)
        #expect(contents.bytes.count % line.utf8.count == 0)  // whole lines only
        #expect(contents.cutFrom == line.utf8.count * 1000)
        #expect(contents.cutNote?.contains("only the first") == true)
        #expect(try FileReader.read(FilePath(path)).cutFrom == nil)
    }

    @Test func aCutNeverSplitsACharacter() {
        let bytes = Array(String(repeating: "Kovač日本", count: 100).utf8)
        for end in 1..<200 {
            let cut = FileReader.cutPoint(bytes, before: end)
            #expect(cut <= end && end - cut < 4)
            #expect(String(validating: bytes[..<cut], as: UTF8.self) != nil)
        }
        let units = Array(String(repeating: "Kovač\n", count: 50).utf16)
        let utf16: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for end in 3..<200 { #expect(FileReader.cutPoint(utf16, before: end) % 2 == 0) }
    }

    @Test func aManifestThatContradictsTheTextIsReportedAndWins() throws {
        let folder = try TemporaryFolder()
        try folder.write("story.toml", """
            [[article]]
            file = "wire.txt"
            outlet = "Valmora Gazette"
            date = 2031-03-14
            [[article]]
            file = "wire.txt"
            outlet = "Valmora Gazette"
            date = 2031-03-14
            """)
        try folder.write("wire.txt", """
            Dockers return

            Published March 15, 2031

            VALMORA (Reuters) - Dockers returned to work on Monday, the union said.
            """)
        let story = StoryLoader().load([folder.path])
        #expect(story.articles.first?.outlet?.name == "Valmora Gazette")
        #expect(story.articles.first?.date == "2031-03-14")
        let messages = story.diagnostics.map(\.message)
        #expect(messages.contains("article #2: file 'wire.txt' is named again; this later entry wins"))
        #expect(messages.contains { $0.hasPrefix("story.toml says the outlet is 'Valmora Gazette' but the text points to 'Reuters' (dateline '(Reuters)')") })
        #expect(messages.contains { $0.hasPrefix("story.toml gives the date 2031-03-14 but the text is stamped 2031-03-15") })
    }

    @Test func aParagraphOfAHundredThousandQuoteMarksAndNeverClosedQuotes() {
        let marks = String(repeating: "\u{201C}", count: 50_000) + String(repeating: "\"", count: 50_000)
        let nested = String(repeating: "\u{201C}a \u{2018}b ", count: 2_000) + "end."
        let unclosed = "\u{201C}We will not go back, said Mara Lind, and the talks went on without an end in sight"
        let story = StoryLoader().build([
            SourceDocument(file: "marks.txt", format: .text, text: "Marks\n\n" + marks + "\n\n" + Self.article),
            SourceDocument(file: "nested.txt", format: .text, text: "Nested\n\n" + nested + "\n\n" + Self.article),
            SourceDocument(file: "unclosed.txt", format: .text, text: "Unclosed\n\n" + unclosed + "\n\n" + Self.article),
        ], title: "marks")
        let quotes = QuoteExtractor().extract(story)
        for (article, found) in zip(story.articles, quotes.articles) {
            // The ordinary paragraph after the hostile one still gives its quote and speaker.
            #expect(found.quotes.contains { $0.text == "We are back at work," && $0.speaker?.name == "Mara Lind" }, "\(article.file)")
            for piece in found.quotes.flatMap(\.pieces) {
                #expect(piece.end <= article.paragraphs[piece.paragraph].unicodeScalars.count)
            }
        }
        let comparison = Comparer().compare(story, quotes: quotes)
        #expect(comparison.source.count == 3)
    }

    @Test func oneLongLineIsReadAsParagraphsWorthOfText() {
        // 2 MB on one line: the debug-build stand-in for the 50 MB line that `scripts/stress` runs in release.
        var text = "One line\n\n"
        var n = 0
        while text.utf8.count < 2_000_000 {
            text += "Dockers met on day \(n) of the strike. \"We will hold out,\" said Mara Lind. "
            n += 1
        }
        let story = StoryLoader().build([SourceDocument(file: "line.txt", format: .text, text: text)], title: "line")
        let quotes = QuoteExtractor().extract(story)
        #expect(quotes.articles[0].quotes.count(where: { $0.kind == .direct && $0.speaker?.name == "Mara Lind" }) == n)
    }
}
