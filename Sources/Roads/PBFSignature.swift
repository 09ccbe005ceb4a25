import Foundation

/// The first bytes of an OpenStreetMap PBF file: a 4-byte big-endian length, then a BlobHeader
/// whose first field is the string "OSMHeader". Checked before the engine reads the file, so a
/// file of another kind gets a clear message.
enum PBFSignature {
    /// Whether the file at `url` starts like a PBF file; throws when it cannot be read.
    static func check(_ url: URL) throws(RoadError) {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw .unreadableFile(path: url.path) }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        if head.isEmpty { throw .emptyExtract(path: url.path) }
        guard matches(head) else { throw .notPBF(path: url.path) }
    }

    /// Whether `head` (the file's first bytes) is a PBF blob header announcing the OSM header.
    static func matches(_ head: Data) -> Bool {
        let bytes = [UInt8](head)
        guard bytes.count >= 15 else { return false }
        let length = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }
        // Field 1 (type), wire type 2: tag 0x0A, then the length of "OSMHeader" (9).
        guard length > 0, length < 64 * 1024, bytes[4] == 0x0A, bytes[5] == 9 else { return false }
        return Array(bytes[6..<15]) == Array("OSMHeader".utf8)
    }
}
