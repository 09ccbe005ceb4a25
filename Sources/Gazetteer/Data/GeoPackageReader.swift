import Foundation
import GRDB
import Geometry

/// Reads feature layers of an OGC GeoPackage: each geometry blob is a 'GP' header (magic,
/// version, flags, SRS id, optional envelope) followed by standard WKB, which GEOS reads.
struct GeoPackageReader {
    let path: String
    private let database: DatabaseQueue

    init(path: String) throws(GazetteerError) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadableFile(path: path, reason: "no such file")
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            database = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw .unreadableFile(path: path, reason: "\(error)")
        }
        self.path = path
    }

    /// Every feature of `layer`: its id, its attribute columns as text, its WKB.
    func features(layer: String, columns: [String]) throws(GazetteerError) -> [(id: Int, attributes: [String: String], wkb: [UInt8])] {
        do {
            return try database.read { db in
                let selected = (["fid", "geom"] + columns).map { "\"\($0)\"" }.joined(separator: ", ")
                var result: [(Int, [String: String], [UInt8])] = []
                let rows = try Row.fetchCursor(db, sql: "SELECT \(selected) FROM \"\(layer)\" ORDER BY fid")
                while let row = try rows.next() {
                    let id: Int = row["fid"]
                    guard let blob: Data = row["geom"] else { continue }
                    let wkb = try Self.wkb(fromGeoPackageBlob: [UInt8](blob), layer: layer, feature: id)
                    var attributes: [String: String] = [:]
                    for column in columns {
                        attributes[column] = (row[column] as String?) ?? ""
                    }
                    result.append((id, attributes, wkb))
                }
                return result
            }
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw .database("\(path): \(error)")
        }
    }

    /// The WKB inside a GeoPackage geometry blob (GeoPackage 1.3, §2.1.3).
    static func wkb(fromGeoPackageBlob blob: [UInt8], layer: String, feature: Int) throws(GazetteerError) -> [UInt8] {
        guard blob.count >= 8, blob[0] == UInt8(ascii: "G"), blob[1] == UInt8(ascii: "P") else {
            throw .malformedGeometry(layer: layer, feature: feature, reason: "no 'GP' magic")
        }
        let flags = blob[3]
        let envelopeBytes: Int
        switch (flags >> 1) & 0b111 {
        case 0: envelopeBytes = 0
        case 1: envelopeBytes = 32
        case 2, 3: envelopeBytes = 48
        case 4: envelopeBytes = 64
        default:
            throw .malformedGeometry(layer: layer, feature: feature, reason: "invalid envelope code in flags \(flags)")
        }
        let start = 8 + envelopeBytes
        guard blob.count > start else {
            throw .malformedGeometry(layer: layer, feature: feature, reason: "blob ends inside its header")
        }
        return Array(blob[start...])
    }
}
