import Geodesy
import Testing

@Suite("Distances and units")
struct DistanceTests {
    // Unit lengths: international mile 1,609.344 m and nautical mile 1,852 m (exact by definition).
    @Test("report phrasings parse", arguments: [
        ("162 km", 162_000.0), ("162km", 162_000), ("100 miles", 160_934.4), ("25 mi", 40_233.6),
        ("1,100 kilometres", 1_100_000), ("1,100 kilometers", 1_100_000), ("3.5 km", 3_500),
        ("500 m", 500), ("12 nautical miles", 22_224), ("1 mile", 1_609.344), ("2,345,678.5 m", 2_345_678.5),
    ])
    func parsing(text: String, metres: Double) throws {
        #expect(abs(try Distance(parsing: text).metres - metres) < 1e-9)
    }

    @Test("malformed distances are refused", arguments: [
        "km", "162", "12 parsecs", "1,10 km", "1,1000 km", "-5 km", "1..5 km", "", "1.5.5 km", ",100 km",
    ])
    func refusals(text: String) {
        #expect(throws: GeodesyError.malformedDistance(text)) { try Distance(parsing: text) }
    }

    @Test func formatting() {
        let distance = Distance(metres: 140_483.58)
        #expect(distance.formatted() == "140.5 km")
        #expect(distance.formatted(in: .miles) == "87.3 mi")
        #expect(distance.formatted(in: .metres) == "140484 m")
        #expect(distance.formatted(in: .kilometres, fractionDigits: 3) == "140.484 km")
        #expect(Distance(metres: 0.04).formatted() == "0.0 km")
        #expect((-0.05).formatted(fractionDigits: 1) == "-0.1")
        #expect((0.5).formatted(fractionDigits: 0) == "1")
    }

    @Test func unitWords() {
        #expect(DistanceUnit(word: "Kilometres") == .kilometres)
        #expect(DistanceUnit(word: "nmi") == .nauticalMiles)
        #expect(DistanceUnit(word: "furlongs") == nil)
        #expect(Distance(1, .nauticalMiles).value(in: .metres) == 1852)
    }
}
