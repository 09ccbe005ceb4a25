import Gazetteer
import Geodesy
import Testing
import TestSupport
import Verification

@Suite("Checking distance and direction claims", .serialized)
struct DistanceCheckTests {
    private func place(_ name: String) throws -> Place { try TestGazetteer.place(name) }

    @Test("how precisely a number is stated", arguments: [
        ("162 km", 500.0, false), ("160 km", 5_000, false), ("about 160 km", 5_000, true),
        ("1,100 kilometres", 50_000, false), ("100 km", 10_000, false), ("2.5 km", 50, false), ("some 40 km", 4_000, true),
        ("25 miles", 804.672, false),
        // A 5 before the zeros rounds to the nearest 50 or 500 (at most 10 % of the figure).
        ("650 km", 25_000, false), ("1,500 km", 150_000, false), ("150 km", 15_000, false), ("35 km", 500, false),
    ])
    func rounding(text: String, halfUnitMetres: Double, hedged: Bool) throws {
        let stated = try StatedDistance(parsing: text)
        #expect(abs(stated.roundingHalfUnit.metres - halfUnitMetres) < 1e-6)
        #expect(stated.isHedged == hedged)
    }

    @Test("Homs, 162 km north of Damascus: a road distance, and north holds")
    func homsFromDamascus() throws {
        let check = DistanceCheck(subject: try place("Homs"), reference: try place("Damascus"),
                                  stated: try StatedDistance(parsing: "162 km"), direction: .north)
        // Reference: geographiclib 2.1, Inverse(33.5102, 36.29128, 34.72405, 36.72559): 140,480.639 m, azi1 16.4507°.
        #expect(abs(check.measured.distance.metres - 140_480.639) < 1e-3)
        #expect(abs(check.measured.initialBearing - 16.4507) < 1e-4)
        #expect(check.verdict == .consistentRoad)
        #expect(check.explanation == "stated 162 km; straight line 140.5 km (1.15×): fits a road distance, not the straight line; bearing 16° (NNE): \"north\" holds")
    }

    @Test("the same pair with other statements", arguments: [
        ("140 km", CompassDirection?.none, Verdict.consistent),       // within rounding and the cities' size
        ("about 145 km", .north, .consistent),                        // hedged: 10 % more slack
        ("300 km", nil, .inconsistent),                               // more than 1.5× even for a road
        ("100 km", nil, .inconsistent),                               // shorter than the straight line
        ("162 km", .south, .inconsistent),                            // the wrong way
        ("162 km", .northeast, .consistentRoad),                      // 16° from NNE: 29° from NE, within 35°
        ("162 km", .east, .inconsistent),                             // 74° off east
    ])
    func variations(text: String, direction: CompassDirection?, expected: Verdict) throws {
        let check = DistanceCheck(subject: try place("Homs"), reference: try place("Damascus"),
                                  stated: try StatedDistance(parsing: text), direction: direction)
        #expect(check.verdict == expected, "\(text), \(String(describing: direction)): \(check.explanation)")
    }

    @Test("place sizes from population")
    func radii() throws {
        let model = ToleranceModel()
        // √(775,404 / (5,000 π)) = 7.03 km; Jarablus √(24,997 / (5,000 π)) = 1.26 km.
        #expect(abs(model.radius(of: try place("Homs")).metres - 7_026) < 2)
        #expect(abs(model.radius(of: try place("Jarablus")).metres - 1_261) < 2)
        #expect(model.radius(of: try place("al-Waer")).metres == 500, "no population: the minimum")
    }
}
