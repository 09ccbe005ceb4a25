import Geodesy
import Testing

@Suite("Compass directions")
struct CompassDirectionTests {
    @Test("bearings map to the nearest of 16 points", arguments: [
        (0.0, CompassDirection.north), (11.24, .north), (11.26, .northNortheast),
        (16.45, .northNortheast), (45, .northeast), (90, .east), (180, .south),
        (202.5, .southSouthwest), (270, .west), (348.74, .northNorthwest), (348.76, .north),
        (359.99, .north), (-90, .west), (720 + 135, .southeast),
    ])
    func nearestPoint(bearing: Double, expected: CompassDirection) {
        #expect(CompassDirection(bearing: bearing) == expected)
    }

    @Test("what texts write is understood", arguments: [
        ("north", CompassDirection.north), ("N", .north), ("North", .north), ("due north", .north),
        ("northeast", .northeast), ("north-east", .northeast), ("north east", .northeast),
        ("NE", .northeast), ("NNE", .northNortheast), ("north-northeast", .northNortheast),
        ("northwest", .northwest), ("South-West", .southwest), ("WSW", .westSouthwest),
        ("eastwards", .east), ("southward", .south),
    ])
    func parsing(text: String, expected: CompassDirection) {
        #expect(CompassDirection(parsing: text) == expected)
    }

    @Test("words that are not directions are refused", arguments: ["northern", "up", "", "NNNE", "northsouth"])
    func refusals(text: String) {
        #expect(CompassDirection(parsing: text) == nil)
    }

    @Test func namesAndAngles() {
        #expect(CompassDirection.northNortheast.abbreviation == "NNE")
        #expect(CompassDirection.southwest.name == "southwest")
        #expect(CompassDirection.southwest.bearing == 225)
        #expect(CompassDirection.north.angle(to: 16.45) == 16.45)
        #expect(CompassDirection.north.angle(to: 350) == 10)
        #expect(CompassDirection.east.angle(to: 270) == 180)
        #expect(CompassDirection.west.isCardinal && !CompassDirection.west.isIntercardinal)
        #expect(CompassDirection.northwest.isIntercardinal)
    }

    @Test func bearingArithmetic() {
        #expect(Bearing.normalized(-1e-17) == 0)
        #expect(Bearing.normalized(-90) == 270)
        #expect(Bearing.normalized(725) == 5)
        #expect(Bearing.signedDifference(from: 350, to: 10) == 20)
        #expect(Bearing.signedDifference(from: 10, to: 350) == -20)
    }
}
