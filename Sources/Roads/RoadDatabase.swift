import Foundation

/// One imported road database: an OpenStreetMap extract prepared for the routing engine, with
/// what `geocheck roads list` shows about it. Its files live in one folder of a ``RoadStore``.
public struct RoadDatabase: Codable, Hashable, Sendable {
    /// The name it is imported under ("helsinki").
    public var name: String
    /// The area the extract's data covers (its nodes' bounding box).
    public var coverage: BoundingBox
    /// The extract's file name as imported (no folder).
    public var sourceFile: String
    /// The extract's size in bytes.
    public var sourceBytes: Int64
    /// The routing database's size on disk in bytes.
    public var databaseBytes: Int64
    /// When it was imported (ISO 8601).
    public var importedAt: String
    /// The Routino transport profile the database is built and routed for.
    public var profile: String
    /// The folder holding the engine's files (not stored; set when read from the store).
    public var directory: URL?

    enum CodingKeys: String, CodingKey {
        case name, coverage, sourceFile = "source_file", sourceBytes = "source_bytes"
        case databaseBytes = "database_bytes", importedAt = "imported_at", profile
    }

    /// A database's description; ``RoadImporter`` makes these, ``RoadStore`` reads them.
    public init(name: String, coverage: BoundingBox, sourceFile: String, sourceBytes: Int64, databaseBytes: Int64,
                importedAt: String, profile: String, directory: URL? = nil) {
        self.name = name
        self.coverage = coverage
        self.sourceFile = sourceFile
        self.sourceBytes = sourceBytes
        self.databaseBytes = databaseBytes
        self.importedAt = importedAt
        self.profile = profile
        self.directory = directory
    }

    /// The name of the metadata file in the database's folder.
    static let metadataFile = "database.json"
    /// The file name prefix of the engine's files in the folder.
    static let enginePrefix = "roads"
}
