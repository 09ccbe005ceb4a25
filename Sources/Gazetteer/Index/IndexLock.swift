import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serialises changes to the index between processes: an exclusive `flock` on
/// `gazetteer.lock` in the cache folder, a file that holds the PID of the process that has it.
///
/// Builds and imports hold the lock for their whole run, so a second build or import waits for
/// the first and then works on its result. Readers take no lock: the index they read is only
/// ever replaced by a rename. The kernel drops the lock when its holder exits, however it exits,
/// so a killed process never leaves the cache locked.
enum IndexLock {
    /// The lock file's name in the cache folder.
    static let fileName = "gazetteer.lock"

    /// Within the process: one recursive lock per lock file, and how deep its holder is.
    private final class Holder: @unchecked Sendable {
        let lock = NSRecursiveLock()
        var depth = 0
    }

    private static let registryLock = NSLock()
    nonisolated(unsafe) private static var holders: [String: Holder] = [:]

    private static func holder(for path: String) -> Holder {
        registryLock.lock()
        defer { registryLock.unlock() }
        if let holder = holders[path] { return holder }
        let holder = Holder()
        holders[path] = holder
        return holder
    }

    /// Runs `body` holding the lock of `files.cacheDirectory`, creating the folder if needed.
    /// Threads of one process wait for each other as processes do; the thread that holds the
    /// lock may take it again.
    ///
    /// - Parameter waiting: Told once, in one line, when another process holds the lock.
    static func withLock<T>(
        files: GazetteerFiles, waiting: (String) -> Void = { _ in }, _ body: () throws(GazetteerError) -> T
    ) throws(GazetteerError) -> T {
        let path = files.cacheDirectory.appendingPathComponent(fileName).path
        let holder = holder(for: path)
        holder.lock.lock()
        defer { holder.lock.unlock() }
        if holder.depth > 0 {
            holder.depth += 1
            defer { holder.depth -= 1 }
            return try body()
        }

        try CacheFolder.create(files.cacheDirectory)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cacheNotWritable(path: files.cacheDirectory.path, reason: "cannot create \(fileName): \(CacheFolder.systemError())")
        }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let holder = holderPID(descriptor)
            waiting("waiting for process \(holder.map(String.init) ?? "?"), which is building or importing into the gazetteer index")
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    throw .database("cannot lock \(path): \(CacheFolder.systemError())")
                }
            }
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        holder.depth = 1
        defer {
            holder.depth = 0
            _ = ftruncate(descriptor, 0)
            flock(descriptor, LOCK_UN)
        }
        return try body()
    }

    /// The PID written in the lock file, if any.
    private static func holderPID(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
