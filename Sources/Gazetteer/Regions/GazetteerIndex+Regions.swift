import Foundation
import GRDB
import Geodesy
import Geometry

/// A country or first-level region from the boundary data.
public struct Region: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable { case country, admin1 }
    public var id: Int
    public var kind: Kind
    /// ISO 3166-1 alpha-2 code of the country.
    public var countryCode: String
    /// The Natural Earth name, e.g. "Homs (Hims)".
    public var name: String

    private enum CodingKeys: String, CodingKey { case id, kind, countryCode = "country", name }
}

extension GazetteerIndex {
    /// Runs a read, turning database failures into ``GazetteerError``.
    ///
    /// Outside a transaction: a check makes a hundred or more reads of one or two queries each,
    /// and BEGIN and COMMIT around each (two more statements compiled and run) cost as much as
    /// many of the queries. Each query still reads a consistent state of the file; a read of
    /// two queries may see an import commit between them, which no caller minds.
    func read<T>(_ body: (Database) throws -> T) throws(GazetteerError) -> T {
        do {
            return try database.unsafeRead(body)
        } catch {
            throw .from(error, index: path)
        }
    }

    private static func region(from row: Row) -> Region {
        Region(id: row["id"], kind: Region.Kind(rawValue: row["kind"]) ?? .admin1,
               countryCode: row["country"] ?? "", name: row["name"])
    }

    /// The country GeoNames lists under an ISO code.
    public func country(code: String) throws(GazetteerError) -> Country? {
        let code = code.uppercased()
        return try shared.regions.countries.value(for: code) { () throws(GazetteerError) in
            try read { db in
                try Row.fetchOne(db, sql: "SELECT iso, name, capital, neighbours FROM countries WHERE iso = ?",
                                 arguments: [code]).map {
                    Country(code: $0["iso"], name: $0["name"], capital: $0["capital"],
                            neighbours: ($0["neighbours"] as String).split(separator: ",").map(String.init))
                }
            }
        }
    }

    /// The region with this id.
    public func region(id: Int) throws(GazetteerError) -> Region? {
        try shared.regions.regions.value(for: id) { () throws(GazetteerError) in
            try read { db in
                try Row.fetchOne(db, sql: "SELECT id, kind, country, name FROM regions WHERE id = ?", arguments: [id]).map(Self.region)
            }
        }
    }

    /// The country outline for an ISO code (the largest-id feature if the data has several).
    public func countryRegion(code: String) throws(GazetteerError) -> Region? {
        let code = code.uppercased()
        return try shared.regions.countryRegions.value(for: code) { () throws(GazetteerError) in
            try read { db in
                try Row.fetchOne(db, sql: "SELECT id, kind, country, name FROM regions WHERE kind = 'country' AND country = ? ORDER BY id LIMIT 1",
                                 arguments: [code]).map(Self.region)
            }
        }
    }

    /// Countries and first-level regions a name may mean ("Homs Governorate", "Muhafazat Hims",
    /// "Syria"), those in `preferredCountry` first, then countries, then the rest. Given a
    /// preferred country, a region elsewhere that only shares the name's consonants (its
    /// skeleton) does not count: "Karen State" in Myanmar is not Guinea's Kérouané, "Narnia" for
    /// a place in Syria not Colombia's Nariño. Without one ("Deir Ezzor" in a text that names no
    /// country), the skeleton is all there is to go by.
    public func regions(named name: String, preferredCountry: String? = nil) throws(GazetteerError) -> [Region] {
        let core = RegionNames.core(name)
        guard !core.isEmpty else { return [] }
        return try shared.regions.regionsNamed.value(for: .init(core: core, qualifier: preferredCountry)) { () throws(GazetteerError) in
            try regions(withCore: core, preferredCountry: preferredCountry)
        }
    }

    private func regions(withCore core: String, preferredCountry: String?) throws(GazetteerError) -> [Region] {
        let skeleton = NameKey.skeleton(ofFolded: core)
        let found = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT r.id, r.kind, r.country, r.name, (n.folded = ?) AS exact
                FROM region_names n JOIN regions r ON r.id = n.region_id
                WHERE n.folded = ? OR (length(?) >= 3 AND n.skeleton = ?)
                """, arguments: [core, core, skeleton, skeleton]).map { (Self.region(from: $0), ($0["exact"] as Int) == 1) }
        }.filter { $0.1 || preferredCountry == nil || $0.0.countryCode == preferredCountry }
        let ranked = found.sorted { a, b in
            func rank(_ entry: (Region, Bool)) -> (Int, Int, Int, Int) {
                (entry.1 ? 0 : 1, entry.0.countryCode == preferredCountry ? 0 : 1, entry.0.kind == .country ? 0 : 1, entry.0.id)
            }
            return rank(a) < rank(b)
        }
        var seen = Set<Int>()
        return ranked.map(\.0).filter { seen.insert($0.id).inserted }
    }

    /// Countries and first-level regions one of whose names is this one, once generic words are
    /// dropped ("Idlib province" → "idlib") and French compass words put in English ("Nord-Kivu"
    /// → "north kivu"): spelled so, or, with `allowingRomanised`, a first-level region equal under
    /// the news-romanisation equivalences ("Hasakah" / "Hasaka"; see ``Romanisation``); never by
    /// skeleton. Countries first, then spelled alike.
    public func regions(exactlyNamed name: String, allowingRomanised: Bool = false) throws(GazetteerError) -> [Region] {
        let core = RegionNames.core(name)
        guard !core.isEmpty else { return [] }
        // A key no name has when equivalences are not allowed.
        let roman = allowingRomanised ? Romanisation.key(ofFolded: core) : "-"
        return try shared.regions.regionsExactlyNamed.value(for: .init(core: core, qualifier: roman)) { () throws(GazetteerError) in
            try read { db in
                try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT r.id, r.kind, r.country, r.name, max(n.folded = ?) AS spelled FROM region_names n
                    JOIN regions r ON r.id = n.region_id
                    WHERE n.folded = ? OR (length(?) >= 4 AND n.roman = ? AND r.kind = 'admin1')
                    GROUP BY r.id ORDER BY r.kind = 'country' DESC, spelled DESC, r.id
                    """), arguments: [core, core, roman, roman]).map(Self.region)
            }
        }
    }

    /// The shape of a region, made in `context`.
    public func geometry(of region: Region, context: GEOSContext) throws(GazetteerError) -> Geometry {
        let wkb = try outline(of: region)
        do {
            return try Geometry(wkb: wkb, context: context)
        } catch {
            throw .database("shape of \(region.name): \(error)")
        }
    }

    /// The outline of a region as WKB, read once per process.
    func outline(of region: Region) throws(GazetteerError) -> Data {
        let wkb = try shared.regions.outlines.value(for: region.id) { () throws(GazetteerError) in
            try read { db in
                try Data.fetchOne(db, sql: "SELECT wkb FROM regions WHERE id = ?", arguments: [region.id])
            }
        }
        guard let wkb else { throw .unknownRegion(region.name) }
        return wkb
    }

    /// The first-level region whose polygon holds `coordinate`, searched among the regions of
    /// `countries` (the countries of the places around the point).
    public func admin1Region(containing coordinate: Coordinate, amongCountries countries: [String]) throws(GazetteerError) -> Region? {
        guard !countries.isEmpty else { return nil }
        let marks = Array(repeating: "?", count: countries.count).joined(separator: ", ")
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, kind, country, name, wkb FROM regions WHERE kind = 'admin1' AND country IN (\(marks))
                """, arguments: StatementArguments(countries))
        }
        do {
            let context = try GEOSContext()
            let point = try Geometry(point: coordinate, context: context)
            for row in rows {
                let wkb: Data = row["wkb"]
                if try Geometry(wkb: wkb, context: context).covers(point) { return Self.region(from: row) }
            }
            return nil
        } catch {
            throw .database("region shapes: \(error)")
        }
    }
}

extension GazetteerIndex {
    /// The outlines (WKB) of every country, or of the first-level regions of `countries`.
    public func outlines(of kind: Region.Kind, countries: [String]? = nil) throws(GazetteerError) -> [(region: Region, wkb: Data)] {
        try read { db in
            var sql = "SELECT id, kind, country, name, wkb FROM regions WHERE kind = ?"
            var arguments: [(any DatabaseValueConvertible)?] = [kind.rawValue]
            if let countries {
                guard !countries.isEmpty else { return [] }
                sql += " AND country IN (\(Array(repeating: "?", count: countries.count).joined(separator: ", ")))"
                arguments += countries.map { $0 as (any DatabaseValueConvertible)? }
            }
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map {
                (Self.region(from: $0), $0["wkb"] as Data)
            }
        }
    }
}

extension GazetteerIndex {
    /// The seat of a first-level region: its largest place that GeoNames codes as a first-level
    /// seat (PPLA) or a capital (PPLC); nil when none is coded so.
    public func seat(of region: Region) throws(GazetteerError) -> Place? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT p.id, p.name, p.lat, p.lon, p.country, p.admin1, r.name AS region_name, p.population,
                       p.feature_code, p.parent_id
                FROM places p LEFT JOIN regions r ON r.id = p.region_id
                WHERE p.region_id = ? AND p.feature_code IN ('PPLA', 'PPLC') ORDER BY p.population DESC LIMIT 1
                """, arguments: [region.id]).map(Self.place)
        }
    }

    /// The first-level region the index gave a place (by its GeoNames admin-1 code, or by
    /// polygon where the codes do not match the boundaries), if any.
    public func region(of place: Place) throws(GazetteerError) -> Region? {
        let id: Int? = try read { db in
            try Int.fetchOne(db, sql: "SELECT region_id FROM places WHERE id = ?", arguments: [place.id])
        }
        return try id.flatMap { id throws(GazetteerError) in try region(id: id) }
    }
}
