import Dispatch
import Foundation
import GRDB
import Geodesy
import Geometry

/// Builds the SQLite index from the shipped data, in one transaction into a new file that
/// replaces the old index only when everything succeeded.
///
/// The size rule: a build fails, keeping the old index, when places.tsv.gz yields no places, or
/// fewer than half the places of the shipped data the index it would replace was built from
/// (unless `allowingSmaller`); and when countries.tsv yields no countries.
struct IndexBuilder {
    let files: GazetteerFiles
    /// Whether data far smaller than the current index's may replace it.
    var allowingSmaller = false
    /// Called with a one-line progress message now and then.
    var progress: (String) -> Void = { _ in }

    init(files: GazetteerFiles, allowingSmaller: Bool = false, progress: @escaping (String) -> Void = { _ in }) {
        self.files = files
        self.allowingSmaller = allowingSmaller
        self.progress = progress
    }

    /// Builds the index and returns what it holds.
    @discardableResult
    func build() throws(GazetteerError) -> [String: Int] {
        let fingerprint = try files.dataFingerprint()
        let previous = allowingSmaller ? nil : Self.shippedPlaceCount(ofIndexAt: files.index.path)
        return try IndexSwap.write(files: files, purpose: "building", startFromCurrent: false) { db in
            try fill(db, fingerprint: fingerprint, previous: previous)
        }
    }

    /// How many places of the shipped data (not the supplement) the index at `path` holds, if
    /// there is a readable one: its record of that, else its places without a source note.
    static func shippedPlaceCount(ofIndexAt path: String) -> Int? {
        guard let index = try? GazetteerIndex.openExisting(at: path) else { return nil }
        return try? index.database.read { db in
            if let recorded = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'geonames_places'") {
                return Int(recorded)
            }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM places WHERE source IS NULL")
        }
    }

    /// Applies the size rule to the places read from places.tsv.gz.
    private func checkSize(_ found: Int, previous: Int?) throws(GazetteerError) {
        if found == 0 { throw .inputTooSmall(path: files.places.path, found: 0, previous: nil) }
        if let previous, found * 2 < previous {
            throw .inputTooSmall(path: files.places.path, found: found, previous: previous)
        }
    }

    private func fill(_ db: Database, fingerprint: String, previous: Int?) throws -> [String: Int] {
        try GazetteerIndex.createSchema(db)
        let regions = try RegionLoader(files: files).load(into: db)
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM countries") ?? 0 > 0 else {
            throw GazetteerError.malformedLine(path: files.countries.path, line: 1, reason: "no countries in the file (empty or truncated?); restore it")
        }
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
        try checkSize(writer.count, previous: previous)
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
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('fingerprint', ?), ('built', ?), ('geonames_places', ?)",
                       arguments: [fingerprint, ISO8601DateFormatter().string(from: Date()), String(counts["geonames"] ?? 0)])
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
