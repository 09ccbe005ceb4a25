import Foundation
import GeoJSON
import Testing
import TestSupport

/// GeoJSON output read back with GDAL's ogrinfo (Debian gdal-bin) and with our own decoder.
@Suite("GeoJSON output", .serialized)
struct GeoJSONCommandTests {
    private func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-\(UUID().uuidString)-\(name)")
    }

    /// ogrinfo's summary of a file: feature count and geometry lines.
    private func ogrinfo(_ url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ogrinfo")
        process.arguments = ["-ro", "-al", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "ogrinfo failed on \(url.lastPathComponent)")
        return String(decoding: data, as: UTF8.self)
    }

    @Test("a route file is read by ogrinfo and by our decoder", arguments: ["geojson", "geojsonseq"])
    func route(format: String) throws {
        let url = temporaryFile("route.\(format)")
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = try CommandRunner.run(
            ["route", "al-Waer", "Jarablus", "--via", "Hama,Aleppo", "--label", "evacuation", "--date", "2017-03-18",
             "--property", "people=1500", "--format", format, "-o", url.path],
            environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let summary = try ogrinfo(url)
        #expect(summary.contains("Feature Count: 5"))
        #expect(summary.contains("POINT (36.66 34.74)"), "al-Waer at its supplement coordinates")
        #expect(summary.contains("LINESTRING (36.66 34.74"))
        #expect(summary.contains("date (Date) = 2017/03/18"))
        if format == "geojson" {
            let collection = try GeoJSONReader.featureCollection(from: Data(contentsOf: url))
            #expect(collection.features.count == 5)
            #expect(collection.features[0].properties?["people"] == .number(1500))
        }
    }

    @Test("place and near as GeoJSON")
    func placeAndNear() throws {
        let environment = try TestGazetteer.environment()
        for arguments in [["place", "Hims", "--geojson", "--limit", "3"], ["near", "34.73,36.71", "--geojson", "--limit", "2"]] {
            let outcome = try CommandRunner.run(arguments, environment: environment)
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let url = temporaryFile("out.geojson")
            defer { try? FileManager.default.removeItem(at: url) }
            try Data(outcome.standardOutput.utf8).write(to: url)
            #expect(try ogrinfo(url).contains("POINT (36.72559 34.72405)"), "Homs among the points")
            #expect(try GeoJSONReader.featureCollection(from: Data(outcome.standardOutput.utf8)).features.count == 3)
        }
    }

    @Test("unknown stops and unwritable paths write nothing")
    func failures() throws {
        let environment = try TestGazetteer.environment()
        let url = temporaryFile("never.geojson")
        let unknown = try CommandRunner.run(["route", "Homs", "Xyzzyqwv", "-o", url.path], environment: environment)
        #expect(unknown.status == 3)
        #expect(!FileManager.default.fileExists(atPath: url.path))
        let unwritable = try CommandRunner.run(["route", "Homs", "Hama", "-o", "/nonexistent/dir/x.geojson"], environment: environment)
        #expect(unwritable.status == 2)
        #expect(unwritable.standardError.hasPrefix("geocheck: /nonexistent/dir/x.geojson: cannot write"))
        let badDate = try CommandRunner.run(["route", "Homs", "Hama", "--date", "2017-13-01"], environment: environment)
        #expect(badDate.status == 2)
        #expect(badDate.standardOutput.isEmpty)
    }
}

@Suite("Relocation events as GeoJSON", .serialized)
struct EventsCommandTests {
    @Test("the example events file: one route per event, ISO dates that GDAL reads as dates")
    func examples() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-events-\(UUID().uuidString).geojson")
        defer { try? FileManager.default.removeItem(at: url) }
        let events = Fixtures.url("../../Examples/relocations.csv").standardizedFileURL.path
        let outcome = try CommandRunner.run(["route", "--events", events, "-o", url.path], environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let collection = try GeoJSONReader.featureCollection(from: Data(contentsOf: url))
        // Three events: 4 + 2 + 2 stops, plus a line each.
        #expect(collection.features.count == 11)
        let routes = collection.features.filter { $0.properties?["kind"] == "route" }
        #expect(routes.map { $0.properties?["date"] } == ["2017-03-18", "2017-03-27", "2012-03-01"])
        #expect(routes[0].properties?["people"] == .number(1500))
        let bad = try CommandRunner.run(["route", "--events", events, "Homs", "Hama"], environment: TestGazetteer.environment())
        #expect(bad.status == 2)
    }
}
