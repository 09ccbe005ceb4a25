import Foundation
import GRDB
import Geodesy

/// Adds a GeoNames dump to the index: `allCountries.txt`, a country file such as `SY.txt`, or
/// `cities*.txt` (plain or gzip-compressed), and optionally `alternateNamesV2.txt`.
///
/// The import streams the files and runs in one transaction on a copy of the index that
/// replaces the index only when it succeeded. Places already in the index (by geonameid) are
/// replaced. Rebuilding the index from the shipped data (`gazetteer build`, or a change of the
/// shipped files) drops imported places: import again after that.
public struct GeoNamesImport {
    /// What an import did.
    public struct Report: Sendable {
        public var placesImported = 0
        public var namesImported = 0
        /// Malformed lines that were skipped: file, line number, reason (the first 100).
        public var skipped: [GazetteerError] = []
        public var skippedCount = 0
    }

    /// Progress: the file being read, the fraction of it read (0...1), places so far.
    public typealias Progress = (_ file: String, _ fraction: Double, _ places: Int) -> Void

    public let files: GazetteerFiles
    /// Whether a malformed line aborts the import (otherwise it is reported and skipped).
    public var strict = false

    public init(files: GazetteerFiles, strict: Bool = false) {
        self.files = files
        self.strict = strict
    }

    /// Imports `dump` (and `alternateNames`, if given).
    ///
    /// Imports and builds hold the index lock for their whole run: two imports at once run one
    /// after the other, the second starting from the first one's result, so neither is lost.
    ///
    /// - Parameter waiting: Told once, in one line, when another build or import is running.
    public func run(dump: String, alternateNames: String? = nil, waiting: (String) -> Void = { _ in },
                    progress: Progress = { _, _, _ in }) throws(GazetteerError) -> Report {
        try IndexLock.withLock(files: files, waiting: waiting) { () throws(GazetteerError) -> Report in
            _ = try GazetteerIndex.open(files: files)   // make sure there is an index to add to
            return try IndexSwap.write(files: files, purpose: "importing", startFromCurrent: true) { db in
                try importAll(db, dump: dump, alternateNames: alternateNames, progress: progress)
            }
        }
    }

    private func importAll(_ db: Database, dump: String, alternateNames: String?, progress: Progress) throws -> Report {
        var report = Report()
        let writer = try PlaceWriter(db: db, regions: RegionSet.load(from: db), replacing: true)
        let reader = try GzipLineReader(path: dump)
        let size = Self.size(of: dump)
        while let line = try nextLine(reader, report: &report) {
            if line.isEmpty || line.hasPrefix("#") { continue }
            do {
                try writer.write(PlaceRecord(geoNamesDumpLine: line, path: dump, lineNumber: reader.lineNumber))
            } catch let error as GazetteerError {
                try skip(error, report: &report)
                continue
            }
            if writer.count % 10_000 == 0 { progress(dump, size > 0 ? Double(reader.bytesRead) / size : 0, writer.count) }
        }
        report.placesImported = writer.count
        progress(dump, 1, writer.count)
        if let alternateNames {
            report.namesImported = try importAlternateNames(alternateNames, writer: writer, db: db, report: &report, progress: progress)
        }
        try writer.settleRegions(db)
        try db.execute(sql: """
            DELETE FROM fuzzy_names;
            INSERT INTO fuzzy_names(folded) SELECT DISTINCT folded FROM names WHERE length(folded) >= 3;
            """)
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('imported', ?)",
                       arguments: [ISO8601DateFormatter().string(from: Date()) + " " + dump])
        return report
    }

    /// alternateNamesV2.txt: id, geonameid, language, name, preferred, short, colloquial,
    /// historic, from, to. Names of places not in the index, and codes rather than names
    /// (links, postal codes, airport codes), are passed over.
    private func importAlternateNames(_ path: String, writer: PlaceWriter, db: Database, report: inout Report, progress: Progress) throws -> Int {
        let reader = try GzipLineReader(path: path)
        let size = Self.size(of: path)
        let exists = try db.makeStatement(sql: "SELECT 1 FROM places WHERE id = ?")
        let codes: Set<String> = ["link", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "wkdt", "phon", "piny"]
        var added = 0
        var lastPlace = -1, lastExists = false
        while let line = try nextLine(reader, report: &report) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 4, let placeID = Int(fields[1]) else {
                try skip(.malformedLine(path: path, line: reader.lineNumber, reason: "expected 10 tab-separated alternate-name fields"),
                         report: &report)
                continue
            }
            if codes.contains(String(fields[2])) || fields[3].isEmpty { continue }
            if placeID != lastPlace {
                lastPlace = placeID
                lastExists = try Bool.fetchOne(exists, arguments: [placeID]) ?? false
            }
            guard lastExists else { continue }
            try writer.addNames([String(fields[3])], to: placeID, firstIsPrimary: false)
            added += 1
            if added % 100_000 == 0 { progress(path, size > 0 ? Double(reader.bytesRead) / size : 0, added) }
        }
        return added
    }

    private func nextLine(_ reader: GzipLineReader, report: inout Report) throws -> String? {
        while true {
            let result = Result<String?, GazetteerError> { () throws(GazetteerError) in try reader.nextLine() }
            switch result {
            case .success(let line):
                return line
            case .failure(let error):
                // An over-long line is skipped like any malformed one; anything else stops.
                if error.isMalformedLine { try skip(error, report: &report) } else { throw error }
            }
        }
    }

    private func skip(_ error: GazetteerError, report: inout Report) throws {
        if strict { throw error }
        report.skippedCount += 1
        if report.skipped.count < 100 { report.skipped.append(error) }
    }

    private static func size(of path: String) -> Double {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.doubleValue ?? 0
    }
}
