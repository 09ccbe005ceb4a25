import Foundation
import Testing
import TestSupport

/// Bad data files as a user meets them (issue 13, cases 2 and 6): an emptied places file, and
/// imports of `/dev/zero` and of NUL lines.
@Suite("Bad data files", .serialized)
struct DataFaultTests {
    @Test("an emptied places file: the old index keeps answering, with a warning")
    func emptiedPlaces() throws {
        let (files, environment) = try IndexConcurrencyTests.ownCache()
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        let before = try CommandRunner.run(["place", "Homs", "--limit", "1"], environment: environment)
        #expect(before.status == 0)
        try Data().write(to: files.places)

        let after = try CommandRunner.run(["place", "Homs", "--limit", "1"], environment: environment)
        #expect(after.status == 0, "\(after.standardError)")
        #expect(after.standardOutput == before.standardOutput)
        #expect(after.standardError.contains("holds no places (an empty or truncated file?)"), "\(after.standardError)")
        let rebuild = try CommandRunner.run(["gazetteer", "build"], environment: environment)
        #expect(rebuild.status == 1)
        #expect(rebuild.standardError.hasSuffix("geocheck: \(files.places.path) holds no places (an empty or truncated file?); restore it, e.g. with git checkout or Gazetteer/derive.sh\n"))
    }

    @Test("importing /dev/zero ends at once with one line")
    func devZero() throws {
        let (files, environment) = try IndexConcurrencyTests.ownCache()
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        let outcome = try ShellRunner.run(#"timeout 20 "$0" gazetteer import /dev/zero"#, environment: environment, timeout: 30)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasSuffix("geocheck: /dev/zero: binary data (a NUL byte on line 1), not a text file\n"))
    }

    @Test("a file of NUL lines is not reported as imported with no malformed lines")
    func nulLines() throws {
        let (files, environment) = try IndexConcurrencyTests.ownCache()
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        let path = files.dataDirectory.appendingPathComponent("nul-lines.txt")
        try Data([UInt8](repeating: 0, count: 20) + [10] + [UInt8](repeating: 0, count: 20) + [10]).write(to: path)
        let outcome = try CommandRunner.run(["gazetteer", "import", path.path], environment: environment)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput == "")
        #expect(outcome.standardError.hasSuffix("\(path.path): binary data (a NUL byte on line 1), not a text file\n"))
    }
}
