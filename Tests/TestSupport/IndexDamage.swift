import Foundation

/// Damages an index file the way a bad disk or a stray write would.
public enum IndexDamage {
    /// Overwrites the middle half of the file with 0xFF bytes (an invalid page type for
    /// every B-tree page it hits), keeping the header and the first pages readable.
    public static func overwriteMiddle(of file: URL) throws {
        let handle = try FileHandle(forUpdating: file)
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 4)
        try handle.write(contentsOf: Data(repeating: 0xFF, count: Int(size / 2)))
    }
}
