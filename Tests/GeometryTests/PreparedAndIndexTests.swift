import Geodesy
import Geometry
import Testing

@Suite("Prepared geometries and the STRtree")
struct PreparedAndIndexTests {
    @Test("prepared point-in-polygon agrees with the plain predicate on a grid")
    func preparedMatchesPlain() throws {
        let context = try GEOSContext()
        // An L-shaped polygon, so that the bounding box alone would answer wrongly.
        let shape = try Geometry(wkt: "POLYGON ((0 0, 4 0, 4 1, 1 1, 1 4, 0 4, 0 0))", context: context)
        let prepared = try PreparedGeometry(shape)
        var insideCount = 0
        for i in 0..<50 {
            for j in 0..<50 {
                let coordinate = Coordinate(latitude: -0.5 + Double(j) * 0.1 + 0.013, longitude: -0.5 + Double(i) * 0.1 + 0.017)
                let point = try Geometry(point: coordinate, context: context)
                let expected = try shape.contains(point)
                #expect(try prepared.contains(coordinate) == expected)
                #expect(try prepared.covers(point) == expected)
                if expected { insideCount += 1 }
            }
        }
        // The L covers 7 of the 25 square units of the sampled 5×5 window: 7/25 of 2,500 points.
        #expect(insideCount == 700)
        #expect(try prepared.contains(Coordinate(latitude: 3, longitude: 0.5)))
        #expect(try !prepared.contains(Coordinate(latitude: 3, longitude: 3)))
    }

    @Test("STRtree finds the one cell of a grid that holds a point")
    func strtree() throws {
        let context = try GEOSContext()
        let tree = try STRtree(context: context)
        for row in 0..<10 {
            for column in 0..<10 {
                let x = Double(column), y = Double(row)
                let cell = try Geometry(wkt: "POLYGON ((\(x) \(y), \(x + 1) \(y), \(x + 1) \(y + 1), \(x) \(y + 1), \(x) \(y)))",
                                        context: context)
                try tree.insert(cell, id: row * 10 + column)
            }
        }
        #expect(tree.count == 100)
        let point = try Geometry(point: Coordinate(latitude: 3.5, longitude: 7.5), context: context)
        #expect(try tree.query(intersecting: point) == [37])
        // A corner touches four cells' boxes.
        let corner = try Geometry(point: Coordinate(latitude: 5, longitude: 5), context: context)
        #expect(try tree.query(intersecting: corner).sorted() == [44, 45, 54, 55])
        let far = try Geometry(point: Coordinate(latitude: 50, longitude: 50), context: context)
        #expect(try tree.query(intersecting: far).isEmpty)
        // Once queried, GEOS's tree is built and takes no more entries.
        #expect(throws: GeometryError.self) { try tree.insert(point, id: 999) }
    }
}
