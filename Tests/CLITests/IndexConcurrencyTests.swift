import Foundation
import Gazetteer
import Testing
import TestSupport

/// Several `geocheck` processes on one cache folder (issue 13, cases 1 and 9).
@Suite("Processes sharing an index", .serialized)
struct IndexConcurrencyTests {
    /// A small data folder of its own (Syria) and an empty cache folder, as environment variables.
    static func ownCache() throws -> (files: GazetteerFiles, environment: [String: String]) {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        return (files, ["GEOCHECK_DATA": files.dataDirectory.path, "GEOCHECK_CACHE": files.cacheDirectory.path])
    }

    /// A GeoNames dump of `count` test places named "<prefix> 0" … in Syria.
    static func dump(prefix: String, firstID: Int, count: Int, in folder: URL) throws -> URL {
        let lines = (0..<count).map { n in
            [String(firstID + n), "\(prefix) \(n)", "\(prefix) \(n)", "", String(33 + Double(n % 300) / 100), String(36 + Double(n / 300) / 100),
             "P", "PPL", "SY", "", "", "", "", "", "10", "", "", "Asia/Damascus", "2024-01-01"].joined(separator: "\t")
        }
        let url = folder.appendingPathComponent("\(prefix.replacingOccurrences(of: " ", with: "-")).txt")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url
    }

    @Test("two imports at once: both finish, and both sets of places are in the index")
    func concurrentImports() throws {
        let (files, environment) = try Self.ownCache()
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        #expect(try CommandRunner.run(["place", "Homs"], environment: environment).status == 0)
        let a = try Self.dump(prefix: "Alphaimport", firstID: 99_300_000, count: 3000, in: files.dataDirectory)
        let b = try Self.dump(prefix: "Betaimport", firstID: 99_400_000, count: 3000, in: files.dataDirectory)
        let outcome = try ShellRunner.run("""
            "$0" gazetteer import "$1" > /dev/null 2>&1 & first=$!
            "$0" gazetteer import "$2" > /dev/null 2>&1 & second=$!
            wait $first; a=$?; wait $second; echo "$a $?"
            """, arguments: [a.path, b.path], environment: environment)
        #expect(outcome.standardOutput == "0 0\n")
        for name in ["Alphaimport 0", "Alphaimport 2999", "Betaimport 0", "Betaimport 2999"] {
            let found = try CommandRunner.run(["place", name, "--limit", "1"], environment: environment)
            #expect(found.status == 0, "\(name) was reported imported but is missing: \(found.standardError)")
        }
    }

    @Test("first use from three processes at once: one builds, the others wait for it")
    func concurrentFirstUse() throws {
        let (files, environment) = try Self.ownCache()
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        let outcome = try ShellRunner.run("""
            for n in 1 2 3; do "$0" place Homs --limit 1 > /dev/null 2> "$1/err$n" & done
            status=0; for job in $(jobs -p); do wait $job || status=1; done
            echo $status; cat "$1"/err1 "$1"/err2 "$1"/err3
            """, arguments: [files.dataDirectory.path], environment: environment)
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first == "0", "every process answered: \(outcome.standardOutput)")
        #expect(lines.filter { $0.contains("building the gazetteer index") }.count == 1, "\(outcome.standardOutput)")
    }
}
