import Glibc

/// Reads regular files without ever blocking on FIFOs or devices.
enum FileReader {
    enum Failure: Error, Equatable, CustomStringConvertible {
        case missing
        case unreadable(String)
        case notRegular(String)

        var description: String {
            switch self {
            case .missing: "no such file or folder"
            case .unreadable(let reason): "cannot be read (\(reason))"
            case .notRegular(let kind): "skipped: \(kind), not a regular file"
            }
        }
    }

    enum Kind: Equatable {
        case regular, directory, symlink, missing
        case other(String)
    }

    /// The kind of what stands at `path`, without following a final symbolic link.
    static func kind(ofLink path: FilePath) -> Kind {
        var info = stat()
        guard path.withCString({ lstat($0, &info) }) == 0 else { return .missing }
        return kind(info.st_mode)
    }

    /// The kind of what `path` leads to, following symbolic links.
    static func kind(of path: FilePath) -> Kind {
        var info = stat()
        guard path.withCString({ stat($0, &info) }) == 0 else { return .missing }
        return kind(info.st_mode)
    }

    /// Device and inode, to recognise a folder already visited through another link.
    static func identity(of path: FilePath) -> [UInt64]? {
        var info = stat()
        guard path.withCString({ stat($0, &info) }) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    private static func kind(_ mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFLNK: .symlink
        case S_IFIFO: .other("a FIFO")
        case S_IFCHR: .other("a character device")
        case S_IFBLK: .other("a block device")
        case S_IFSOCK: .other("a socket")
        default: .other("not a regular file")
        }
    }

    /// What was read of a file: its bytes, cut at `limit` when the file is larger.
    struct Contents: Equatable {
        var bytes: [UInt8]
        /// The file's size when only its first `limit` bytes were kept; nil when read whole.
        var cutFrom: Int?
        var limit = FileReader.limit

        /// The note for a file that was cut, for its diagnostic.
        var cutNote: String? {
            cutFrom.map { "only the first \(FileReader.mebibytes(limit)) of \(FileReader.mebibytes($0)) are read (a news article is rarely over 1 MiB); the rest is left out" }
        }
    }

    /// The most Parallax reads of one article file. Articles are small; this bound keeps memory
    /// bounded when someone points Parallax at a database dump or a log (every later stage is
    /// linear in it).
    static let limit = 16 << 20
    /// The most read of a JSON Lines file, which holds many articles.
    static let linesLimit = 256 << 20

    /// The content of a regular file, whole or cut at `limit` on a line or word boundary. Opens
    /// non-blocking and checks the type of what was opened, so a FIFO swapped in after a check
    /// still cannot block.
    static func read(_ path: FilePath, limit: Int = limit) throws(Failure) -> Contents {
        let fd = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .missing }
            throw .unreadable(String(cString: strerror(code)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        let kind = kind(info.st_mode)
        guard kind == .regular else {
            if case .other(let name) = kind { throw .notRegular(name) }
            throw .notRegular("a folder")
        }
        return try readAll(fd, expected: Int(info.st_size), limit: limit)
    }

    /// Everything on standard input, cut at `limit` like a file.
    static func readStandardInput() -> Contents {
        (try? readAll(0, expected: 65536, limit: linesLimit)) ?? Contents(bytes: [], cutFrom: nil)
    }

    /// Reads until the end or `limit`; a file that grew or shrank since `fstat` is read as it is now.
    private static func readAll(_ fd: Int32, expected: Int, limit: Int) throws(Failure) -> Contents {
        var bytes = [UInt8](repeating: 0, count: min(max(expected, 0), limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(max(4096, bytes.count), limit + 1 - bytes.count)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        guard filled > limit else {
            bytes.removeSubrange(filled...)
            return Contents(bytes: bytes, cutFrom: nil, limit: limit)
        }
        bytes.removeSubrange(cutPoint(bytes, before: limit)...)
        return Contents(bytes: bytes, cutFrom: max(expected, filled), limit: limit)
    }

    /// Where to cut bytes at most `end` long: after the last line end or space in the final 64 KiB,
    /// else before a UTF-8 continuation byte; on an even count for a UTF-16 file (it starts with a BOM).
    static func cutPoint(_ bytes: [UInt8], before end: Int) -> Int {
        let floor = max(0, end - 65536)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return end & ~1 }
        if let newline = bytes[floor..<end].lastIndex(of: 0x0A) { return newline + 1 }
        if let space = bytes[floor..<end].lastIndex(of: 0x20) { return space + 1 }
        var cut = end
        while cut > floor, cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    static func mebibytes(_ size: Int) -> String { "\(size >> 20) MiB" }

    /// The canonical absolute path, with links resolved.
    static func realPath(_ path: FilePath) -> FilePath? {
        guard let resolved = path.withCString({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return FilePath(bytes: Array(UnsafeBufferPointer(start: resolved, count: strlen(resolved))).map { UInt8(bitPattern: $0) })
    }

    /// The names in a folder as stored (no `.` or `..`), unsorted.
    static func names(in folder: FilePath) throws(Failure) -> [[UInt8]] {
        guard let stream = folder.withCString({ opendir($0) }) else {
            let code = errno
            throw code == ENOENT ? .missing : .unreadable(String(cString: strerror(code)))
        }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names
    }
}
