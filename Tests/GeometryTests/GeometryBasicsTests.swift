import Geodesy
import Geometry
import Testing

@Suite("GEOS wrapper: reading, writing, predicates")
struct GeometryBasicsTests {
    let square = "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"

    @Test func wktRoundTrip() throws {
        let geometry = try Geometry(wkt: square)
        #expect(geometry.typeName == "Polygon")
        #expect(try geometry.wkt() == "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")
        #expect(try Geometry(wkt: "POINT (36.7137 34.7324)").wkt(precision: 2) == "POINT (36.71 34.73)")
    }

    @Test func wkbRoundTrip() throws {
        let geometry = try Geometry(wkt: square)
        let bytes = try geometry.wkb()
        // Little-endian marker, then type 3 (Polygon) as a 32-bit integer: the OGC WKB layout.
        #expect(Array(bytes.prefix(5)) == [1, 3, 0, 0, 0])
        #expect(bytes.count == 1 + 4 + 4 + 4 + 5 * 16)
        #expect(try Geometry(wkb: bytes).isTopologicallyEqual(to: geometry))
    }

    @Test func geoJSONRoundTrip() throws {
        let point = try Geometry(geoJSON: #"{"type":"Point","coordinates":[36.7137,34.7324]}"#)
        #expect(try point.coordinate() == Coordinate(latitude: 34.7324, longitude: 36.7137))
        #expect(try point.geoJSON() == #"{"type":"Point","coordinates":[36.7137,34.7324]}"#)
        let polygon = try Geometry(wkt: square)
        #expect(try Geometry(geoJSON: polygon.geoJSON()).isTopologicallyEqual(to: polygon))
    }

    @Test func builtShapesMatchTheirText() throws {
        let line = try Geometry(lineString: [Coordinate(latitude: 0, longitude: 0), Coordinate(latitude: 1, longitude: 2)])
        #expect(try line.wkt() == "LINESTRING (0 0, 2 1)")
        let ring = [(0.0, 0.0), (0, 1), (1, 1), (1, 0)].map { Coordinate(latitude: $0.1, longitude: $0.0) }
        let polygon = try Geometry(polygon: ring)
        #expect(try polygon.isTopologicallyEqual(to: Geometry(wkt: square)))
        #expect(try polygon.coordinates().count == 5)
    }

    @Test("bad text becomes a Swift error with GEOS's message")
    func parseErrors() {
        let error = #expect(throws: GeometryError.self) { try Geometry(wkt: "POLYGON ((0 0, 1 0" ) }
        guard case let .geos(operation, message)? = error else {
            Issue.record("expected a GEOS error, got \(String(describing: error))")
            return
        }
        #expect(operation == "reading WKT")
        #expect(message.contains("ParseException"))
        #expect(throws: GeometryError.self) { try Geometry(wkb: [1, 2, 3]) }
        #expect(throws: GeometryError.self) { try Geometry(geoJSON: "{not json") }
        #expect(throws: GeometryError.self) { try Geometry(wkt: "LINESTRING (0 0, 1 1)").coordinate() }
    }

    @Test("predicates on a unit square")
    func predicates() throws {
        let context = try GEOSContext()
        let polygon = try Geometry(wkt: square, context: context)
        let inside = try Geometry(point: Coordinate(latitude: 0.5, longitude: 0.5), context: context)
        let outside = try Geometry(point: Coordinate(latitude: 2, longitude: 2), context: context)
        let onEdge = try Geometry(point: Coordinate(latitude: 0, longitude: 0.5), context: context)
        #expect(try polygon.contains(inside))
        #expect(try !polygon.contains(outside))
        #expect(try !polygon.contains(onEdge), "a boundary point is not in the interior")
        #expect(try polygon.covers(onEdge))
        #expect(try inside.within(polygon))
        #expect(try polygon.intersects(onEdge))
        #expect(try !polygon.intersects(outside))
    }

    @Test("boundary, centroid, area, make-valid")
    func operations() throws {
        let polygon = try Geometry(wkt: square)
        #expect(try polygon.area() == 1)
        #expect(try polygon.centroid().coordinate() == Coordinate(latitude: 0.5, longitude: 0.5))
        #expect(try polygon.boundary().typeName == "LineString")
        #expect(try polygon.boundary().length() == 4)
        // A bow tie crosses itself at (0.5, 0.5): invalid; repaired it is two triangles of 0.25.
        let bowTie = try Geometry(wkt: "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))")
        #expect(try !bowTie.isValid())
        #expect(try bowTie.validityReason().contains("Self-intersection"))
        let repaired = try bowTie.makeValid()
        #expect(try repaired.isValid())
        #expect(repaired.typeName == "MultiPolygon")
        #expect(abs(try repaired.area() - 0.5) < 1e-12)
    }
}
