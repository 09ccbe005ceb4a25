import Dispatch
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
        return try IndexSwap.write(files: files, purpose: "building", startFromCurrent: false) { db in
            try fill(db, fingerprint: fingerprint)
        }
    }

    private func fill(_ db: Database, fingerprint: String) throws -> [String: Int] {
        try GazetteerIndex.createSchema(db)
        let regions = try RegionLoader(files: files).load(into: db)
        progress("regions: \(regions.count) first-level regions")
        try NotAPlaceList.load(from: files.notPlaces, into: db)

        var counts = ["admin1 regions": regions.count]
        let writer = try PlaceWriter(db: db, regions: regions)
        let placesPath = files.places.path
        let placesReader = try GzipLineReader(path: placesPath)
        let parser = BatchParser(path: placesPath)
        var batch: [(line: String, number: Int)] = []
        func flush() throws {
            for prepared in try parser.parse(batch) {
                try writer.write(prepared.record, names: prepared.names)
                if writer.count % 50_000 == 0 { progress("places: \(writer.count)") }
            }
            batch.removeAll(keepingCapacity: true)
        }
        while let line = try placesReader.nextLine() {
            if line.hasPrefix("#") || line.isEmpty { continue }
            batch.append((line, placesReader.lineNumber))
            if batch.count == BatchParser.batchSize { try flush() }
        }
        try flush()
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
            CREATE INDEX names_roman ON names(roman);
            CREATE INDEX names_place ON names(place_id);
            INSERT INTO fuzzy_names(folded) SELECT DISTINCT folded FROM names WHERE length(folded) >= 3;
            """)
        counts["names"] = try Int.fetchOne(db, sql: "SELECT count(*) FROM names") ?? 0
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('fingerprint', ?), ('built', ?)",
                       arguments: [fingerprint, ISO8601DateFormatter().string(from: Date())])
        return counts
    }
}

/// Parses lines of places.tsv.gz and works out their name keys on both cores, a batch at a
/// time; the results come back in line order, so the build stays deterministic.
private struct BatchParser {
    static let batchSize = 8192
    let path: String

    struct Prepared: Sendable {
        let record: PlaceRecord
        let names: [NameKeys]
    }

    func parse(_ lines: [(line: String, number: Int)]) throws(GazetteerError) -> [Prepared] {
        guard !lines.isEmpty else { return [] }
        let half = (lines.count + 1) / 2
        let parts = [Array(lines[..<half]), Array(lines[half...])]
        let results = WorkerSlots<Result<[Prepared], GazetteerError>>(count: 2, initial: .success([]))
        let path = self.path
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            let folder = NameFolder()
            results.store(Result { () throws(GazetteerError) -> [Prepared] in
                try parts[part].map { entry throws(GazetteerError) -> Prepared in
                    let record = try PlaceRecord(placesLine: entry.line, path: path, lineNumber: entry.number)
                    let names = NameKeys.keys(for: [record.place.name] + record.alternateNames, firstIsPrimary: true,
                                              folder: folder)
                    return Prepared(record: record, names: names)
                }
            }, at: part)
        }
        return try results.values[0].get() + results.values[1].get()
    }
}
