import Foundation
import GRDB

/// Changes the index the safe way: writes a new file beside it in one transaction and renames
/// it over the index only when everything succeeded. On any failure the new file is removed
/// and the index stays as it was.
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
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: files.cacheDirectory, withIntermediateDirectories: true)
        } catch {
            throw .unreadableFile(path: files.cacheDirectory.path, reason: "cannot create the cache folder: \(error.localizedDescription)")
        }
        let temporary = files.cacheDirectory.appendingPathComponent("gazetteer.sqlite.\(purpose)-\(getpid())")
        try? manager.removeItem(at: temporary)
        do {
            if startFromCurrent { try manager.copyItem(at: files.index, to: temporary) }
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
            guard rename(temporary.path, files.index.path) == 0 else {
                throw GazetteerError.database("cannot move the new index into place: \(String(cString: strerror(errno)))")
            }
            return result!
        } catch {
            try? manager.removeItem(at: temporary)
            if let error = error as? GazetteerError { throw error }
            throw .database("\(error)")
        }
    }
}
