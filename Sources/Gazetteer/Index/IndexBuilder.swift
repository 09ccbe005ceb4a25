import Foundation
import GRDB
import Geodesy
import Geometry

/// Builds the SQLite index from the shipped data, in one transaction into a new file that
/// replaces the old index only when everything succeeded.
struct IndexBuilder {
    let files: GazetteerFiles
    /// Called with a one-line progress message now and then.
    var progress: (String) -> Void = { _ in }

    /// Builds the index and returns what it holds.
    @discardableResult
    func build() throws(GazetteerError) -> [String: Int] {
        let fingerprint = try files.dataFingerprint()
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: files.cacheDirectory, withIntermediateDirectories: true)
        } catch {
            throw .unreadableFile(path: files.cacheDirectory.path, reason: "cannot create the cache folder: \(error.localizedDescription)")
        }
        let temporary = files.cacheDirectory.appendingPathComponent("gazetteer.sqlite.building-\(getpid())")
        try? manager.removeItem(at: temporary)
        var counts: [String: Int] = [:]
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
                try db.inTransaction {
                    counts = try fill(db, fingerprint: fingerprint)
                    return .commit
                }
            }
            try queue.close()
            if rename(temporary.path, files.index.path) != 0 {
                throw GazetteerError.database("cannot move the new index into place: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? manager.removeItem(at: temporary)
            if let error = error as? GazetteerError { throw error }
            throw .database("\(error)")
        }
        return counts
    }

    private func fill(_ db: Database, fingerprint: String) throws -> [String: Int] {
        try GazetteerIndex.createSchema(db)
        let regions = try RegionLoader(files: files).load(into: db)
        progress("regions: \(regions.count) first-level regions")

        var counts = ["admin1 regions": regions.count]
        let writer = try PlaceWriter(db: db, regions: regions)
        let placesReader = try GzipLineReader(path: files.places.path)
        while let line = try placesReader.nextLine() {
            if line.hasPrefix("#") || line.isEmpty { continue }
            let record = try PlaceRecord(placesLine: line, path: files.places.path, lineNumber: placesReader.lineNumber)
            try writer.write(record)
            if writer.count % 50_000 == 0 { progress("places: \(writer.count)") }
        }
        counts["geonames"] = writer.count
        if FileManager.default.fileExists(atPath: files.supplement.path) {
            let reader = try GzipLineReader(path: files.supplement.path)
            let before = writer.count
            while let line = try reader.nextLine() {
                if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                try writer.write(PlaceRecord(supplementLine: line, path: files.supplement.path, lineNumber: reader.lineNumber))
            }
            counts["supplement"] = writer.count - before
        }
        // Trust the admin-1 code join only in countries where the sample agrees with the
        // polygons; elsewhere place every place by its polygon.
        let doubtful = try String.fetchAll(db, sql: """
            SELECT country FROM places WHERE polygon_region_id IS NOT NULL
            GROUP BY country HAVING avg(region_id = polygon_region_id) < 0.9
            """)
        try writer.placeByPolygon(countries: doubtful, db: db)
        progress("names: indexing")
        try db.execute(sql: """
            CREATE INDEX names_folded ON names(folded);
            CREATE INDEX names_skeleton ON names(skeleton);
            CREATE INDEX names_place ON names(place_id);
            INSERT INTO fuzzy_names(folded) SELECT DISTINCT folded FROM names WHERE length(folded) >= 3;
            """)
        counts["names"] = try Int.fetchOne(db, sql: "SELECT count(*) FROM names") ?? 0
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('fingerprint', ?), ('built', ?)",
                       arguments: [fingerprint, ISO8601DateFormatter().string(from: Date())])
        return counts
    }
}

extension PlaceWriter {
    /// Sets the region of every place in `countries` by point-in-polygon.
    func placeByPolygon(countries: [String], db: Database) throws {
        guard !countries.isEmpty else { return }
        let marks = Array(repeating: "?", count: countries.count).joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: "SELECT id, lat, lon FROM places WHERE country IN (\(marks))",
                                    arguments: StatementArguments(countries))
        let update = try db.makeStatement(sql: "UPDATE places SET region_id = ?, polygon_region_id = ? WHERE id = ?")
        for row in rows {
            let id: Int = row["id"]
            let region = try regions.regionID(containing: Coordinate(latitude: row["lat"], longitude: row["lon"]))
            try update.execute(arguments: [region, region, id])
        }
    }
}

/// Inserts places with their names, their R*Tree entry and their first-level region.
private final class PlaceWriter {
    let insertPlace: Statement
    let insertName: Statement
    let insertPoint: Statement
    let regions: RegionSet
    private(set) var count = 0

    init(db: Database, regions: RegionSet) throws {
        insertPlace = try db.makeStatement(sql: """
            INSERT INTO places(id, name, lat, lon, country, admin1, region_id, polygon_region_id, population,
                               feature_code, parent_id, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertName = try db.makeStatement(sql: "INSERT INTO names(place_id, name, folded, skeleton, is_primary) VALUES (?, ?, ?, ?, ?)")
        insertPoint = try db.makeStatement(sql: "INSERT INTO place_points(id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)")
        self.regions = regions
    }

    func write(_ record: PlaceRecord) throws {
        let place = record.place
        let byCode = regions.regionID(country: place.countryCode, admin1Code: place.admin1Code)
        // Point-in-polygon where the code gives nothing, and for every 8th place as a sample
        // that tells whether the country's codes are FIPS codes at all (see RegionSet).
        let byPolygon = byCode == nil || count % 8 == 0 ? try regions.regionID(containing: place.coordinate) : nil
        try insertPlace.execute(arguments: [
            place.id, place.name, place.coordinate.latitude, place.coordinate.longitude, place.countryCode,
            place.admin1Code, byCode ?? byPolygon, byPolygon, place.population, place.featureCode, place.parentID,
            record.source,
        ])
        let c = place.coordinate
        try insertPoint.execute(arguments: [place.id, c.latitude, c.latitude, c.longitude, c.longitude])
        var seen = Set<String>()
        for (index, name) in ([place.name] + record.alternateNames).enumerated() {
            let folded = NameKey.folded(name)
            guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
            try insertName.execute(arguments: [place.id, name, folded, NameKey.skeleton(ofFolded: folded), index == 0])
        }
        count += 1
    }
}
