import Foundation

/// Finds and reads the article files under the paths a reader gives.
///
/// Folders are walked recursively in name order; links are followed only while they stay inside the
/// folder given, and a folder reached twice is read once. FIFOs, devices and sockets are skipped
/// without being opened for a blocking read. Each problem becomes a diagnostic naming the file.
public struct Ingestor: Sendable {
    /// The result of reading: the documents, the manifest-given story title, and every problem met.
    public struct Result: Sendable {
        public var documents: [SourceDocument]
        public var title: String?
        public var diagnostics: [Diagnostic]
    }

    /// File endings read when walking a folder.
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "json", "jsonl", "ndjson"]
    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// Reads standard input for the path `-`; tests replace it.
    var standardInput: @Sendable () -> FileReader.Contents
    /// Called with each file found in a folder just before it is read; tests use it to make files
    /// vanish or change between the listing and the reading, as they do on a live disk.
    var willRead: @Sendable (String) -> Void = { _ in }

    public init() {
        standardInput = { FileReader.readStandardInput() }
    }

    init(standardInput: @escaping @Sendable () -> [UInt8]) {
        self.standardInput = { FileReader.Contents(bytes: standardInput(), cutFrom: nil) }
    }

    public func load(_ paths: [String]) -> Result {
        var result = Result(documents: [], title: nil, diagnostics: [])
        for path in paths {
            if path == "-" {
                let contents = standardInput()
                if let note = contents.cutNote { result.diagnostics.append(Diagnostic(file: "-", message: note)) }
                read(bytes: contents.bytes, file: "-", format: .text, metadata: .init(), into: &result)
                continue
            }
            let filePath = FilePath(path)
            switch FileReader.kind(of: filePath) {
            case .missing:
                result.diagnostics.append(Diagnostic(file: path, message: FileReader.Failure.missing.description))
            case .directory:
                walk(folder: filePath, into: &result)
            default:
                readFile(filePath, metadata: .init(), into: &result)
            }
        }
        return result
    }

    /// Reads a file held in memory as if it were on disk under `name`, whose ending gives the format.
    public func read(bytes: [UInt8], name: String) -> Result {
        var result = Result(documents: [], title: nil, diagnostics: [])
        let ext = fileExtension(name)
        let format: SourceDocument.Format = Self.format(ext)
        read(bytes: bytes, file: name, format: format, metadata: .init(), lines: Self.isLines(ext), into: &result)
        return result
    }

    /// JSON Lines: one article per line.
    private static func isLines(_ ext: String) -> Bool { ext == "jsonl" || ext == "ndjson" }

    private static func format(_ ext: String) -> SourceDocument.Format {
        switch ext {
        case "md", "markdown": .markdown
        case "json", "jsonl", "ndjson": .json
        default: .text
        }
    }

    private func walk(folder root: FilePath, into result: inout Result) {
        let rootReal = FileReader.realPath(root) ?? root
        var manifest = Manifest()
        let manifestPath = root.appending(Array(Manifest.fileName.utf8))
        if FileReader.kind(of: manifestPath) == .regular {
            manifest = loadManifest(manifestPath, into: &result)
            if result.title == nil { result.title = manifest.title }
        }
        var visited = Set<[UInt64]>()
        var files: [(path: FilePath, relative: String)] = []
        collect(folder: root, relative: "", rootReal: rootReal, visited: &visited, files: &files, diagnostics: &result.diagnostics)
        for (path, relative) in files {
            willRead(path.description)
            readFile(path, metadata: manifest.entries[relative] ?? .init(), into: &result)
        }
        let found = Set(files.map(\.relative))
        for relative in manifest.entries.keys.sorted() where !found.contains(relative) {
            result.diagnostics.append(Diagnostic(file: manifestPath.description, message: "names '\(relative)', which is not an article file in the folder"))
        }
    }

    private func collect(
        folder: FilePath, relative: String, rootReal: FilePath, visited: inout Set<[UInt64]>,
        files: inout [(path: FilePath, relative: String)], diagnostics: inout [Diagnostic]
    ) {
        guard let identity = FileReader.identity(of: folder), visited.insert(identity).inserted else { return }
        let names: [[UInt8]]
        do {
            names = try FileReader.names(in: folder).sorted { $0.lexicographicallyPrecedes($1) }
        } catch {
            diagnostics.append(Diagnostic(file: folder.description, message: "folder \(error)"))
            return
        }
        for name in names where name.first != UInt8(ascii: ".") {
            let path = folder.appending(name)
            let display = String(decoding: name, as: UTF8.self)
            let childRelative = relative.isEmpty ? display : relative + "/" + display
            var kind = FileReader.kind(ofLink: path)
            if kind == .symlink {
                guard let target = FileReader.realPath(path) else {
                    diagnostics.append(Diagnostic(file: path.description, message: "broken symbolic link; skipped"))
                    continue
                }
                guard target == rootReal || target.bytes.starts(with: rootReal.bytes + [UInt8(ascii: "/")]) else {
                    diagnostics.append(Diagnostic(file: path.description, message: "symbolic link leads outside the story folder; skipped"))
                    continue
                }
                kind = FileReader.kind(of: path)
            }
            switch kind {
            case .directory:
                collect(folder: path, relative: childRelative, rootReal: rootReal, visited: &visited, files: &files, diagnostics: &diagnostics)
            case .regular:
                if display == Manifest.fileName && relative.isEmpty { continue }
                let ext = fileExtension(display)
                if Self.articleExtensions.contains(ext) || Self.htmlExtensions.contains(ext) {
                    files.append((path, childRelative))
                }
            case .other(let what):
                if Self.articleExtensions.contains(fileExtension(display)) {
                    diagnostics.append(Diagnostic(file: path.description, message: "skipped: \(what), not a regular file"))
                }
            case .missing, .symlink:
                continue
            }
        }
    }

    private func loadManifest(_ path: FilePath, into result: inout Result) -> Manifest {
        do {
            let text = try TextDecoder.decode(FileReader.read(path).bytes).text
            let (manifest, problems) = try Manifest.parse(text, file: path.description)
            result.diagnostics += problems
            return manifest
        } catch let error as TOMLError {
            result.diagnostics.append(Diagnostic(file: path.description, message: "\(error); the manifest is ignored"))
        } catch {
            result.diagnostics.append(Diagnostic(file: path.description, message: "\(error); the manifest is ignored"))
        }
        return Manifest()
    }

    private func readFile(_ path: FilePath, metadata: SourceDocument.Metadata, into result: inout Result) {
        let file = path.description
        let ext = fileExtension(file)
        if Self.htmlExtensions.contains(ext) {
            result.diagnostics.append(Diagnostic(file: file, message: "HTML is not supported yet; save the page as text (.txt) and load that"))
            return
        }
        let lines = Self.isLines(ext)
        let contents: FileReader.Contents
        do {
            contents = try FileReader.read(path, limit: lines ? FileReader.linesLimit : FileReader.limit)
        } catch {
            result.diagnostics.append(Diagnostic(file: file, message: error.description))
            return
        }
        if let note = contents.cutNote { result.diagnostics.append(Diagnostic(file: file, message: note)) }
        read(bytes: contents.bytes, file: file, format: Self.format(ext), metadata: metadata, lines: lines, into: &result)
    }

    private func read(
        bytes: [UInt8], file: String, format: SourceDocument.Format, metadata: SourceDocument.Metadata,
        lines: Bool = false, into result: inout Result
    ) {
        let decoded: TextDecoder.Result
        do {
            decoded = try TextDecoder.decode(bytes)
        } catch {
            result.diagnostics.append(Diagnostic(file: file, message: error.description))
            return
        }
        if decoded.text.allSatisfy({ $0.isWhitespace }) {
            result.diagnostics.append(Diagnostic(file: file, message: "empty file"))
            return
        }
        guard format == .json || (file == "-" && decoded.text.first == "{") else {
            result.documents.append(SourceDocument(file: file, format: format, text: decoded.text, metadata: metadata, warnings: decoded.warnings))
            return
        }
        let records =
            lines || (file == "-" && decoded.text.contains("}\n{"))
            ? JSONArticleReader.readLinesFile(decoded.text, file: file)
            : JSONArticleReader.readObjectFile(decoded.text, file: file)
        for record in records {
            switch record {
            case .success(var document):
                let (text, removed) = TextDecoder.normalize(document.text)
                document.text = text
                document.warnings = decoded.warnings + (removed > 0 ? ["removed \(removed) control characters"] : [])
                document.metadata = document.metadata.sanitised().overridden(by: metadata)
                result.documents.append(document)
            case .failure(let diagnostic):
                result.diagnostics.append(diagnostic)
            }
        }
    }

    private func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

extension SourceDocument.Metadata {
    /// The same fields with control characters removed.
    func sanitised() -> Self {
        func clean(_ text: String?) -> String? { text.map { TextDecoder.normalize($0).0 } }
        return .init(title: clean(title), outlet: clean(outlet), url: clean(url), date: clean(date), author: clean(author), origin: origin)
    }
}
