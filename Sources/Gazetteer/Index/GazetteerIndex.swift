import Foundation
import GRDB
import Geodesy

/// The gazetteer's SQLite index (through GRDB): places, their names with folded and
/// transliteration keys, an FTS5 trigram table for typos, an R*Tree of positions, and the
/// country and first-level region shapes.
///
/// ```swift
/// let index = try GazetteerIndex.open(files: .standard())   // builds on first use
/// let resolver = Resolver(index: index)
/// let best = try resolver.candidates(for: "Hims").first     // Homs, Syria
/// ```
///
/// The index is read-only once built and may be shared between threads.
public final class GazetteerIndex: Sendable {
    /// Bumped whenever the schema or the keys change, so old caches are rebuilt.
    static let schemaVersion = 7

    let database: DatabaseQueue
    /// Where the index file is.
    public let path: String
    /// Further connections kept between parallel look-ups (``borrowReader()``).
    let spareReaders = SpareReaders()
    /// What every connection to this index file shares: its countries and regions as read, and
    /// the region shapes kept between checks.
    let shared: IndexShared

    private init(database: DatabaseQueue, path: String, shared: IndexShared) {
        self.database = database
        self.path = path
        self.shared = shared
    }

    /// Opens the file; with `sharing`, the new connection shares what another connection to the
    /// same file has read, unless the file was rebuilt from other data since.
    static func openExisting(at path: String, sharing other: IndexShared? = nil) throws -> GazetteerIndex {
        guard FileManager.default.fileExists(atPath: path) else { throw GazetteerError.database("no index at \(path)") }
        var configuration = Configuration()
        configuration.readonly = true
        // Map the file instead of reading pages through system calls.
        configuration.prepareDatabase { try $0.execute(sql: "PRAGMA mmap_size = 1073741824") }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let fingerprint = try? queue.read { try String.fetchOne($0, sql: fingerprintQuery) }
        let shared = other.flatMap { $0.fingerprint == fingerprint ? $0 : nil } ?? IndexShared(fingerprint: fingerprint)
        return GazetteerIndex(database: queue, path: path, shared: shared)
    }

    /// Another connection to the same index file, for a second thread: SQLite connections
    /// serialise their queries, so parallel look-ups need one each.
    public func openReader() throws(GazetteerError) -> GazetteerIndex {
        do {
            return try Self.openExisting(at: path, sharing: shared)
        } catch {
            throw .database("a second connection to \(path): \(error)")
        }
    }

    func fingerprint() throws -> String? {
        try database.read { try String.fetchOne($0, sql: Self.fingerprintQuery) }
    }

    static let fingerprintQuery = "SELECT value FROM meta WHERE key = 'fingerprint'"

    static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places(
                id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
                country TEXT NOT NULL, admin1 TEXT NOT NULL, region_id INTEGER, polygon_region_id INTEGER,
                population INTEGER NOT NULL, feature_code TEXT, parent_id INTEGER, source TEXT);
            CREATE TABLE names(place_id INTEGER NOT NULL, name TEXT NOT NULL, folded TEXT NOT NULL,
                               skeleton TEXT NOT NULL, roman TEXT NOT NULL, is_primary INTEGER NOT NULL);
            CREATE TABLE not_places(folded TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, caps INTEGER NOT NULL);
            CREATE VIRTUAL TABLE fuzzy_names USING fts5(folded, tokenize = 'trigram', detail = 'none');
            CREATE VIRTUAL TABLE place_points USING rtree(id, min_lat, max_lat, min_lon, max_lon);
            CREATE TABLE regions(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, country TEXT, code TEXT,
                                 name TEXT NOT NULL, names TEXT NOT NULL, wkb BLOB NOT NULL);
            CREATE TABLE region_names(region_id INTEGER NOT NULL, folded TEXT NOT NULL, skeleton TEXT NOT NULL, roman TEXT NOT NULL);
            CREATE TABLE countries(iso TEXT PRIMARY KEY, name TEXT NOT NULL, capital TEXT NOT NULL, neighbours TEXT NOT NULL);
            """)
    }

    // MARK: Queries

    /// A name row that matched, with its place.
    struct NameHit {
        let place: Place
        let name: String
        let folded: String
        let skeleton: String
        let roman: String
        let isPrimary: Bool
    }

    private static let placeColumns = """
        p.id, p.name, p.lat, p.lon, p.country, p.admin1, r.name AS region_name, p.population,
        p.feature_code, p.parent_id
        """

    /// A place from the first ten columns of a row selected with `placeColumns` (read by
    /// position: look-ups by column name cost more than the query on a hot path).
    static func place(from row: Row) -> Place {
        Place(id: row[0], name: row[1], coordinate: Coordinate(latitude: row[2], longitude: row[3]),
              countryCode: row[4], admin1Code: row[5], admin1Name: row[6],
              population: row[7], featureCode: row[8], parentID: row[9])
    }

    /// Places with a name whose `column` ("folded", "roman" or "skeleton") equals one of `keys`.
    func hits(column: String, keys: [String], limit: Int = 500) throws -> [NameHit] {
        guard !keys.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        return try read { db in
            // A cached statement and a cursor: no recompiling, no copied rows.
            let statement = try db.cachedStatement(sql: """
                SELECT \(Self.placeColumns), n.name, n.folded, n.skeleton, n.roman, n.is_primary
                FROM names n JOIN places p ON p.id = n.place_id LEFT JOIN regions r ON r.id = p.region_id
                WHERE n.\(column) IN (\(marks)) LIMIT \(limit)
                """)
            let rows = try Row.fetchCursor(statement, arguments: StatementArguments(keys))
            var hits: [NameHit] = []
            while let row = try rows.next() {
                hits.append(NameHit(place: Self.place(from: row), name: row[10], folded: row[11], skeleton: row[12],
                                    roman: row[13], isPrimary: row[14]))
            }
            return hits
        }
    }

    /// Folded names that share trigrams with `folded`, most shared first.
    func similarNames(to folded: String, limit: Int = 60) throws -> [String] {
        let characters = Array(folded)
        guard characters.count >= 3 else { return [] }
        var trigrams = Set<String>()
        for start in 0...(characters.count - 3) {
            let trigram = String(characters[start..<start + 3]).replacingOccurrences(of: "\"", with: "")
            if trigram.count == 3 { trigrams.insert("\"\(trigram)\"") }
        }
        guard !trigrams.isEmpty else { return [] }
        let query = trigrams.sorted().joined(separator: " OR ")
        return try read { db in
            try String.fetchAll(db, sql: """
                SELECT folded FROM fuzzy_names WHERE fuzzy_names MATCH ? ORDER BY bm25(fuzzy_names) LIMIT \(limit)
                """, arguments: [query])
        }
    }

    /// The place with this id.
    public func place(id: Int) throws(GazetteerError) -> Place? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: """
                SELECT \(Self.placeColumns) FROM places p LEFT JOIN regions r ON r.id = p.region_id WHERE p.id = ?
                """), arguments: [id]).map(Self.place)
        }
    }

    /// The places nearest to `coordinate` by geodesic distance, nearest first.
    public func nearest(to coordinate: Coordinate, limit: Int = 5) throws(GazetteerError) -> [(place: Place, distance: Distance)] {
        var halfWidth = 0.05
        do {
            while true {
                let latitudeSpan = halfWidth
                let longitudeSpan = min(180, halfWidth / max(cos(coordinate.latitude * .pi / 180), 0.01))
                let rows = try database.read { db in
                    try Row.fetchAll(db, sql: """
                        SELECT \(Self.placeColumns) FROM place_points b JOIN places p ON p.id = b.id
                        LEFT JOIN regions r ON r.id = p.region_id
                        WHERE b.max_lat >= ? AND b.min_lat <= ? AND b.max_lon >= ? AND b.min_lon <= ?
                        """, arguments: [coordinate.latitude - latitudeSpan, coordinate.latitude + latitudeSpan,
                                         coordinate.longitude - longitudeSpan, coordinate.longitude + longitudeSpan])
                }
                let measured = rows.map(Self.place).map {
                    ($0, Geodesic.wgs84.inverse(from: coordinate, to: $0.coordinate).distance)
                }.sorted { $0.1 < $1.1 }
                // Only places within the box's inscribed radius are surely the nearest.
                let safe = Distance(metres: latitudeSpan * 110_574)
                let sure = measured.filter { $0.1 <= safe }
                if sure.count >= limit || halfWidth >= 180 {
                    return Array((halfWidth >= 180 ? measured : sure).prefix(limit))
                }
                halfWidth *= 4
            }
        } catch {
            throw .from(error, index: path)
        }
    }

    /// How many places the index holds.
    public func placeCount() throws(GazetteerError) -> Int {
        do {
            return try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM places") ?? 0 }
        } catch {
            throw .from(error, index: path)
        }
    }
}

extension GazetteerIndex {
    /// The ISO code of the country a name or code means ("Syria", "SY", "Syrian Arab Republic").
    public func countryCode(named name: String) throws(GazetteerError) -> String? {
        let core = RegionNames.core(name)
        guard !core.isEmpty else { return nil }
        // Countries and their names never change once the index is built: each name is read once.
        return try shared.regions.countryCodes.value(for: name) { () throws(GazetteerError) in
            // Two indexed look-ups: by name, then by ISO code.
            try read { db in
                try String.fetchOne(db.cachedStatement(sql: """
                    SELECT r.country FROM region_names n JOIN regions r ON r.id = n.region_id
                    WHERE n.folded = ? AND r.kind = 'country' LIMIT 1
                    """), arguments: [core])
                    ?? String.fetchOne(db.cachedStatement(sql: "SELECT iso FROM countries WHERE iso = ?"),
                                       arguments: [name.trimmingCharacters(in: .whitespaces).uppercased()])
            }
        }
    }
}
