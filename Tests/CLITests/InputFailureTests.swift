import Foundation
import Testing
import TestSupport

/// Inputs that cannot be read, or are not what they claim (issue 13, cases 5, 10, 12).
@Suite("Input that cannot be read", .serialized)
struct InputFailureTests {
    @Test("a directory as standard input is a read error, not an empty text", arguments: [["check", "-"], ["map", "-", "-o", "x.svg"]])
    func directoryAsInput(arguments: [String]) throws {
        let outcome = try ShellRunner.run(#""$0" "$@" < /tmp"#, arguments: arguments, environment: TestGazetteer.environment())
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "geocheck: standard input: cannot read: Is a directory\n")
        #expect(outcome.standardOutput == "")
    }

    @Test("a file that fails to read is an error")
    func unreadableFile() throws {
        let outcome = try CommandRunner.run(["check", "/proc/self/mem"], environment: TestGazetteer.environment())
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "geocheck: /proc/self/mem: cannot read: Input/output error\n")
    }

    @Test("map reads at most 10 MB of standard input, with check's message")
    func mapInputLimit() throws {
        let outcome = try ShellRunner.run(#"head -c 12000000 /dev/zero | "$0" map - -o never.svg"#, environment: TestGazetteer.environment(),
                                          timeout: 60)
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "geocheck: standard input: 10.0 MB or more is larger than the 10 MB geocheck map reads; draw fewer features\n")
    }

    @Test("hexadecimal is not a coordinate", arguments: ["0x10,0", "0,0x1p3", "0X1A,0"])
    func hexadecimalPoint(point: String) throws {
        let outcome = try CommandRunner.run(["near", point])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("geocheck: point: "))
    }

    @Test("a huge bad batch field is quoted cut, in one short line")
    func hugeBadField() throws {
        let field = String(repeating: "x", count: 1_000_000)
        let outcome = try CommandRunner.run(["distance", "--batch", "-"], input: "0,0,1,\(field)\n")
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "geocheck: <stdin>:1: lon2 '\(String(repeating: "x", count: 40))… (1000000 bytes)' is not a number\n")
    }
}
