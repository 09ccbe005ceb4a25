import GRDB

extension GazetteerError {
    /// What a failed SQLite call on the index at `path` means for a user: a damaged file, a
    /// full disk, or (anything else) the database's own message without the SQL.
    static func from(_ error: any Error, index path: String) -> GazetteerError {
        if let error = error as? GazetteerError { return error }
        guard let error = error as? DatabaseError else { return .database("\(error)") }
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .damagedIndex(path: path, reason: error.message ?? "database disk image is malformed")
        case .SQLITE_FULL:
            return .diskFull(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .cacheNotWritable(path: path, reason: error.message ?? "read-only")
        default:
            return .database("SQLite error \(error.resultCode.rawValue): \(error.message ?? "unknown")")
        }
    }

    /// Whether this error means the index file itself is damaged and must be rebuilt.
    public var isDamagedIndex: Bool {
        if case .damagedIndex = self { return true }
        return false
    }
}
