import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The cache folder's file-system facts: creating it, whether it is writable, free space.
enum CacheFolder {
    /// Creates the folder (and its parents) or says why it cannot be.
    static func create(_ folder: URL) throws(GazetteerError) {
        // Each missing folder on the way, with mkdir(2) itself so that its errno is kept.
        var path = ""
        for component in folder.standardizedFileURL.path.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw .cacheNotWritable(path: folder.path, reason: "cannot create \(path): \(systemError())")
            }
        }
        guard access(folder.path, W_OK) == 0 else {
            throw .cacheNotWritable(path: folder.path, reason: systemError())
        }
    }

    /// Bytes free for this user on the file system holding `folder`, or nil if unknown.
    static func freeBytes(_ folder: URL) -> UInt64? {
        var stats = statvfs()
        guard statvfs(folder.path, &stats) == 0 else { return nil }
        return UInt64(stats.f_bavail) * UInt64(stats.f_frsize)
    }

    /// Whether the file system holding `folder` is (nearly) full: less than 1 MiB free.
    static func isFull(_ folder: URL) -> Bool {
        freeBytes(folder).map { $0 < 1 << 20 } ?? false
    }

    /// The text of the current `errno`.
    static func systemError(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }
}
