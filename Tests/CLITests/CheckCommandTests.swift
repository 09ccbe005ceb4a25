import Foundation
import GeoJSON
import Testing
import TestSupport

/// `geocheck check` as a user runs it: reports, JSON, GeoJSON, exit codes and bad input.
@Suite("geocheck check", .serialized)
struct CheckCommandTests {
    private static var example: URL {
        Fixtures.url("../../Examples/homs-evacuation.txt")
    }

    private func temporaryFile(_ name: String, _ data: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-\(UUID().uuidString)-\(name)")
        try data.write(to: url)
        return url
    }

    @Test("the Homs example as JSON, with nulls where a field does not apply")
    func json() throws {
        let outcome = try CommandRunner.run(["check", Self.example.path, "--json"], environment: TestGazetteer.environment())
        #expect(outcome.status == 1, "the example holds one wrong distance: \(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as! [String: Any]
        let claims = try #require(object["claims"] as? [[String: Any]])
        let text = try String(contentsOf: Self.example, encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for claim in claims {
            let span = try #require(claim["span"] as? [Int])
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span[0]..<span[1]])
            #expect(String(view) == claim["text"] as? String, "span and text agree")
            for key in ["kind", "text", "span", "subject", "reference", "stated", "measured", "verdict", "explanation"] {
                #expect(claim.keys.contains(key), "\(key) is always present")
            }
        }
        let homs = try #require(claims.first { $0["kind"] as? String == "distance" && $0["subject_text"] as? String == "Homs" })
        #expect(homs["verdict"] as? String == "consistent_road")
        let measured = try #require(homs["measured"] as? [String: Any])
        // geographiclib 2.1: 140.480639 km, 16.4507° from Damascus (33.5102, 36.29128) to Homs (34.72405, 36.72559).
        #expect(abs((measured["distance_km"] as! Double) - 140.480639) < 1e-6)
        #expect(abs((measured["bearing_deg"] as! Double) - 16.4507) < 1e-4)
        #expect(measured["direction"] as? String == "NNE")
        #expect((homs["stated"] as? [String: Any])?["distance_km"] as? Double == 162)
        let subject = try #require(homs["subject"] as? [String: Any])
        #expect(subject["geonameid"] as? Int == 169577 && subject["lat"] as? Double == 34.72405 && subject["country"] as? String == "SY")
        let capital = try #require(claims.first { $0["kind"] as? String == "capital" })
        #expect(capital["reference"] is NSNull)
        #expect((capital["stated"] as? [String: Any])?["distance_km"] is NSNull)
        let places = try #require(object["places"] as? [[String: Any]])
        #expect(places.contains { $0["geonameid"] as? Int == 900000001 }, "al-Waer from the supplement")
    }

    @Test("the readable report: plain when piped, coloured on request")
    func text() throws {
        let plain = try CommandRunner.run(["check", Self.example.path], environment: TestGazetteer.environment())
        #expect(plain.status == 1)
        #expect(!plain.standardOutput.contains("\u{1B}["), "no escape codes in a pipe")
        #expect(plain.standardOutput.hasPrefix("10 claims: 8 consistent, 1 consistent_road, 1 inconsistent\n"))
        #expect(plain.standardOutput.contains("“Homs, located 162 kilometers north of the capital, Damascus”"))
        let coloured = try CommandRunner.run(["check", Self.example.path, "--color"], environment: TestGazetteer.environment())
        #expect(coloured.standardOutput.contains("\u{1B}[31minconsistent\u{1B}[0m"))
    }

    @Test("standard input, empty input, and exit 0 when every claim holds")
    func standardInput() throws {
        let environment = try TestGazetteer.environment()
        let holds = try CommandRunner.run(["check", "-"], input: "Hama, a city 47 km north of Homs, was calm.", environment: environment)
        #expect(holds.status == 0, "\(holds.standardError)")
        #expect(holds.standardOutput.hasPrefix("1 claim: 1 consistent"))
        for input in ["", "\n\n   \n", "No places here at all."] {
            let empty = try CommandRunner.run(["check", "-"], input: input, environment: environment)
            #expect(empty.status == 0)
            #expect(empty.standardOutput == "no geographic claims found\n")
        }
        let json = try CommandRunner.run(["check", "-", "--json"], input: "", environment: environment)
        #expect(json.standardOutput.contains("\"claims\" : [\n\n  ]"))
    }

    @Test("bad input: one line naming the file and what is wrong, exit 2")
    func badInput() throws {
        let environment = try TestGazetteer.environment()
        let latin1 = try temporaryFile("latin1.txt", Data("Homs\nHama, 47 km north of Homs, caf\u{E9}".utf8.dropLast(2) + [0xE9]))
        let binary = try temporaryFile("binary.bin", Data([0x48, 0x6F, 0x00, 0x01, 0x02]))
        let folder = FileManager.default.temporaryDirectory
        defer { for url in [latin1, binary] { try? FileManager.default.removeItem(at: url) } }
        let cases: [([String], String)] = [
            (["check", latin1.path], "\(latin1.path):2: not UTF-8 text (byte 0xE9 at offset 35)"),
            (["check", binary.path], "\(binary.path):1: binary data (a NUL byte at offset 2), not text"),
            (["check", "/nonexistent/report.txt"], "/nonexistent/report.txt: no such file"),
            (["check", folder.path], "\(folder.path): is a directory, not a text file"),
        ]
        for (arguments, message) in cases {
            let outcome = try CommandRunner.run(arguments, environment: environment)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.standardError.hasPrefix("geocheck: \(message)"), "\(outcome.standardError)")
            #expect(outcome.standardError.split(separator: "\n").count == 1)
            #expect(outcome.standardOutput.isEmpty)
        }
    }

    @Test("a 50 MB text is refused before it is read")
    func tooLarge() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-\(UUID().uuidString)-big.txt")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        // A sparse file: 50 MB long without writing 50 MB.
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 * 1_048_576)
        try handle.close()
        let outcome = try CommandRunner.run(["check", url.path], environment: TestGazetteer.environment())
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "geocheck: \(url.path): 50.0 MB or more is larger than the 10 MB geocheck check reads; split the text\n")
        let piped = try CommandRunner.run(["check", "-"], inputFile: url, environment: TestGazetteer.environment())
        #expect(piped.status == 2)
        // Standard input has no size: it is read a megabyte at a time until the limit is passed.
        #expect(piped.standardError.hasPrefix("geocheck: standard input: "))
        #expect(piped.standardError.hasSuffix(" MB or more is larger than the 10 MB geocheck check reads; split the text\n"))
    }

    @Test("lines of thousands of numbers give a correct empty report")
    func manyNumbers() throws {
        let line = (1...5_000).map { "\($0) km, \($0 * 3) miles" }.joined(separator: " ")
        let outcome = try CommandRunner.run(["check", "-"], input: String(repeating: line + "\n", count: 10),
                                            environment: TestGazetteer.environment())
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "no geographic claims found\n")
    }

    @Test("GeoJSON: places, claim lines and stated-distance circles, read by ogrinfo")
    func geojson() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-\(UUID().uuidString)-claims.geojson")
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = try CommandRunner.run(["check", Self.example.path, "--geojson", "-o", url.path], environment: TestGazetteer.environment())
        #expect(outcome.status == 1, "\(outcome.standardError)")
        let collection = try GeoJSONReader.featureCollection(from: Data(contentsOf: url))
        let kinds = collection.features.compactMap { feature -> String? in
            if case .string(let kind)? = feature.properties?["kind"] { return kind }
            return nil
        }
        #expect(kinds.filter { $0 == "place" }.count == 8, "Homs, Damascus, al-Waer, Jarablus, Idlib, Hama, Aleppo, Saraqib")
        #expect(kinds.filter { $0 == "stated_distance" }.count == 4)
        let homs = try #require(collection.features.first {
            $0.properties?["kind"] == "claim" && $0.properties?["to"] == "Homs" && $0.properties?["from"] == "Damascus"
        })
        #expect(homs.properties?["verdict"] == "consistent_road")
        guard case .lineString(let line)? = homs.geometry else { Issue.record("a line"); return }
        #expect(line.first == [36.29128, 33.5102] && line.last == [36.72559, 34.72405], "from Damascus to Homs, lon/lat")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ogrinfo")
        process.arguments = ["-ro", "-so", "-al", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let summary = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(summary.contains("Feature Count: \(collection.features.count)"))
    }
}
