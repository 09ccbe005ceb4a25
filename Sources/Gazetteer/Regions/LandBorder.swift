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

/// The land borders of one country, each worked out when first needed and kept, measured from
/// any number of places.
///
/// Neighbours are the countries GeoNames lists as sharing a land border. The border with a
/// neighbour is the part of the neighbour's outline within 0.02° (about 2 km) of the home
/// country's outline: coastlines are left out, and small mismatches between the two
/// simplified outlines are bridged. Distances are geodesic metres (see
/// `Geometry.distance(from:)`). The shapes live in one GEOS context; use them from one thread
/// at a time (``RegionShapes`` keeps them between checks).
public final class CountryBorders {
    public let country: Country
    private let homeOutline: Geometry?
    private let homeBox: (west: Double, south: Double, east: Double, north: Double)
    private var neighbours: [Neighbour] = []

    private final class Neighbour {
        let country: Country
        let shape: Geometry
        let box: (west: Double, south: Double, east: Double, north: Double)
        /// The border line, once worked out; nil inside when the two outlines never meet.
        var line: Geometry??
        lazy var prepared: PreparedGeometry? = try? PreparedGeometry(shape)

        init(country: Country, shape: Geometry) throws {
            self.country = country
            self.shape = shape
            box = try shape.bounds()
        }
    }

    /// The land borders of the country with ISO code `countryCode`, its outlines made in `context`.
    public convenience init(countryCode: String, index: GazetteerIndex, context: GEOSContext) throws(GazetteerError) {
        try self.init(countryCode: countryCode, index: index) { region throws(GazetteerError) in
            try index.geometry(of: region, context: context)
        }
    }

    /// The land borders of a country over the outlines `shapes` keeps (see
    /// ``RegionShapes/borders(of:in:)``, which keeps the borders too).
    convenience init(countryCode: String, index: GazetteerIndex, shapes: RegionShapes) throws(GazetteerError) {
        try self.init(countryCode: countryCode, index: index) { region throws(GazetteerError) in
            try shapes.outline(of: region, in: index)
        }
    }

    private init(countryCode: String, index: GazetteerIndex, outline: (Region) throws(GazetteerError) -> Geometry) throws(GazetteerError) {
        guard let country = try index.country(code: countryCode) else { throw .unknownRegion(countryCode) }
        self.country = country
        guard let home = try index.countryRegion(code: countryCode) else {
            homeOutline = nil
            homeBox = (0, 0, 0, 0)
            return
        }
        do {
            let homeShape = try outline(home)
            homeOutline = try homeShape.boundary()
            homeBox = try homeShape.bounds()
            for code in country.neighbours {
                guard let neighbour = try index.country(code: code), let region = try index.countryRegion(code: code) else { continue }
                neighbours.append(try Neighbour(country: neighbour, shape: try outline(region)))
            }
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw .database("border shapes: \(error)")
        }
    }

    /// The border line with a neighbour: only where the two countries meet matters, so each
    /// outline is cut to the other's box (with a margin) before the buffer and the intersection,
    /// and a long border (the United States and Canada) costs what its own length costs.
    private func line(with neighbour: Neighbour) throws -> Geometry? {
        if let known = neighbour.line { return known }
        var line: Geometry?
        if let homeOutline {
            let box = neighbour.box, home = homeBox
            let homeNear = try homeOutline.clipped(west: box.west - 0.05, south: box.south - 0.05,
                                                   east: box.east + 0.05, north: box.north + 0.05)
            if !homeNear.isEmpty {
                let zone = try homeNear.planarBuffer(0.02, quadrantSegments: 2)
                let border = try neighbour.shape.boundary().clipped(west: home.west - 0.05, south: home.south - 0.05,
                                                                    east: home.east + 0.05, north: home.north + 0.05)
                    .intersection(zone)
                line = border.isEmpty ? nil : border
            }
        }
        neighbour.line = .some(line)
        return line
    }

    private func border(with neighbour: Neighbour, line: Geometry, from coordinate: Coordinate) throws -> LandBorder {
        let nearest = try line.distanceAndNearestPoint(to: coordinate)
        return LandBorder(neighbour: neighbour.country, distance: nearest.distance, nearestPoint: nearest.point,
                          pointIsInNeighbourPolygon: try neighbour.prepared?.covers(coordinate) ?? neighbour.shape.covers(
                              Geometry(point: coordinate, context: neighbour.shape.context)))
    }

    /// How far each land border is from `coordinate`, nearest first.
    public func borders(from coordinate: Coordinate) throws(GazetteerError) -> [LandBorder] {
        do {
            return try neighbours.compactMap { neighbour in
                try line(with: neighbour).map { try border(with: neighbour, line: $0, from: coordinate) }
            }.sorted { $0.distance < $1.distance }
        } catch {
            throw .database("border shapes: \(error)")
        }
    }

    /// The nearest land border to `coordinate` (with one of `codes`, when given), working out
    /// only the borders that can be nearest: a neighbour whose bounding box is already farther
    /// than the best border found is skipped.
    public func nearestBorder(from coordinate: Coordinate, among codes: Set<String>? = nil) throws(GazetteerError) -> LandBorder? {
        do {
            let candidates = neighbours.filter { codes?.contains($0.country.code) ?? true }
                .map { ($0, Self.lowerBound(from: coordinate, to: $0.box)) }
                .sorted { $0.1 < $1.1 }
            var best: LandBorder?
            for (neighbour, bound) in candidates {
                if let best, bound > best.distance.metres { break }
                guard let line = try line(with: neighbour) else { continue }
                let found = try border(with: neighbour, line: line, from: coordinate)
                if best == nil || found.distance < best!.distance { best = found }
            }
            return best
        } catch {
            throw .database("border shapes: \(error)")
        }
    }

    /// A distance in metres no greater than the geodesic distance from `coordinate` to any point
    /// of the box: the distance to the box's nearest point, less 10 % and 1 km for the box's
    /// edges along parallels, which are not geodesics.
    static func lowerBound(from coordinate: Coordinate, to box: (west: Double, south: Double, east: Double, north: Double)) -> Double {
        let latitude = min(max(coordinate.latitude, box.south), box.north)
        let longitude = min(max(coordinate.longitude, box.west), box.east)
        if latitude == coordinate.latitude, longitude == coordinate.longitude { return 0 }
        let metres = Geodesic.wgs84.inverse(from: coordinate, to: Coordinate(latitude: latitude, longitude: longitude)).distance.metres
        return max(0, metres * 0.9 - 1_000)
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
