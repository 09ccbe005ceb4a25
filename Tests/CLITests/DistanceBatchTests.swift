import Foundation
import Testing
import TestSupport

@Suite("geocheck distance --batch")
struct DistanceBatchTests {
    static let fields = ["lat1", "lon1", "lat2", "lon2", "distance_m", "initial_bearing_deg", "final_bearing_deg"]

    private func rows(_ output: String) throws -> [[String: Double]] {
        // JSONDecoder reads numbers exactly; JSONSerialization on Linux may be off in the last bit.
        try output.split(separator: "\n").map {
            try JSONDecoder().decode([String: Double].self, from: Data($0.utf8))
        }
    }

    @Test("every reference pair agrees with GeographicLib to 1 mm and 1e-7 degrees")
    func referencePairs() throws {
        let references = try GeodesicReference.all()
        let csv = references.map {
            "\($0.start.latitude),\($0.start.longitude),\($0.end.latitude),\($0.end.longitude)"
        }.joined(separator: "\n")
        let outcome = try CommandRunner.run(["distance", "--batch", "-"], input: "lat1,lon1,lat2,lon2\n" + csv + "\n")
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let output = try rows(outcome.standardOutput)
        try #require(output.count == references.count)
        for (row, reference) in zip(output, references) {
            #expect(Set(row.keys) == Set(Self.fields))
            #expect(row["lat1"] == reference.start.latitude && row["lon2"] == reference.end.longitude)
            #expect(abs(row["distance_m"]! - reference.distanceMetres) < 1e-3)
            #expect(angularGap(row["initial_bearing_deg"]!, reference.initialAzimuth) < 1e-7)
            #expect(angularGap(row["final_bearing_deg"]!, reference.finalAzimuth) < 1e-7)
        }
    }

    @Test("a bad row stops the run after the rows before it", arguments: [
        ("0,0,1,1\n2,2,3,3\n95,0,1,1\n4,4,5,5\n", 2, "<stdin>:3: lat1 95 is outside -90...90"),
        ("0,0,1,1\n2,2,3,x\n", 1, "<stdin>:2: lon2 'x' is not a number"),
        ("0,0,1,1\n2,2,3\n", 1, "<stdin>:2: expected 4 fields (lat1,lon1,lat2,lon2), found 3"),
        ("0,0,1,1,5\n", 0, "<stdin>:1: expected 4 fields (lat1,lon1,lat2,lon2), found more"),
        ("lat1,lon1,lat2,lon2\n0,,1,1\n", 0, "<stdin>:2: lon1 is empty"),
        ("1,2,3,200\n", 0, "<stdin>:1: lon2 200 is outside -180...180"),
        ("1,2,3,inf\n", 0, "<stdin>:1: lon2 'inf' is not a number"),
        ("1,2,3,0x10\n", 0, "<stdin>:1: lon2 '0x10' is not a number"),
        ("a,b,c\n", 0, "<stdin>:1: lat1 'a' is not a number"),
    ])
    func badRows(input: String, rowsBefore: Int, message: String) throws {
        let outcome = try CommandRunner.run(["distance", "--batch", "-"], input: input)
        #expect(outcome.status == 2)
        #expect(try rows(outcome.standardOutput).count == rowsBefore)
        #expect(outcome.standardError == "geocheck: \(message)\n" || outcome.standardError.contains(message),
                "\(outcome.standardError)")
    }

    @Test("empty input, blank lines, CRLF and a header")
    func lenientInput() throws {
        let empty = try CommandRunner.run(["distance", "--batch", "-"], input: "")
        #expect(empty.status == 0 && empty.standardOutput.isEmpty && empty.standardError.isEmpty)
        let messy = try CommandRunner.run(["distance", "--batch", "-"],
                                          input: "\n lat1 , lon1 , lat2 , lon2 \r\n\r\n 0 , 0 , 0 , 1 \r\n0,0,1,0")
        #expect(messy.status == 0, "\(messy.standardError)")
        let output = try rows(messy.standardOutput)
        #expect(output.count == 2)
        // Along the equator one degree is a·π/180; the last row had no final newline.
        #expect(abs(output[0]["distance_m"]! - 6_378_137 * Double.pi / 180) < 1e-6)
        #expect(output[1]["initial_bearing_deg"] == 0)
    }

    @Test("a large file keeps its order across blocks and threads, and errors name the right line")
    func largeFile() throws {
        let folder = FileManager.default.temporaryDirectory
        let url = folder.appendingPathComponent("geocheck-batch-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let count = 120_000   // about 3 MB: several 1 MiB blocks, each split between two threads
        var text = ""
        for index in 0..<count {
            let latitude = Double(index % 180) - 89.5, longitude = Double(index % 360) - 179.5
            text += "\(latitude),\(longitude),\(Double(index) / 10_000),0.5\n"
        }
        try Data(text.utf8).write(to: url)
        let outcome = try CommandRunner.run(["distance", "--batch", url.path])
        #expect(outcome.status == 0)
        let output = try rows(outcome.standardOutput)
        try #require(output.count == count)
        for (index, row) in output.enumerated() where index % 997 == 0 {
            #expect(row["lat2"] == Double(index) / 10_000)
        }

        // The same file with a bad value on line 100,001.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines[100_000] = "1,2,3,east"
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        let failed = try CommandRunner.run(["distance", "--batch", url.path])
        #expect(failed.status == 2)
        #expect(failed.standardError == "geocheck: \(url.path):100001: lon2 'east' is not a number\n")
        #expect(try rows(failed.standardOutput).count == 100_000)
    }

    @Test func missingFile() throws {
        let outcome = try CommandRunner.run(["distance", "--batch", "/nonexistent/pairs.csv"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "geocheck: /nonexistent/pairs.csv: No such file or directory\n")
    }
}
