import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opening the index: building it on first use under the index lock, rebuilding it, and
/// repairing a damaged one.
extension GazetteerIndex {
    /// Opens the index in `files.cacheDirectory`, building it first when it is missing, was
    /// built from other data, or cannot be read.
    ///
    /// A build holds the index lock (see `IndexLock`): when several processes need the index at
    /// once, one builds it and the others wait for it. When the shipped data fails to build
    /// (a truncated or emptied file) and an index built from earlier data is readable, that
    /// index is used, with a warning through `progress`, until the data is fixed.
    ///
    /// - Parameter progress: Told what a build is doing, one line at a time.
    public static func open(files: GazetteerFiles, progress: @escaping (String) -> Void = { _ in }) throws(GazetteerError) -> GazetteerIndex {
        let fingerprint = try files.dataFingerprint()
        if let index = try? openExisting(at: files.index.path), (try? index.fingerprint()) == fingerprint {
            if FailedBuild.exists(files) { FailedBuild.clear(files) }   // the data was fixed
            TemporaryFiles.removeStale(in: files.cacheDirectory)
            return index
        }
        return try IndexLock.withLock(files: files, waiting: progress) { () throws(GazetteerError) -> GazetteerIndex in
            // Another process may have built it while this one waited.
            let previous = try? openExisting(at: files.index.path)
            let previousFingerprint = try? previous?.fingerprint()
            if let previous, previousFingerprint == fingerprint { return previous }
            let usable = previousFingerprint == nil ? nil : previous
            if let usable, let failure = FailedBuild.recorded(files, fingerprint: fingerprint) {
                progress("warning: using the index built from earlier data; the current data failed to build: \(failure)")
                return usable
            }
            progress("building the gazetteer index in \(files.cacheDirectory.path) (once)")
            do throws(GazetteerError) {
                try IndexBuilder(files: files, progress: progress).build()
            } catch {
                switch error {
                case .malformedLine, .unreadableFile, .inputTooSmall, .malformedGeometry:
                    guard let usable else { throw error }
                    FailedBuild.record(files, fingerprint: fingerprint, error: error)
                    progress("warning: \(error)")
                    progress("warning: using the index built from earlier data until the data is fixed")
                    return usable
                default:
                    throw error
                }
            }
            FailedBuild.clear(files)
            do {
                return try openExisting(at: files.index.path)
            } catch {
                throw .database("the new index cannot be opened: \(error)")
            }
        }
    }

    /// Rebuilds the index from the shipped data, replacing the old one only on success.
    ///
    /// - Parameter allowingSmaller: Accept data with fewer than half the places the current
    ///   index was built from (otherwise ``GazetteerError/inputTooSmall(path:found:previous:)``).
    @discardableResult
    public static func rebuild(files: GazetteerFiles, allowingSmaller: Bool = false,
                               progress: @escaping (String) -> Void = { _ in }) throws(GazetteerError) -> [String: Int] {
        try IndexLock.withLock(files: files, waiting: progress) { () throws(GazetteerError) -> [String: Int] in
            let counts = try IndexBuilder(files: files, allowingSmaller: allowingSmaller, progress: progress).build()
            FailedBuild.clear(files)
            return counts
        }
    }

    /// Checks a damaged index and rebuilds it from the shipped data: a damaged index cannot be
    /// trusted, so nothing of it is kept (imported places must be imported again).
    ///
    /// - Returns: Whether the index was damaged and has been rebuilt.
    @discardableResult
    public static func repair(files: GazetteerFiles, progress: @escaping (String) -> Void = { _ in }) throws(GazetteerError) -> Bool {
        try IndexLock.withLock(files: files, waiting: progress) { () throws(GazetteerError) -> Bool in
            if let index = try? openExisting(at: files.index.path), index.isSound() {
                return false   // repaired by another process meanwhile
            }
            progress("rebuilding the damaged gazetteer index \(files.index.path) from the shipped data")
            unlink(files.index.path)
            try IndexBuilder(files: files, allowingSmaller: true, progress: progress).build()
            FailedBuild.clear(files)
            return true
        }
    }

    /// Whether SQLite's quick check finds the file sound.
    func isSound() -> Bool {
        do { return try integrityProblem() == nil } catch { return false }
    }

    /// SQLite's quick check of the whole file: nil when it is sound, else the first problem.
    func integrityProblem() throws -> String? {
        let answer = try database.read { try String.fetchOne($0, sql: "PRAGMA quick_check(1)") }
        return answer == "ok" ? nil : (answer ?? "no answer")
    }
}
