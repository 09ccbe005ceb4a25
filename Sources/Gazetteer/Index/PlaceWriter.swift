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
        insertName = try db.makeStatement(sql: "INSERT INTO names(place_id, name, folded, skeleton, roman, is_primary) VALUES (?, ?, ?, ?, ?, ?)")
        insertPoint = try db.makeStatement(sql: "INSERT OR REPLACE INTO place_points(id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)")
        deleteNames = try db.makeStatement(sql: "DELETE FROM names WHERE place_id = ?")
        self.regions = regions
        self.replacing = replacing
    }

    /// Writes a place with all its names; `names` are the keys of its names when the caller
    /// worked them out already (see ``NameKeys/keys(for:firstIsPrimary:folder:)``).
    func write(_ record: PlaceRecord, names: [NameKeys]? = nil) throws {
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
        let keys = names ?? NameKeys.keys(for: [place.name] + record.alternateNames, firstIsPrimary: true, folder: folder)
        try insert(keys, to: place.id)
        count += 1
    }

    /// Adds names to a place, skipping any whose folded form it has already been given here.
    func addNames(_ names: [String], to placeID: Int, firstIsPrimary: Bool) throws {
        try insert(NameKeys.keys(for: names, firstIsPrimary: firstIsPrimary, folder: folder), to: placeID)
    }

    private func insert(_ keys: [NameKeys], to placeID: Int) throws {
        for key in keys {
            try insertName.execute(arguments: [placeID, key.name, key.folded, key.skeleton, key.roman, key.isPrimary])
        }
    }
}

/// A name with the keys it is looked up by.
struct NameKeys: Sendable {
    let name: String
    let folded: String
    let skeleton: String
    /// The news-romanisation key (see ``Romanisation``).
    let roman: String
    let isPrimary: Bool

    /// The keys of a place's names, leaving out names that fold to nothing or to a form an
    /// earlier name had.
    static func keys(for names: [String], firstIsPrimary: Bool, folder: NameFolder) -> [NameKeys] {
        var seen = Set<String>()
        var result: [NameKeys] = []
        result.reserveCapacity(names.count)
        for (index, name) in names.enumerated() {
            let folded = folder.fold(name)
            guard !folded.isEmpty else { continue }
            // "Qamislo" and "Qamişlo" fold alike but romanise apart: both are kept.
            let roman = Romanisation.key(ofFolded: Romanisation.folded(name, folded: folded))
            guard seen.insert(folded + "\u{1}" + roman).inserted else { continue }
            result.append(NameKeys(name: name, folded: folded, skeleton: NameKey.skeleton(ofFolded: folded),
                                   roman: roman, isPrimary: firstIsPrimary && index == 0))
        }
        return result
    }
}
