import Foundation
import Gazetteer
import Geodesy
import Roads
import Testing
import TestSupport
@testable import Verification

/// Distance claims between places an imported extract covers take their verdict from the road
/// distance. Two points on main streets of central Helsinki (the test extract): 1.30 km apart in
/// a straight line, 2.59 km by road (the shortest car route, one-way streets obeyed).
@Suite("Distance claims measured by road")
struct RoadMeasurementTests {
    let kamppi = Place(id: 1, name: "Kamppi", coordinate: Coordinate(latitude: 60.1650, longitude: 24.9400), countryCode: "FI")
    let kruununhaka = Place(id: 2, name: "Kruununhaka", coordinate: Coordinate(latitude: 60.1756, longitude: 24.9500), countryCode: "FI")

    func checked(_ stated: String, direction: CompassDirection? = nil, store: RoadStore) throws -> CheckedClaim {
        let model = ToleranceModel()
        let check = DistanceCheck(subject: kruununhaka, reference: kamppi, stated: try StatedDistance(parsing: stated),
                                  direction: direction, model: model)
        let claim = Claim(kind: .distance, text: "", span: TextSpan(start: 0, end: 0),
                          subject: PlaceMention(name: "Kruununhaka", span: TextSpan(start: 0, end: 0)),
                          reference: PlaceMention(name: "Kamppi", span: TextSpan(start: 0, end: 0)),
                          distance: try StatedDistance(parsing: stated), direction: direction)
        var result = CheckedClaim(claim: claim, distanceCheck: check, model: model)
        var roads = RoadMeasurement(store: store)
        roads.apply(to: &result, check: check, model: model)
        return result
    }

    @Test func roadDistanceDecides() throws {
        let store = try HelsinkiStore.shared.get().store
        let road = try checked("2.6 km", direction: .northeast, store: store)
        #expect(road.verdict == .consistentRoad)
        #expect(road.explanation.hasPrefix("stated 3 km; by road 2.6 km, straight line 1.3 km: a road distance")
                || road.explanation.hasPrefix("stated 2.6 km; by road 2.6 km, straight line 1.3 km: a road distance"), "\(road.explanation)")
        #expect(road.explanation.contains("\"northeast\" holds"))
        let measured = try #require(road.measured?.roadDistance)
        #expect(abs(measured.distance.metres - 2_586) < 15)
        #expect(measured.source == "OpenStreetMap extract 'helsinki' (Routino, motorcar, shortest)")
        // Longer than the road by more than the slack (0.05 km rounding + 0.5 km for each place).
        #expect(try checked("3.8 km", store: store).verdict == .inconsistent)
        #expect(try checked("1.3 km", store: store).verdict == .consistent)
        // A direction that does not hold still makes the claim inconsistent.
        #expect(try checked("2.6 km", direction: .south, store: store).verdict == .inconsistent)
    }

    @Test func noDatabaseFallsBackToTheBand() throws {
        let empty = RoadStore(directory: try TestExtract.temporaryFolder("no-roads"))
        // 1.8 km is 1.38 times the straight line: inside the 1.1–1.5× band. (2.6 km, the real road,
        // is twice the straight line: only a measured road shows that it holds.)
        let result = try checked("1.8 km", store: empty)
        #expect(result.measured?.roadDistance == nil)
        #expect(result.verdict == .consistentRoad)   // the 1.1–1.5× band
        #expect(!result.explanation.contains("by road"))
        var roads = RoadMeasurement(store: try HelsinkiStore.shared.get().store)
        let damascus = Place(id: 3, name: "Damascus", coordinate: Coordinate(latitude: 33.5102, longitude: 36.29128), countryCode: "SY")
        #expect(roads.measure(from: kamppi, to: damascus) == .notCovered(anyImported: true))
    }
}
