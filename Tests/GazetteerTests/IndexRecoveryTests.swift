import Foundation
import Gazetteer
import Testing
import TestSupport

/// What is left behind and how the index recovers (issue 13, cases 7 and 8).
@Suite("Recovering the index", .serialized)
struct IndexRecoveryTests {
    /// A PID that belonged to a process that has ended.
    private func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("temporary files of writers that are gone are removed by the next build; a live writer's are kept")
    func staleTemporaries() throws {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: files.cacheDirectory, withIntermediateDirectories: true)
        let dead = try deadPID()
        let stale = ["gazetteer.sqlite.building-\(dead)", "gazetteer.sqlite.importing-\(dead)"]
        let live = "gazetteer.sqlite.importing-1"   // PID 1 is always alive
        for name in stale + [live] {
            try Data(repeating: 7, count: 4096).write(to: files.cacheDirectory.appendingPathComponent(name))
        }
        _ = try GazetteerIndex.open(files: files)
        let left = try FileManager.default.contentsOfDirectory(atPath: files.cacheDirectory.path).sorted()
        #expect(left == ["gazetteer.lock", "gazetteer.sqlite", live])
    }

    @Test("a damaged index is reported as damaged, and repair rebuilds it")
    func damagedIndex() throws {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY" || $5 == "TR""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        _ = try GazetteerIndex.open(files: files)
        try IndexDamage.overwriteMiddle(of: files.index)

        let index = try GazetteerIndex.open(files: files)
        let error = #expect(throws: GazetteerError.self) {
            for name in ["Homs", "Aleppo", "Istanbul", "Ankara", "Hama", "Izmir", "Damascus", "Latakia"] {
                _ = try Resolver(index: index).candidates(for: name)
            }
            _ = try index.nearest(to: .init(latitude: 36.8, longitude: 38.0), limit: 50)
        }
        #expect(error?.isDamagedIndex == true, "\(String(describing: error))")
        #expect(error?.description.contains("run 'geocheck gazetteer build'") == true)

        #expect(try GazetteerIndex.repair(files: files) == true)
        #expect(try GazetteerIndex.repair(files: files) == false, "a sound index is left alone")
        let rebuilt = try GazetteerIndex.open(files: files)
        #expect(try Resolver(index: rebuilt).resolve("Homs").place.id == 169577)
    }
}
