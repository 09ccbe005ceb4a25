import Geodesy
import Geometry
import Testing

@Suite("Distances and buffers in metres")
struct MetricTests {
    @Test("distance to a vertex is the geodesic distance")
    func vertexDistance() throws {
        // The nearest point of this triangle to (0°, 1°E) is its vertex at (0°, 0°); the
        // geodesic along the equator is a·π/180 = 111,319.4908 m (a = 6,378,137 m).
        let triangle = try Geometry(wkt: "POLYGON ((0 0, -1 1, -1 -1, 0 0))")
        let distance = try triangle.distance(from: Coordinate(latitude: 0, longitude: 1))
        #expect(abs(distance.metres - 6_378_137 * Double.pi / 180) < 1e-3)
        #expect(try triangle.nearestPoint(to: Coordinate(latitude: 0, longitude: 1)).longitude.magnitude < 1e-9)
    }

    @Test("distance from inside a region to its edge")
    func distanceToEdge() throws {
        // Region 33–35°N, 35–37°E, edges densified so they follow meridians and parallels.
        let square = try Geometry(wkt: "POLYGON ((35 33, 37 33, 37 35, 35 35, 35 33))")
        let edge = try square.boundary()
        let dense = try Geometry(lineString: densified([(33, 35), (33, 37), (35, 37), (35, 35), (33, 35)]))
        let point = Coordinate(latitude: 34, longitude: 36)
        #expect(try square.distance(from: point).metres == 0, "inside counts as zero distance")
        // Reference: Python geographiclib 2.1, the minimum of Geodesic.WGS84.Inverse(34, 36, φ, 37)
        // over φ in 33.9…34.1 sampled every 1e-6°: 92,383.319 m (at φ = 34.004°).
        #expect(abs(try dense.distance(from: point).metres - 92_383.319) < 0.5)
        // Undensified, the east edge is one 222 km chord in the projection: still within 60 m.
        #expect(abs(try edge.distance(from: point).metres - 92_383.319) < 60)
    }

    @Test("a buffer around a point is a geodesic circle")
    func pointBuffer() throws {
        let centre = Coordinate(latitude: 34.72682, longitude: 36.72339)
        let circle = try Geometry(point: centre).buffer(metres: 10_000)
        #expect(circle.typeName == "Polygon")
        let ring = try circle.coordinates()
        #expect(ring.count == 65)
        for vertex in ring {
            #expect(abs(Geodesic.wgs84.inverse(from: centre, to: vertex).distance.metres - 10_000) < 1e-3)
        }
        let prepared = try PreparedGeometry(circle)
        let north = { (metres: Double) in Geodesic.wgs84.destination(from: centre, bearing: 0, distance: Distance(metres: metres)).coordinate }
        #expect(try prepared.contains(north(9_900)))
        #expect(try !prepared.contains(north(10_100)))
    }

    @Test("a buffer across the antimeridian stays continuous")
    func bufferAcrossAntimeridian() throws {
        let circle = try Geometry(point: Coordinate(latitude: -17, longitude: 179.9)).buffer(metres: 50_000)
        let longitudes = try circle.coordinates().map(\.longitude)
        #expect(longitudes.max()! > 180, "east of the antimeridian the longitude keeps counting")
        #expect(longitudes.min()! > 179)
    }

    @Test("bad widths and projections are errors, not crashes")
    func errors() throws {
        let point = try Geometry(point: Coordinate(latitude: 0, longitude: 0))
        #expect(throws: GeometryError.invalidDistance(-1)) { try point.buffer(metres: -1) }
        #expect(throws: GeometryError.self) { try point.buffer(metres: .infinity) }
        let projection = try LocalProjection(centre: Coordinate(latitude: 0, longitude: 0))
        let north = try projection.project(Coordinate(latitude: 1, longitude: 0))
        // Along a meridian from the equator: 110,574.389 m per the first degree (GeographicLib).
        #expect(abs(north.x) < 1e-6)
        #expect(abs(north.y - Geodesic.wgs84.inverse(from: Coordinate(latitude: 0, longitude: 0),
                                                     to: Coordinate(latitude: 1, longitude: 0)).distance.metres) < 1e-6)
        let back = try projection.unproject(x: north.x, y: north.y)
        #expect(abs(back.latitude - 1) < 1e-12)
    }

    /// Coordinates every 0.001° along each edge of a lat/lon path.
    private func densified(_ corners: [(Double, Double)]) -> [Coordinate] {
        var result: [Coordinate] = []
        for (a, b) in zip(corners, corners.dropFirst()) {
            for step in 0..<2000 {
                let t = Double(step) / 2000
                result.append(Coordinate(latitude: a.0 + (b.0 - a.0) * t, longitude: a.1 + (b.1 - a.1) * t))
            }
        }
        result.append(Coordinate(latitude: corners.last!.0, longitude: corners.last!.1))
        return result
    }
}
