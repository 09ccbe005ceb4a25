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
        let placesPath = files.places.path
        let placesReader = try GzipLineReader(path: placesPath)
        while let line = try placesReader.nextLine() {
            if line.hasPrefix("#") || line.isEmpty { continue }
            let record = try PlaceRecord(placesLine: line, path: placesPath, lineNumber: placesReader.lineNumber)
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
        try writer.settleRegions(db)
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
