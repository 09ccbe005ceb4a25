import Foundation
import Gazetteer
import Testing
import TestSupport

/// Killed builds, damaged indexes, unwritable and full cache folders (issue 13, cases 7, 8, 12).
@Suite("Index faults", .serialized)
struct IndexFaultTests {
    private func temporaries(_ files: GazetteerFiles) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: files.cacheDirectory.path)) ?? [])
            .filter { $0.contains("building-") || $0.contains("importing-") }
    }

    /// Starts `geocheck gazetteer build`, waits until its temporary file exists, sends `signal`,
    /// and checks that the signal ended the process. (The build starts with the default action
    /// for SIGINT and SIGTERM, unblocked, whatever the test runner ignores or blocks.)
    private func interruptedBuild(_ files: GazetteerFiles, environment: [String: String], signal: Int32) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", """
            import os, signal, sys
            for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP): signal.signal(s, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, (signal.SIGINT, signal.SIGTERM, signal.SIGHUP))
            os.execv(sys.argv[1], sys.argv[1:])
            """, CommandRunner.executable.path, "gazetteer", "build"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let name = "gazetteer.sqlite.building-\(process.processIdentifier)"
        let started = ShellRunner.wait(until: { temporaries(files).contains(name) }, timeout: 30)
        #expect(started, "the build wrote its temporary file")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal,
                "the build ended by the signal, not otherwise")
    }

    @Test("a build killed by SIGTERM or SIGINT removes its temporary file; the old index answers",
          arguments: [SIGTERM, SIGINT])
    func interrupted(signal: Int32) throws {
        let (files, environment) = try IndexConcurrencyTests.ownCache()
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        #expect(try CommandRunner.run(["place", "Homs"], environment: environment).status == 0)
        try interruptedBuild(files, environment: environment, signal: signal)
        #expect(temporaries(files) == [])
        #expect(try CommandRunner.run(["place", "Homs"], environment: environment).status == 0)
    }

    @Test("a build killed outright leaves a file that the next import removes; the old index answers")
    func killed() throws {
        let (files, environment) = try IndexConcurrencyTests.ownCache()
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        #expect(try CommandRunner.run(["place", "Homs"], environment: environment).status == 0)
        try interruptedBuild(files, environment: environment, signal: SIGKILL)
        #expect(temporaries(files).count == 1)
        #expect(try CommandRunner.run(["place", "Homs"], environment: environment).status == 0)
        let dump = try IndexConcurrencyTests.dump(prefix: "Afterkill", firstID: 99_500_000, count: 10, in: files.dataDirectory)
        let imported = try CommandRunner.run(["gazetteer", "import", dump.path], environment: environment)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(temporaries(files) == [])
    }

    @Test("a damaged index is rebuilt, with one line saying so, and the next run answers")
    func damaged() throws {
        let (files, environment) = try IndexConcurrencyTests.ownCache()
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        let report = Fixtures.url("../../Examples/northern-syria-report.txt").path
        #expect(try CommandRunner.run(["place", "Homs"], environment: environment).status == 0)
        try IndexDamage.overwriteMiddle(of: files.index)
        let outcome = try CommandRunner.run(["check", report], environment: environment)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("is damaged"), "\(outcome.standardError)")
        #expect(outcome.standardError.hasSuffix("geocheck: the index has been rebuilt (imported places must be imported again); run the command again\n"))
        #expect(!outcome.standardError.contains("SELECT"), "no SQL in the messages")
        let again = try CommandRunner.run(["check", report], environment: environment)
        #expect([0, 1].contains(again.status) && again.standardError == "", "\(again.standardError)")
    }

    @Test("a read-only cache folder: a message that says so and names GEOCHECK_CACHE")
    func readOnlyCache() throws {
        guard let mount = ScratchMount.make(kilobytes: 64, readOnly: true) else {
            print("skipped: cannot mount a tmpfs here (needs root); the read-only cache test did not run")
            return
        }
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        let cache = mount.folder.appendingPathComponent("geocheck").path
        let outcome = try CommandRunner.run(["place", "Homs"], environment: ["GEOCHECK_DATA": files.dataDirectory.path, "GEOCHECK_CACHE": cache])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "geocheck: the cache folder \(cache) is not writable (cannot create \(cache): Read-only file system); make it writable, "
                + "or choose another folder with GEOCHECK_CACHE=/some/folder\n")
    }

    @Test("a full disk during a build: a message that says so, and nothing left behind")
    func fullDisk() throws {
        guard let mount = ScratchMount.make(kilobytes: 1024) else {
            print("skipped: cannot mount a tmpfs here (needs root); the full-disk build test did not run")
            return
        }
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        let cache = mount.folder.path
        let outcome = try CommandRunner.run(["place", "Homs"], environment: ["GEOCHECK_DATA": files.dataDirectory.path, "GEOCHECK_CACHE": cache])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasSuffix("geocheck: the disk holding \(cache) is full; free some space (the index needs about 200 MB while it is built) or choose another folder with GEOCHECK_CACHE\n"),
                "\(outcome.standardError)")
        let left = try FileManager.default.contentsOfDirectory(atPath: cache)
        #expect(left == ["gazetteer.lock"], "\(left)")
    }

    @Test("a data file that is a folder is a one-line error, not a crash")
    func dataFileIsAFolder() throws {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: files.places)
        try FileManager.default.createDirectory(at: files.places, withIntermediateDirectories: false)
        let outcome = try CommandRunner.run(["place", "Homs"], environment: [
            "GEOCHECK_DATA": files.dataDirectory.path, "GEOCHECK_CACHE": files.cacheDirectory.path])
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "geocheck: \(files.places.path): not a regular file (a folder?)\n")
    }
}
