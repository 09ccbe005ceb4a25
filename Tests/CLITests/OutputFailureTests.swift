import Foundation
import Testing
import TestSupport

/// Write errors on standard output (issue 13, case 3): a full disk or a closed descriptor is one
/// line and exit code 2, never a crash or a silent success; a closed pipe is a quiet exit.
@Suite("Output that cannot be written", .serialized)
struct OutputFailureTests {
    private static var example: String { Fixtures.url("../../Examples/homs-evacuation.txt").path }

    /// Commands of every kind of output: a report, JSON, GeoJSON, text lines, batch lines.
    static let commands: [[String]] = [
        ["check", example, "--json"],
        ["check", example],
        ["route", "Homs", "Hama"],
        ["near", "34,36", "--geojson"],
        ["place", "Homs"],
        ["distance", "Damascus", "Homs", "--json"],
        ["border", "Jarablus"],
        ["within", "Homs", "Syria"],
        ["verify", "Homs", "Damascus", "--distance", "162 km"],
        ["--help"],
    ]

    @Test("standard output on /dev/full: one line, exit 2", arguments: commands)
    func diskFull(arguments: [String]) throws {
        let outcome = try ShellRunner.run(#""$0" "$@" > /dev/full"#, arguments: arguments, environment: TestGazetteer.environment())
        #expect(outcome.status == 2, "\(outcome.standardError)")
        #expect(outcome.standardError == "geocheck: cannot write to standard output: the disk is full\n")
    }

    @Test("standard output closed: one line, exit 2", arguments: commands)
    func closed(arguments: [String]) throws {
        let outcome = try ShellRunner.run(#""$0" "$@" >&-"#, arguments: arguments, environment: TestGazetteer.environment())
        #expect(outcome.status == 2, "\(outcome.standardError)")
        #expect(outcome.standardError == "geocheck: cannot write to standard output: it is closed or not open for writing\n")
    }

    @Test("a reader that leaves early: no message, exit 0", arguments: commands)
    func closedPipe(arguments: [String]) throws {
        // `true` exits at once, before geocheck has started, so every write meets a closed pipe.
        let outcome = try ShellRunner.run(#"set -o pipefail; "$0" "$@" | true"#, arguments: arguments,
                                          environment: TestGazetteer.environment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError == "")
    }

    @Test("batch output on /dev/full stops with one line")
    func batchDiskFull() throws {
        let outcome = try ShellRunner.run(#"printf '0,0,1,1\n2,2,3,3\n' | "$0" distance --batch - > /dev/full"#)
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "geocheck: cannot write to standard output: the disk is full\n")
    }

    @Test("an -o file on a full disk: one line naming the file and the reason, and no file left")
    func outputFileOnFullDisk() throws {
        guard let mount = ScratchMount.make(kilobytes: 64) else {
            print("skipped: cannot mount a tmpfs here (needs root); the full-disk -o test did not run")
            return
        }
        let filler = mount.folder.appendingPathComponent("filler")
        _ = try? Data(repeating: 1, count: 80 * 1024).write(to: filler)
        let target = mount.folder.appendingPathComponent("route.geojson")
        let outcome = try CommandRunner.run(["route", "Homs", "Hama", "-o", target.path], environment: TestGazetteer.environment())
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "geocheck: \(target.path): cannot write: the disk is full\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: mount.folder.path)
        #expect(left == ["filler"], "no partial or temporary file")
    }

    @Test("an -o file in a folder that does not exist: the reason in words, not an error domain and number")
    func outputFileWithoutFolder() throws {
        let target = "/nonexistent-\(UUID().uuidString)/route.geojson"
        for arguments in [["route", "Homs", "Hama", "-o", target], ["check", Self.example, "--json", "-o", target]] {
            let outcome = try CommandRunner.run(arguments, environment: TestGazetteer.environment())
            #expect(outcome.status == 2)
            #expect(outcome.standardError == "geocheck: \(target): cannot write: no such file or folder\n")
        }
    }

    @Test("-o on a device is written in place, never renamed over: /dev/full stays a device and says the disk is full")
    func outputFileIsADevice() throws {
        let outcome = try CommandRunner.run(["route", "Homs", "Hama", "-o", "/dev/full"], environment: TestGazetteer.environment())
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "geocheck: /dev/full: cannot write: the disk is full\n")
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }
}
