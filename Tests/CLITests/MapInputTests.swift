import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// `geocheck map` on hostile GeoJSON (issue 13, cases 4 and 11).
@Suite("Maps of hostile input", .serialized)
struct MapInputTests {
    private func point(_ longitude: String, _ latitude: String, name: String = "P") -> String {
        #"{"type":"Feature","geometry":{"type":"Point","coordinates":[\#(longitude),\#(latitude)]},"properties":{"name":"\#(name)"}}"#
    }

    private func collection(_ features: [String]) -> String {
        #"{"type":"FeatureCollection","features":["# + features.joined(separator: ",") + "]}"
    }

    private func svgPath() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-map-\(UUID().uuidString).svg")
    }

    @Test("a position off the globe is bad input naming the feature, not a crash or a hang",
          arguments: ["1e16", "-1e25", "1e25", "1.7e308", "-1.7e308", "180.01"])
    func offTheGlobe(longitude: String) throws {
        let text = collection([point("36.7", "34.7"), point(longitude, "10")])
        let output = svgPath()
        let outcome = try ShellRunner.run(#"timeout 20 "$0" map - -o "$1" <<< "$2""#, arguments: [output.path, text],
                                          environment: TestGazetteer.environment(), timeout: 60)
        #expect(outcome.status == 2, "\(outcome.standardError)")
        #expect(outcome.standardError.hasPrefix("geocheck: standard input: cannot draw: feature 2 has the position ["))
        #expect(outcome.standardError.hasSuffix("outside -180...180 longitude and -90...90 latitude; GeoJSON positions are [longitude, latitude] in degrees\n"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a latitude off the globe is refused too")
    func latitudeOffTheGlobe() throws {
        let outcome = try CommandRunner.run(["map", "-", "-o", svgPath().path], input: collection([point("10", "95")]),
                                            environment: TestGazetteer.environment())
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("feature 1 has the position [10.0, 95.0]"))
    }

    @Test("positions on the edge of the globe still draw")
    func edgeOfTheGlobe() throws {
        let output = svgPath()
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = try CommandRunner.run(["map", "-", "-o", output.path],
                                            input: collection([point("179.9999999", "10"), point("170", "-89.99")]),
                                            environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
    }

    @Test("characters XML forbids in names, titles and labels are dropped: the SVG stays well-formed")
    func forbiddenCharacters() throws {
        let output = svgPath()
        defer { try? FileManager.default.removeItem(at: output) }
        let name = #"Bad\u0001Name\u001b\uFFFE\uFFFF & <b>"#
        let text = collection([point("36.7", "34.7", name: name), point("37.1", "36.2", name: "Aleppo")])
        let outcome = try CommandRunner.run(["map", "-", "-o", output.path, "--title", "Title\u{7}\u{FFFE}\u{0B}end"], input: text,
                                            environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let svg = try String(contentsOf: output, encoding: .utf8)
        #expect(svg.contains(">BadName &amp; &lt;b&gt;</text>"))
        #expect(svg.contains(">Titleend</text>"))
        let parser = try #require(XMLParser(contentsOf: output))
        #expect(parser.parse(), "well-formed XML: \(String(describing: parser.parserError))")
    }
}
