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
}

extension GazetteerIndex {
    /// The first-level region whose polygon holds `coordinate`, searched among the regions of
    /// `countries` (the countries of the places around the point).
    public func admin1Region(containing coordinate: Coordinate, amongCountries countries: [String]) throws(GazetteerError) -> Region? {
        guard !countries.isEmpty else { return nil }
        do {
            let marks = Array(repeating: "?", count: countries.count).joined(separator: ", ")
            let rows = try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT id, kind, country, name, wkb FROM regions WHERE kind = 'admin1' AND country IN (\(marks))
                    """, arguments: StatementArguments(countries))
            }
            let context = try GEOSContext()
            let point = try Geometry(point: coordinate, context: context)
            for row in rows {
                let wkb: Data = row["wkb"]
                if try Geometry(wkb: wkb, context: context).covers(point) {
                    return Region(id: row["id"], kind: .admin1, countryCode: row["country"], name: row["name"])
                }
            }
            return nil
        } catch let error as GazetteerError {
            throw error
        } catch let error as GeometryError {
            throw .database("region shapes: \(error)")
        } catch {
            throw .database("\(error)")
        }
    }
}
