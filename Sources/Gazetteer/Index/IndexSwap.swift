import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Changes the index the safe way: under the index lock, writes a new file beside it in one
/// transaction and renames it over the index only when everything succeeded. On any failure,
/// and on SIGINT or SIGTERM, the new file is removed and the index stays as it was; files left
/// by writers that were killed outright are removed by the next build or import.
enum IndexSwap {
    /// Runs `body` on the new file.
    ///
    /// - Parameters:
    ///   - purpose: A word for the temporary file's name ("building", "importing").
    ///   - startFromCurrent: Whether the new file starts as a copy of the current index
    ///     (an import) or empty (a build).
    static func write<T>(
        files: GazetteerFiles, purpose: String, startFromCurrent: Bool, _ body: (Database) throws -> T
    ) throws(GazetteerError) -> T {
        try IndexLock.withLock(files: files) { () throws(GazetteerError) -> T in
            TemporaryFiles.removeStale(in: files.cacheDirectory)
            let temporary = files.cacheDirectory.appendingPathComponent("gazetteer.sqlite.\(purpose)-\(getpid())")
            unlink(temporary.path)   // left by an earlier process with this PID
            TemporaryFiles.register(temporary.path)
            defer { TemporaryFiles.unregister(temporary.path) }
            do {
                if startFromCurrent { try FileCopy.copy(files.index.path, to: temporary.path) }
                var result: T?
                let queue = try DatabaseQueue(path: temporary.path)
                try queue.writeWithoutTransaction { db in
                    // Safety comes from the rename, so the new file needs no journal.
                    try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
                    try db.inTransaction {
                        result = try body(db)
                        return .commit
                    }
                }
                try queue.close()
                // The new file reaches the disk before it replaces the old one.
                let descriptor = open(temporary.path, O_RDONLY | O_CLOEXEC)
                if descriptor >= 0 {
                    let synced = fsync(descriptor)
                    close(descriptor)
                    if synced != 0 { throw GazetteerError.from(errnoError(), in: files) }
                }
                guard rename(temporary.path, files.index.path) == 0 else {
                    throw GazetteerError.database("cannot move the new index into place: \(CacheFolder.systemError())")
                }
                return result!
            } catch {
                // Judge a full disk before the removal frees the space.
                let full = CacheFolder.isFull(files.cacheDirectory)
                unlink(temporary.path)
                if full { throw .diskFull(path: files.cacheDirectory.path) }
                throw .from(error, in: files)
            }
        }
    }

    private static func errnoError() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}

extension GazetteerError {
    /// A failure while writing a new index in the cache folder, in a user's words.
    static func from(_ error: any Error, in files: GazetteerFiles) -> GazetteerError {
        if let error = error as? POSIXError {
            switch error.code {
            case .ENOSPC, .EDQUOT: return .diskFull(path: files.cacheDirectory.path)
            case .EACCES, .EROFS, .EPERM: return .cacheNotWritable(path: files.cacheDirectory.path, reason: CacheFolder.systemError(error.code.rawValue))
            default: return .database("\(files.cacheDirectory.path): \(CacheFolder.systemError(error.code.rawValue))")
            }
        }
        if case .cacheNotWritable = from(error, index: files.index.path) {
            return .cacheNotWritable(path: files.cacheDirectory.path, reason: "SQLite cannot write there")
        }
        return from(error, index: files.index.path)
    }
}
