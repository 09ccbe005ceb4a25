import Foundation
import GRDB
import Geodesy
import Geometry

/// Whether a place lies in a country or first-level region, with the evidence.
public struct Containment: Sendable, Codable, Hashable {
    public var place: Place
    public var region: Region
    /// The answer: the gazetteer's own record where it has one, else the polygon.
    public var isWithin: Bool
    /// What the place's record says: its GeoNames country code, or the first-level region the
    /// index gave it (by GeoNames admin-1 code, or by polygon where the codes do not match);
    /// nil when the record names no first-level region.
    public var byRecord: Bool?
    /// Whether the region's polygon covers the place's point.
    public var byPolygon: Bool
    /// The distance from the place's point to the region's outline.
    public var distanceToBoundary: Distance
}

extension GazetteerIndex {
    /// Checks whether `place` lies in `region`.
    ///
    /// - Parameter context: The GEOS context to work in; a caller checking many places should
    ///   pass one, so that its projections share one PROJ context (see ``GEOSContext``).
    public func containment(of place: Place, in region: Region, context: GEOSContext? = nil) throws(GazetteerError) -> Containment {
        try containment(of: place, in: region) { () throws(GazetteerError) in
            do {
                let shape = try geometry(of: region, context: try GEOSContext.given(context))
                return (try PreparedGeometry(shape), try shape.boundary())
            } catch let error as GazetteerError {
                throw error
            } catch {
                throw .database("region shape: \(error)")
            }
        }
    }

    /// Checks whether `place` lies in `region`, on the outline, its prepared form and its
    /// boundary that `shapes` keeps.
    public func containment(of place: Place, in region: Region, shapes: RegionShapes) throws(GazetteerError) -> Containment {
        try containment(of: place, in: region) { () throws(GazetteerError) in
            (try shapes.prepared(region, in: self), try shapes.boundary(of: region, in: self))
        }
    }

    private func containment(of place: Place, in region: Region,
                             shapes: () throws(GazetteerError) -> (outline: PreparedGeometry, boundary: Geometry)) throws(GazetteerError) -> Containment {
        let byRecord: Bool?
        if region.kind == .country {
            byRecord = place.countryCode == region.countryCode
        } else {
            let recordedRegion: Int? = try read { db in
                try Int.fetchOne(db.cachedStatement(sql: "SELECT region_id FROM places WHERE id = ?"), arguments: [place.id])
            }
            byRecord = recordedRegion.map { $0 == region.id }
        }
        let (outline, boundary) = try shapes()
        do {
            let byPolygon = try outline.covers(place.coordinate)
            let distance = try boundary.distance(from: place.coordinate)
            return Containment(place: place, region: region, isWithin: byRecord ?? byPolygon, byRecord: byRecord,
                               byPolygon: byPolygon, distanceToBoundary: distance)
        } catch {
            throw .database("region shape: \(error)")
        }
    }
}
