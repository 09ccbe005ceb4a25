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

/// The land borders of one country, worked out once and measured from any number of places.
///
/// Neighbours are the countries GeoNames lists as sharing a land border. The border with a
/// neighbour is the part of the neighbour's outline within 0.02° (about 2 km) of the home
/// country's outline: coastlines are left out, and small mismatches between the two
/// simplified outlines are bridged. Distances are geodesic metres (see
/// `Geometry.distance(from:)`). The shapes live in `context`; use it from one thread.
public struct CountryBorders {
    public let country: Country
    private let lines: [(neighbour: Country, line: Geometry, shape: PreparedGeometry)]

    public init(countryCode: String, index: GazetteerIndex, context: GEOSContext) throws(GazetteerError) {
        guard let country = try index.country(code: countryCode) else { throw .unknownRegion(countryCode) }
        self.country = country
        guard let home = try index.countryRegion(code: countryCode) else {
            lines = []
            return
        }
        do {
            let homeShape = try index.geometry(of: home, context: context)
            let homeOutline = try homeShape.boundary()
            let homeBox = try homeShape.bounds()
            var lines: [(Country, Geometry, PreparedGeometry)] = []
            for code in country.neighbours {
                guard let neighbour = try index.country(code: code), let region = try index.countryRegion(code: code) else { continue }
                let shape = try index.geometry(of: region, context: context)
                // Work only where the two countries meet: each outline cut to the other's box
                // (with a margin) before the buffer and the intersection, so that a long border
                // (the United States and Canada) costs what its own length costs.
                let box = try shape.bounds()
                let homeNear = try homeOutline.clipped(west: box.west - 0.05, south: box.south - 0.05,
                                                       east: box.east + 0.05, north: box.north + 0.05)
                guard !homeNear.isEmpty else { continue }
                let zone = try homeNear.planarBuffer(0.02, quadrantSegments: 2)
                let border = try shape.boundary().clipped(west: homeBox.west - 0.05, south: homeBox.south - 0.05,
                                                          east: homeBox.east + 0.05, north: homeBox.north + 0.05)
                    .intersection(zone)
                guard !border.isEmpty else { continue }
                lines.append((neighbour, border, try PreparedGeometry(shape)))
            }
            self.lines = lines
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw .database("border shapes: \(error)")
        }
    }

    /// How far each land border is from `coordinate`, nearest first.
    public func borders(from coordinate: Coordinate) throws(GazetteerError) -> [LandBorder] {
        do {
            return try lines.map { entry in
                LandBorder(neighbour: entry.neighbour, distance: try entry.line.distance(from: coordinate),
                           nearestPoint: try entry.line.nearestPoint(to: coordinate),
                           pointIsInNeighbourPolygon: try entry.shape.covers(coordinate))
            }.sorted { $0.distance < $1.distance }
        } catch {
            throw .database("border shapes: \(error)")
        }
    }
}

extension GazetteerIndex {
    /// How far the land borders of the place's country are from it, nearest first (see
    /// ``CountryBorders``, which a caller measuring many places should keep).
    public func landBorders(of place: Place) throws(GazetteerError) -> [LandBorder] {
        guard try country(code: place.countryCode) != nil else { return [] }
        do {
            return try CountryBorders(countryCode: place.countryCode, index: self, context: try GEOSContext()).borders(from: place.coordinate)
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw .database("border shapes: \(error)")
        }
    }
}
