import Foundation
import Testing
import TestSupport

@Suite("geocheck distance")
struct DistanceCommandTests {
    // Damascus and Homs. Reference: Python geographiclib 2.1,
    // Geodesic.WGS84.Inverse(33.5102, 36.29128, 34.72682, 36.72339): s12 = 140,717.378 m
    // (87.44 mi), azi1 = 16.3362°, azi2 = 16.5786° (that row is in Tests/Fixtures/geodesic_reference.csv).
    let damascus = "33.5102,36.29128"
    let homs = "34.72682,36.72339"

    @Test func textReport() throws {
        let outcome = try CommandRunner.run(["distance", damascus, homs])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("140.72 km (87.44 mi)"))
        #expect(outcome.standardOutput.contains("16.34° (NNE, north-northeast)"))
        #expect(outcome.standardError.isEmpty)
    }

    @Test func jsonReport() throws {
        let outcome = try CommandRunner.run(["distance", damascus, homs, "--json"])
        #expect(outcome.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as! [String: Any]
        let reference = try #require(GeodesicReference.all().first { $0.start.latitude == 33.5102 })
        #expect(abs((object["distance_m"] as! Double) - reference.distanceMetres) < 1e-3)
        #expect(angularGap(object["initial_bearing_deg"] as! Double, reference.initialAzimuth) < 1e-7)
        #expect(angularGap(object["final_bearing_deg"] as! Double, reference.finalAzimuth) < 1e-7)
        #expect(object["compass"] as? String == "NNE")
        #expect((object["from"] as! [String: Double])["lat"] == 33.5102)
    }

    @Test("negative and hemisphere-lettered points", arguments: [
        ["distance", "-33.45,-70.66", "-34.60,-58.38"], ["distance", "33.45S,70.66W", "34.60S,58.38W"],
    ])
    func southernPoints(arguments: [String]) throws {
        // Santiago to Buenos Aires; geographiclib 2.1: Inverse(-33.45, -70.66, -34.60, -58.38) = 1,140.581 km.
        let outcome = try CommandRunner.run(arguments + ["--json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as! [String: Any]
        #expect(abs((object["distance_km"] as! Double) - 1140.581) < 1e-3)
    }

    @Test("a name several places share: the likeliest is taken, and standard error names the others")
    func sharedName() throws {
        // Valencia, Venezuela (1.4 million people) and Valencia, Spain (0.8 million): the first
        // is taken, and the note says the second exists.
        let outcome = try CommandRunner.run(["distance", "Valencia", "Madrid"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("‘Valencia’ names several places"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("Valencia (ES"), "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        // Damascus, Maryland (15,000 people) is no rival to Syria's capital: no note.
        let clear = try CommandRunner.run(["distance", "Damascus", "Homs"])
        #expect(clear.status == 0 && clear.standardError.isEmpty, "\(clear.standardError)")
    }

    @Test("a misspelt name matched only loosely is taken, and standard error says so")
    func looseSpelling() throws {
        let outcome = try CommandRunner.run(["distance", "Damascsu", "Homs"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("Damascus (SY"))
        #expect(outcome.standardError.contains("‘Damascsu’ read as Damascus") && outcome.standardError.contains("matches only loosely"),
                "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }

    @Test("a name no place is likely enough for is ambiguous, with each place's region when they share a country")
    func ambiguousName() throws {
        // GeoNames has Springfields of more than 100,000 people in Missouri, Massachusetts and Illinois.
        let outcome = try CommandRunner.run(["distance", "Springfield", "Chicago"])
        #expect(outcome.status == 3)
        #expect(outcome.standardError.contains("'Springfield' names several places"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("(US, Missouri)") && outcome.standardError.contains("add the region or country"))
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }

    @Test("bad arguments: one line on stderr, exit 2", arguments: [
        (["distance", "91,0", "0,0"], "start point: latitude 91.0 is outside -90...90"),
        (["distance", "0,0", "abc,0"], "end point: 'abc' is not a number"),
        (["distance", "0,0"], "give two points"),
        (["distance", "0,0", "1,1", "--jsn"], "Unknown option '--jsn'"),
        (["distance", "0,0", "1,1", "--batch", "x.csv"], "not both"),
        (["distanse", "0,0", "1,1"], "distanse"),
        (["distance", "", "0,0"], "the start point is empty"),
    ])
    func badArguments(arguments: [String], message: String) throws {
        let outcome = try CommandRunner.run(arguments)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("geocheck: "))
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }

    @Test func helpExitsZero() throws {
        let outcome = try CommandRunner.run(["distance", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("--batch"))
    }
}
