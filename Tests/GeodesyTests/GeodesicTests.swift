import Geodesy
import Testing
import TestSupport

@Suite("Geodesic against GeographicLib")
struct GeodesicTests {
    static let references = (try? GeodesicReference.all()) ?? []

    @Test func fixtureIsLoaded() {
        #expect(Self.references.count > 1000)
    }

    @Test("inverse agrees with GeographicLib to 1 mm and 1e-7 degrees")
    func inverseMatchesReference() {
        for reference in Self.references {
            let result = Geodesic.wgs84.inverse(from: reference.start, to: reference.end)
            #expect(abs(result.distance.metres - reference.distanceMetres) < 1e-3,
                    "distance \(reference.start) → \(reference.end)")
            #expect(angularGap(result.initialBearing, reference.initialAzimuth) < 1e-7,
                    "initial bearing \(reference.start) → \(reference.end)")
            #expect(angularGap(result.finalBearing, reference.finalAzimuth) < 1e-7,
                    "final bearing \(reference.start) → \(reference.end)")
            #expect((0..<360).contains(result.initialBearing) && (0..<360).contains(result.finalBearing))
        }
    }

    @Test("direct from the start with the reference azimuth and distance lands on the end")
    func directReachesReferenceEnd() {
        // Skip ends at a pole, where longitude means nothing.
        for reference in Self.references where abs(reference.end.latitude) < 89.9 {
            let (end, finalBearing) = Geodesic.wgs84.destination(
                from: reference.start, bearing: reference.initialAzimuth,
                distance: Distance(metres: reference.distanceMetres))
            #expect(abs(end.latitude - reference.end.latitude) < 1e-8)
            #expect(angularGap(end.longitude, reference.end.longitude) < 1e-8)
            #expect(angularGap(finalBearing, reference.finalAzimuth) < 1e-7)
        }
    }

    @Test("one degree of longitude on the equator is a·π/180")
    func equatorialDegree() {
        // On the equator the geodesic is the equator itself, an arc of radius a = 6378137 m.
        let result = Geodesic.wgs84.inverse(from: Coordinate(latitude: 0, longitude: 10),
                                            to: Coordinate(latitude: 0, longitude: 11))
        #expect(abs(result.distance.metres - 6_378_137 * Double.pi / 180) < 1e-6)
        #expect(result.initialBearing == 90)
    }

    @Test("the midpoint is halfway, on the path")
    func midpoint() {
        let damascus = Coordinate(latitude: 33.5102, longitude: 36.29128)
        let homs = Coordinate(latitude: 34.72682, longitude: 36.72339)
        let middle = Geodesic.wgs84.midpoint(between: damascus, and: homs)
        let whole = Geodesic.wgs84.inverse(from: damascus, to: homs).distance.metres
        let first = Geodesic.wgs84.inverse(from: damascus, to: middle).distance.metres
        let second = Geodesic.wgs84.inverse(from: middle, to: homs).distance.metres
        #expect(abs(first - whole / 2) < 1e-6)
        #expect(abs(second - whole / 2) < 1e-6)
    }

    @Test("points along a geodesic are evenly spaced and continuous across the antimeridian")
    func pointsAcrossAntimeridian() {
        let tokyo = Coordinate(latitude: 35.68, longitude: 139.77)
        let losAngeles = Coordinate(latitude: 34.05, longitude: -118.24)
        let points = Geodesic.wgs84.points(from: tokyo, to: losAngeles, maximumSpacing: Distance(100, .kilometres))
        let total = Geodesic.wgs84.inverse(from: tokyo, to: losAngeles).distance.metres
        #expect(points.count == Int((total / 100_000).rounded(.up)) + 1)
        #expect(points.first == tokyo)
        #expect(abs(points.last!.latitude - losAngeles.latitude) < 1e-12)
        // Unrolled: Los Angeles comes out at -118.24 + 360.
        #expect(abs(points.last!.longitude - (360 - 118.24)) < 1e-9)
        for (a, b) in zip(points, points.dropFirst()) {
            #expect(b.longitude > a.longitude, "longitudes increase eastwards without a jump")
            let step = Geodesic.wgs84.inverse(from: a, to: b).distance.metres
            #expect(step <= 100_000 + 1e-6)
            #expect(abs(step - total / Double(points.count - 1)) < 1e-3)
        }
    }

    @Test("coincident points give a zero distance")
    func coincident() {
        let point = Coordinate(latitude: 12.5, longitude: -3.25)
        #expect(Geodesic.wgs84.inverse(from: point, to: point).distance.metres == 0)
        #expect(Geodesic.wgs84.points(from: point, to: point, maximumSpacing: Distance(metres: 10)).count == 2)
    }
}
