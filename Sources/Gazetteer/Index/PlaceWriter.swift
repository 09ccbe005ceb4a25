import GRDB
import Geodesy

extension PlaceWriter {
    /// Trusts the admin-1 code join only in countries where the sampled places agree with the
    /// polygons; elsewhere places every place by its polygon.
    func settleRegions(_ db: Database) throws {
        let doubtful = try String.fetchAll(db, sql: """
            SELECT country FROM places WHERE polygon_region_id IS NOT NULL
            GROUP BY country HAVING avg(region_id = polygon_region_id) < 0.9
            """)
        try placeByPolygon(countries: doubtful, db: db)
    }

    /// Sets the region of every place in `countries` by point-in-polygon.
    private func placeByPolygon(countries: [String], db: Database) throws {
        guard !countries.isEmpty else { return }
        let marks = Array(repeating: "?", count: countries.count).joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: "SELECT id, lat, lon, country FROM places WHERE country IN (\(marks))",
                                    arguments: StatementArguments(countries))
        let update = try db.makeStatement(sql: "UPDATE places SET region_id = ?, polygon_region_id = ? WHERE id = ?")
        for row in rows {
            let id: Int = row["id"]
            let region = try regions.regionID(containing: Coordinate(latitude: row["lat"], longitude: row["lon"]),
                                              country: row["country"])
            try update.execute(arguments: [region, region, id])
        }
    }
}

/// Inserts places with their names, their R*Tree entry and their first-level region. A place
/// whose id is already there is replaced, names and all.
final class PlaceWriter {
    let insertPlace: Statement
    let insertName: Statement
    let insertPoint: Statement
    let deleteNames: Statement
    let regions: RegionSet
    /// Whether places may already exist (an import into a built index).
    let replacing: Bool
    private(set) var count = 0
    private let folder = NameFolder()

    init(db: Database, regions: RegionSet, replacing: Bool = false) throws {
        insertPlace = try db.makeStatement(sql: """
            INSERT OR REPLACE INTO places(id, name, lat, lon, country, admin1, region_id, polygon_region_id, population,
                               feature_code, parent_id, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertName = try db.makeStatement(sql: "INSERT INTO names(place_id, name, folded, skeleton, is_primary) VALUES (?, ?, ?, ?, ?)")
        insertPoint = try db.makeStatement(sql: "INSERT OR REPLACE INTO place_points(id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)")
        deleteNames = try db.makeStatement(sql: "DELETE FROM names WHERE place_id = ?")
        self.regions = regions
        self.replacing = replacing
    }

    func write(_ record: PlaceRecord) throws {
        let place = record.place
        let byCode = regions.regionID(country: place.countryCode, admin1Code: place.admin1Code)
        // Point-in-polygon where the code gives nothing, and for every 8th place as a sample
        // that tells whether the country's codes are FIPS codes at all (see RegionSet).
        let byPolygon = byCode == nil || count % 8 == 0 ? try regions.regionID(containing: place.coordinate, country: place.countryCode) : nil
        try insertPlace.execute(arguments: [
            place.id, place.name, place.coordinate.latitude, place.coordinate.longitude, place.countryCode,
            place.admin1Code, byCode ?? byPolygon, byPolygon, place.population, place.featureCode, place.parentID,
            record.source,
        ])
        let c = place.coordinate
        try insertPoint.execute(arguments: [place.id, c.latitude, c.latitude, c.longitude, c.longitude])
        if replacing { try deleteNames.execute(arguments: [place.id]) }
        try addNames([place.name] + record.alternateNames, to: place.id, firstIsPrimary: true)
        count += 1
    }

    /// Adds names to a place, skipping any whose folded form it has already been given here.
    func addNames(_ names: [String], to placeID: Int, firstIsPrimary: Bool) throws {
        var seen = Set<String>()
        for (index, name) in names.enumerated() {
            let folded = folder.fold(name)
            guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
            try insertName.execute(arguments: [placeID, name, folded, NameKey.skeleton(ofFolded: folded), firstIsPrimary && index == 0])
        }
    }
}
