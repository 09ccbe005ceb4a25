import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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
            // `near`: the two places and the point; `place`: as many as it lists (confidence 0.2 or more).
            let listed = try CommandRunner.run(arguments.filter { $0 != "--geojson" } + ["--json"], environment: environment)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [String: Any])
            let count = (json["candidates"] as? [Any])?.count ?? 3
            #expect(try GeoJSONReader.featureCollection(from: Data(outcome.standardOutput.utf8)).features.count == count)
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

@Suite("Maps", .serialized)
struct MapCommandTests {
    /// Counts elements of an SVG document, which must parse as XML.
    final class Counter: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var texts: [String] = []
        var styles: [String] = []
        private var inText = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            inText = name == "text"
            if inText { texts.append("") }
            if let style = attributes["style"] { styles.append(style) }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { texts[texts.count - 1] += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { inText = false }
    }

    @Test("the example route drawn as SVG: boundaries, the route, four labelled stops, a scale bar")
    func svg() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-map-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: url) }
        let input = Fixtures.url("../../Examples/evacuation-route.geojson").standardizedFileURL.path
        let outcome = try CommandRunner.run(["map", input, "-o", url.path], environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let parser = try #require(XMLParser(contentsOf: url))
        let counter = Counter()
        parser.delegate = counter
        #expect(parser.parse(), "the SVG is well-formed XML")
        #expect(counter.elements["circle"] == 4)
        #expect(counter.styles.filter { $0.contains("stroke:#c0392b") }.count == 1, "one route line")
        #expect(counter.elements["path", default: 0] > 5, "country and region outlines")
        for name in ["al-Waer", "Aleppo", "Jarābulus", "SYRIA", "TURKEY"] { #expect(counter.texts.contains(name)) }
        #expect(counter.texts.contains { $0.hasSuffix(" km") }, "a scale bar")
    }

    @Test("simplestyle colours are drawn, and values that are not colours are not")
    func simplestyle() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-map-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = #"""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"stroke":"#1a9850","stroke-width":2},"geometry":{"type":"LineString","coordinates":[[36.29,33.51],[36.73,34.72]]}},
             {"type":"Feature","properties":{"stroke":"red;fill:url(x)","fill-opacity":7},"geometry":{"type":"LineString","coordinates":[[36.73,34.72],[36.76,35.13]]}}]}
            """#
        let outcome = try CommandRunner.run(["map", "-", "-o", url.path], input: text, environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let parser = try #require(XMLParser(contentsOf: url))
        let counter = Counter()
        parser.delegate = counter
        #expect(parser.parse())
        #expect(counter.styles.contains { $0.contains("stroke:#1a9850") && $0.contains("stroke-width:2.0") })
        #expect(counter.styles.contains { $0.contains("stroke:#c0392b") }, "the bad colour falls back to the default")
        #expect(!counter.styles.contains { $0.contains("url(") })
    }

    @Test("input that is not a FeatureCollection is a one-line error", arguments: [
        ("nope", "not a GeoJSON FeatureCollection"), (#"{"type":"Feature"}"#, "expected a FeatureCollection"),
        (#"{"type":"FeatureCollection","features":[]}"#, "no features with coordinates"),
    ])
    func badInput(text: String, message: String) throws {
        let outcome = try CommandRunner.run(["map", "-", "-o", "/tmp/geocheck-never.svg"], input: text,
                                            environment: TestGazetteer.environment())
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }
}
