import Foundation
import Testing
import TestSupport

/// `geocheck place`, `near` and `distance` with names, on the test subset of the gazetteer.
@Suite("geocheck place, near, distance by name", .serialized)
struct PlaceCommandTests {
    private func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    @Test func placeJSON() throws {
        let outcome = try CommandRunner.run(["place", "Hims", "--json"], environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try json(outcome.standardOutput)
        #expect(object["query"] as? String == "Hims")
        let best = try #require((object["candidates"] as? [[String: Any]])?.first)
        // GeoNames 169577: Homs, 34.72405 N 36.72559 E, PPLA of admin-1 11 (Homs Governorate).
        #expect(best["geonameid"] as? Int == 169577)
        #expect(best["name"] as? String == "Homs")
        #expect(best["country"] as? String == "SY")
        #expect(best["admin1"] as? String == "Homs (Hims)")
        #expect(best["lat"] as? Double == 34.72405 && best["lon"] as? Double == 36.72559)
        #expect(best["feature_code"] as? String == "PPLA")
        #expect(best["match"] as? String == "alternate")
    }

    @Test func placeWithCountryFilter() throws {
        let outcome = try CommandRunner.run(["place", "Damascus", "--country", "US", "--json"], environment: TestGazetteer.environment())
        let candidates = try #require(try json(outcome.standardOutput)["candidates"] as? [[String: Any]])
        #expect(!candidates.isEmpty && candidates.allSatisfy { $0["country"] as? String == "US" })
    }

    @Test("unknown names exit 3 with suggestions")
    func unknownPlace() throws {
        let outcome = try CommandRunner.run(["place", "Xyzzyqwv"], environment: TestGazetteer.environment())
        #expect(outcome.status == 3)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("geocheck: no place named 'Xyzzyqwv'"))
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        let distance = try CommandRunner.run(["distance", "Homs", "Xyzzyqwv"], environment: TestGazetteer.environment())
        #expect(distance.status == 3)
        let country = try CommandRunner.run(["place", "Homs", "--country", "Atlantis"], environment: TestGazetteer.environment())
        #expect(country.status == 3)
        #expect(country.standardError == "geocheck: no country or region named 'Atlantis'\n")
    }

    @Test("distance between names uses the gazetteer's points")
    func distanceByName() throws {
        let outcome = try CommandRunner.run(["distance", "Damascus", "Hims", "--json"], environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try json(outcome.standardOutput)
        // geographiclib 2.1: Inverse(33.5102, 36.29128, 34.72405, 36.72559) = 140,480.639 m, azi1 16.450745°.
        #expect(abs((object["distance_m"] as! Double) - 140_480.639) < 1e-3)
        #expect(abs((object["initial_bearing_deg"] as! Double) - 16.450745) < 1e-6)
        #expect((object["from"] as? [String: Any])?["geonameid"] as? Int == 170654)
        #expect((object["to"] as? [String: Any])?["name"] as? String == "Homs")
    }

    @Test func nearAPoint() throws {
        let outcome = try CommandRunner.run(["near", "34.73,36.71", "--json", "--limit", "2"], environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try json(outcome.standardOutput)
        #expect(object["country"] as? String == "SY")
        #expect(object["admin1"] as? String == "Homs (Hims)")
        let places = try #require(object["places"] as? [[String: Any]])
        #expect(places.count == 2)
        #expect(places.first?["geonameid"] as? Int == 169577)
        let bad = try CommandRunner.run(["near", "95,0"], environment: TestGazetteer.environment())
        #expect(bad.status == 2)
        #expect(bad.standardError == "geocheck: point: latitude 95.0 is outside -90...90\n")
    }
}

@Suite("geocheck border and within", .serialized)
struct BorderWithinCommandTests {
    @Test func withinExitCodes() throws {
        let environment = try TestGazetteer.environment()
        let yes = try CommandRunner.run(["within", "Homs", "Homs Governorate"], environment: environment)
        #expect(yes.status == 0)
        #expect(yes.standardOutput.hasPrefix("Homs (SY, geonameid 169577) is within Homs (Hims) (region, SY)"))
        let no = try CommandRunner.run(["within", "Homs", "Aleppo", "--json"], environment: environment)
        #expect(no.status == 1)
        #expect(no.standardError.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(no.standardOutput.utf8)) as! [String: Any]
        #expect(object["within"] as? Bool == false)
        #expect((object["region"] as? [String: Any])?["country"] as? String == "SY")
        let unknown = try CommandRunner.run(["within", "Homs", "Atlantis"], environment: environment)
        #expect(unknown.status == 3)
        #expect(unknown.standardError == "geocheck: no country or region named 'Atlantis'\n")
    }

    @Test func borderJSON() throws {
        let outcome = try CommandRunner.run(["border", "Djerablous", "--json"], environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as! [String: Any]
        #expect((object["place"] as? [String: Any])?["geonameid"] as? Int == 169179)
        let nearest = try #require((object["borders"] as? [[String: Any]])?.first)
        #expect(nearest["neighbour"] as? String == "TR")
        #expect((nearest["distance_km"] as! Double) < 5)
    }
}

@Suite("geocheck verify", .serialized)
struct VerifyCommandTests {
    @Test("Homs, 162 km north of Damascus")
    func homs() throws {
        let outcome = try CommandRunner.run(["verify", "Homs", "Damascus", "--distance", "162 km", "--direction", "north", "--json"],
                                            environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as! [String: Any]
        #expect(object["verdict"] as? String == "consistent_road")
        #expect(object["kind"] as? String == "distance")
        let measured = try #require(object["measured"] as? [String: Any])
        // geographiclib 2.1: 140.480639 km, 16.4507°.
        #expect(abs((measured["distance_km"] as! Double) - 140.480639) < 1e-6)
        #expect(measured["direction"] as? String == "NNE")
        #expect((object["subject"] as? [String: Any])?["geonameid"] as? Int == 169577)
        #expect(object["text"] is NSNull)
    }

    @Test("exit codes", arguments: [
        (["verify", "Homs", "Damascus", "--distance", "300 km"], 1),
        (["verify", "Homs", "Damascus", "--direction", "south"], 1),
        (["verify", "Homs", "Damascus", "--direction", "NNE"], 0),
        (["verify", "Homs", "Damascus"], 2),
        (["verify", "Homs", "Damascus", "--distance", "far"], 2),
        (["verify", "Xyzzyqwv", "Damascus", "--direction", "north"], 3),
    ] as [([String], Int32)])
    func exitCodes(arguments: [String], status: Int32) throws {
        let outcome = try CommandRunner.run(arguments, environment: TestGazetteer.environment())
        #expect(outcome.status == status, "\(outcome.standardError)")
    }
}
