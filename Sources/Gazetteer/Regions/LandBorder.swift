import Foundation
import GRDB
import Geodesy
import Geometry

/// The land border between a place's country and one neighbour, as seen from the place.
public struct LandBorder: Sendable, Codable, Hashable {
    /// The country across the border.
    public var neighbour: Country
    /// The shortest distance from the place to that border.
    public var distance: Distance
    /// The point of the border nearest to the place.
    public var nearestPoint: Coordinate
    /// Whether the place's point falls inside the neighbour's polygon: the boundary data is
    /// simplified, so a border town's point can land on the wrong side; the distance is then to
    /// the neighbour's outline from inside.
    public var pointIsInNeighbourPolygon: Bool
}

extension GazetteerIndex {
    /// How far the land borders of the place's country are from it, nearest first.
    ///
    /// Neighbours are the countries GeoNames lists as sharing a land border. The border with a
    /// neighbour is the part of the neighbour's outline within 0.02° (about 2 km) of the home
    /// country's outline: coastlines are left out, and small mismatches between the two
    /// simplified outlines are bridged. Distances are geodesic metres (see
    /// `Geometry.distance(from:)`).
    public func landBorders(of place: Place) throws(GazetteerError) -> [LandBorder] {
        guard let country = try country(code: place.countryCode),
              let home = try countryRegion(code: place.countryCode) else { return [] }
        do {
            let context = try GEOSContext()
            let homeZone = try geometry(of: home, context: context).planarBuffer(0.02, quadrantSegments: 2)
            let point = try Geometry(point: place.coordinate, context: context)
            var result: [LandBorder] = []
            for code in country.neighbours {
                guard let neighbour = try self.country(code: code), let region = try countryRegion(code: code) else { continue }
                let shape = try geometry(of: region, context: context)
                let border = try shape.boundary().intersection(homeZone)
                guard !border.isEmpty else { continue }
                result.append(LandBorder(
                    neighbour: neighbour, distance: try border.distance(from: place.coordinate),
                    nearestPoint: try border.nearestPoint(to: place.coordinate),
                    pointIsInNeighbourPolygon: try shape.covers(point)))
            }
            return result.sorted { $0.distance < $1.distance }
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw .database("border shapes: \(error)")
        }
    }
}
