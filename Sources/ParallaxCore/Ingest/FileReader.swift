import Glibc

/// Reads regular files without ever blocking on FIFOs or devices.
enum FileReader {
    /// The largest file Parallax reads whole; larger files are refused with a diagnostic.
    static let maximumSize = 256 << 20

    enum Failure: Error, Equatable, CustomStringConvertible {
        case missing
        case unreadable(String)
        case notRegular(String)
        case tooLarge(Int)

        var description: String {
            switch self {
            case .missing: "no such file or folder"
            case .unreadable(let reason): "cannot be read (\(reason))"
            case .notRegular(let kind): "skipped: \(kind), not a regular file"
            case .tooLarge(let size): "too large (\(size >> 20) MiB; the limit is \(FileReader.maximumSize >> 20) MiB)"
            }
        }
    }

    enum Kind: Equatable {
        case regular, directory, symlink, missing
        case other(String)
    }

    /// The kind of what stands at `path`, without following a final symbolic link.
    static func kind(ofLink path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        return kind(info.st_mode)
    }

    /// The kind of what `path` leads to, following symbolic links.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        return kind(info.st_mode)
    }

    /// Device and inode, to recognise a folder already visited through another link.
    static func identity(of path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
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

    /// The whole content of a regular file. Opens non-blocking and checks the type of what was
    /// opened, so a FIFO swapped in after a check still cannot block.
    static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
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
        let size = Int(info.st_size)
        guard size <= maximumSize else { throw .tooLarge(size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file may have grown since fstat; read on in chunks up to the limit.
                guard bytes.count < maximumSize else { throw .tooLarge(bytes.count) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, min(bytes.count, maximumSize - bytes.count))))
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
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Everything on standard input.
    static func readStandardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while bytes.count <= maximumSize {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// The canonical absolute path, with links resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
