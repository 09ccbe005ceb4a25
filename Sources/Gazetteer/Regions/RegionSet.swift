import Geodesy
import Geometry

/// First-level regions held in memory during an index build, to give every place its region
/// two ways: by the GeoNames admin-1 code read as the region's FIPS code, and by
/// point-in-polygon through an STRtree and prepared geometries. GeoNames uses FIPS codes for
/// many countries (Syria: SY11 is Homs) but not all (France), so the builder trusts the code
/// join only in countries where it agrees with the polygons; near borders the code is the
/// better truth, as the simplified polygons put some border towns on the wrong side.
final class RegionSet {
    private let context: GEOSContext
    private let tree: STRtree
    private var geometries: [Int: Geometry] = [:]
    private var prepared: [Int: PreparedGeometry] = [:]
    private var byFIPS: [String: Int] = [:]
    private var countries: [Int: String] = [:]
    private var ambiguousFIPS: Set<String> = []
    private(set) var count = 0

    init() throws {
        context = try GEOSContext()
        tree = try STRtree(context: context)
    }

    func add(id: Int, country: String, fips: String, wkb: [UInt8]) throws {
        let geometry = try Geometry(wkb: wkb, context: context)
        geometries[id] = geometry
        countries[id] = country
        try tree.insert(geometry, id: id)
        count += 1
        guard fips.count > 2 else { return }
        // The FIPS code's country prefix differs from ISO for some countries; key on the ISO
        // country and the code part after the prefix.
        let key = country + "/" + fips.dropFirst(2)
        if byFIPS[key] != nil { ambiguousFIPS.insert(key) } else { byFIPS[key] = id }
    }

    /// The region whose FIPS code matches the place's admin-1 code, if exactly one does.
    func regionID(country: String, admin1Code: String) -> Int? {
        let key = country + "/" + admin1Code
        guard !admin1Code.isEmpty, !ambiguousFIPS.contains(key) else { return nil }
        return byFIPS[key]
    }

    /// The region of `country` whose polygon holds the point. A region of another country is
    /// never the answer: near a border the simplified polygons may put the point across it.
    func regionID(containing coordinate: Coordinate, country: String) throws -> Int? {
        let point = try Geometry(point: coordinate, context: context)
        for id in try tree.query(intersecting: point).sorted() where countries[id] == country {
            let shape: PreparedGeometry
            if let cached = prepared[id] {
                shape = cached
            } else {
                shape = try PreparedGeometry(geometries[id]!)
                prepared[id] = shape
            }
            if try shape.covers(point) { return id }
        }
        return nil
    }
}

import Foundation
import GRDB

extension RegionSet {
    /// The first-level regions already stored in an index.
    static func load(from db: Database) throws -> RegionSet {
        let set = try RegionSet()
        let rows = try Row.fetchCursor(db, sql: "SELECT id, country, code, wkb FROM regions WHERE kind = 'admin1' ORDER BY id")
        while let row = try rows.next() {
            let wkb: Data = row["wkb"]
            try set.add(id: row["id"], country: row["country"] ?? "", fips: row["code"] ?? "", wkb: [UInt8](wkb))
        }
        return set
    }
}
