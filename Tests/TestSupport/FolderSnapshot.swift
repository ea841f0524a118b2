import Foundation
import Glibc

/// Every entry under a folder (hidden ones too) with its kind, size and change times: two equal
/// snapshots mean nothing was written, created, removed or touched in between.
public struct FolderSnapshot: Equatable, CustomStringConvertible {
    public var entries: [String: String]

    public init(_ folder: String) {
        entries = [:]
        let walker = FileManager.default.enumerator(atPath: folder)
        var paths = [""]
        while let relative = walker?.nextObject() as? String { paths.append(relative) }
        for relative in paths {
            var info = stat()
            guard lstat(folder + "/" + relative, &info) == 0 else { continue }
            entries[relative] = "mode \(info.st_mode) size \(info.st_size) mtime \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) ctime \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
        }
    }

    public var description: String { entries.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n") }
}
