/// A path as the file system stores it: bytes, which need not be UTF-8.
///
/// Scraped files are often named in Latin-1 or carry stray bytes; a `String` cannot hold those
/// names, so a folder walk keeps the bytes for opening the file and a printable form for people.
struct FilePath: Hashable, Sendable, CustomStringConvertible {
    var bytes: [UInt8]

    init(_ string: String) { bytes = Array(string.utf8) }
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The path with a name added after a `/`.
    func appending(_ name: [UInt8]) -> FilePath {
        var joined = bytes
        if joined.last != UInt8(ascii: "/") { joined.append(UInt8(ascii: "/")) }
        joined += name
        return FilePath(bytes: joined)
    }

    /// The path for people: invalid bytes become U+FFFD, which diagnostics show as `?`.
    var description: String { String(decoding: bytes, as: UTF8.self) }

    func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }
}
