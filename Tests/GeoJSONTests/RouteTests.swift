import Foundation
import Gazetteer
import GeoJSON
import Geodesy
import Routing
import Testing
import TestSupport

@Suite("Routes", .serialized)
struct RouteTests {
    private func place(_ name: String) throws -> Place { try TestGazetteer.place(name) }

    @Test("al-Waer → Hama → Aleppo → Jarablus: stops at the gazetteer's points, total = sum of geodesic legs")
    func evacuationRoute() throws {
        let stops = try ["al-Waer", "Hama", "Aleppo", "Jarablus"].map(place)
        #expect(stops.map(\.id) == [900_000_001, 170017, 170063, 169179])
        let route = Route(stops: stops)
        #expect(route.legs.count == 3)
        var sum = 0.0
        for (leg, (a, b)) in zip(route.legs, zip(stops, stops.dropFirst())) {
            let inverse = Geodesic.wgs84.inverse(from: a.coordinate, to: b.coordinate)
            #expect(leg.distance == inverse.distance)
            sum += inverse.distance.metres
        }
        #expect(abs(route.totalDistance.metres - sum) < 1e-6)
        let features = route.features(label: "test", date: "2017-03-18")
        #expect(features.count == 5)
        let points = features.dropFirst().compactMap { feature -> Position? in
            if case .point(let p)? = feature.geometry { return p }
            return nil
        }
        #expect(points == stops.map { [$0.coordinate.longitude, $0.coordinate.latitude] })
        #expect(features[0].properties?["total_distance_km"] == .number(route.totalDistance.kilometres))
    }

    @Test("every path point lies on the geodesic, and straight pieces stay within 100 m of it")
    func densified() throws {
        let tokyo = Coordinate(latitude: 35.68, longitude: 139.77), losAngeles = Coordinate(latitude: 34.05, longitude: -118.24)
        let stops = [Place(id: 1, name: "Tokyo", coordinate: tokyo, countryCode: "JP"),
                     Place(id: 2, name: "Los Angeles", coordinate: losAngeles, countryCode: "US")]
        let route = Route(stops: stops)
        let path = route.path
        let length = route.totalDistance.metres
        #expect(path.count > 10)
        for point in path {
            let viaPoint = Geodesic.wgs84.inverse(from: tokyo, to: point).distance.metres
                + Geodesic.wgs84.inverse(from: point, to: losAngeles).distance.metres
            #expect(abs(viaPoint - length) < 1e-3, "on the geodesic")
        }
        for (a, b) in zip(path, path.dropFirst()) {
            let onGeodesic = Geodesic.wgs84.midpoint(between: a, and: b)
            let straight = Coordinate(latitude: (a.latitude + b.latitude) / 2, longitude: (a.longitude + b.longitude) / 2)
            #expect(Geodesic.wgs84.inverse(from: onGeodesic, to: straight).distance.metres <= 100)
        }
        // The Pacific crossing is cut at the antimeridian.
        guard case .multiLineString(let parts)? = route.features()[0].geometry else {
            Issue.record("expected a MultiLineString"); return
        }
        #expect(parts.count == 2)
        #expect(parts[0].last?[0] == 180 && parts[1].first?[0] == -180)
    }
}
