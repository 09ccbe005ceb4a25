import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GeoJSON
import Testing
import TestSupport

/// `geocheck roads …`, `distance --by-road` and `route --by-road` run as a user would, on the
/// Helsinki extract, each suite run in a road store of its own.
@Suite("geocheck roads and --by-road", .serialized)
struct RoadsCommandTests {
    static let store: Result<[String: String], Error> = Result {
        let folder = try TestExtract.temporaryFolder("cli-roads")
        let environment = ["GEOCHECK_ROADS": folder.path]
        let outcome = try CommandRunner.run(["roads", "import", try TestExtract.helsinki().path], environment: environment)
        guard outcome.status == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: outcome.standardError]) }
        return environment
    }

    let kamppi = "60.1650,24.9400", kruununhaka = "60.1756,24.9500"

    @Test func importListRemove() throws {
        let environment = ["GEOCHECK_ROADS": try TestExtract.temporaryFolder("cli-roads-list").path]
        let imported = try CommandRunner.run(["roads", "import", try TestExtract.helsinki().path, "--name", "hki"], environment: environment)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.hasPrefix("imported 'hki' from Helsinki.osm.pbf (0.69 MB in "))
        #expect(imported.standardError.contains("reading: "))   // progress, a line per quarter when not a terminal
        let list = try CommandRunner.run(["roads", "list"], environment: environment)
        #expect(list.standardOutput.contains("hki   60.1642, 24.9352 – 60.1791, 24.9534 (1.0 km × 1.7 km)"), "\(list.standardOutput)")
        let json = try CommandRunner.run(["roads", "list", "--json"], environment: environment)
        let databases = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as! [[String: Any]]
        #expect(databases.first?["name"] as? String == "hki")
        #expect(databases.first?["source_bytes"] as? Int == 685_110)
        let removed = try CommandRunner.run(["roads", "remove", "hki"], environment: environment)
        #expect(removed.status == 0)
        let again = try CommandRunner.run(["roads", "remove", "hki"], environment: environment)
        #expect(again.status == 3)
        #expect(again.standardError == "geocheck: no road database named 'hki'; see geocheck roads list\n")
        #expect(try CommandRunner.run(["roads", "list"], environment: environment).standardOutput.hasPrefix("no road databases"))
    }

    @Test func badExtractIsOneLine() throws {
        let environment = try Self.store.get()
        let file = try TestExtract.temporaryFolder("cli-bad").appendingPathComponent("notes.osm.pbf")
        try Data("not a map".utf8).write(to: file)
        let outcome = try CommandRunner.run(["roads", "import", file.path, "--name", "helsinki"], environment: environment)
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "geocheck: \(file.path): not an OpenStreetMap PBF file (.osm.pbf); download an extract in PBF format\n")
        // The database of that name still routes.
        #expect(try CommandRunner.run(["distance", kamppi, kruununhaka, "--by-road"], environment: environment).status == 0)
    }

    @Test func interruptedImportLeavesThePrevious() throws {
        let environment = ["GEOCHECK_ROADS": try TestExtract.temporaryFolder("cli-roads-interrupt").path]
        let store = URL(fileURLWithPath: environment["GEOCHECK_ROADS"]!)
        #expect(try CommandRunner.run(["roads", "import", try TestExtract.helsinki().path, "--name", "city"], environment: environment).status == 0)
        // An extract large enough to take a few seconds: 8 copies of Helsinki side by side.
        let large = try TestExtract.temporaryFolder("cli-large").appendingPathComponent("large.osm.pbf")
        try TestExtract.run("python3", [TestExtract.packageRoot.appendingPathComponent("Benchmarks/tile-extract.py").path,
                                        try TestExtract.helsinki().path, "8", large.path])
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["roads", "import", large.path, "--name", "city"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Stop it once its new database folder exists (the engine is then at work in it).
        let data = store.appendingPathComponent(".data")
        let deadline = Date().addingTimeInterval(20)
        while ((try? FileManager.default.contentsOfDirectory(atPath: data.path))?.count ?? 0) < 2, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(process.isRunning, "the import ended before it could be interrupted")
        // As a crash or a power cut would: no chance to clean up.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        // The previous database is in use, whole.
        let list = try CommandRunner.run(["roads", "list"], environment: environment)
        #expect(list.standardOutput.contains("Helsinki.osm.pbf (0.69 MB)"), "\(list.standardOutput)")
        #expect(try CommandRunner.run(["distance", kamppi, kruununhaka, "--by-road", "--roads", "city"], environment: environment).status == 0)
        // The next import removes the abandoned folder.
        #expect(try CommandRunner.run(["roads", "import", try TestExtract.helsinki().path, "--name", "city"], environment: environment).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).count == 1)
    }

    @Test func distanceByRoad() throws {
        let outcome = try CommandRunner.run(["distance", kamppi, kruununhaka, "--by-road", "--json"], environment: try Self.store.get())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as! [String: Any]
        // The straight line: geographiclib Inverse(60.165, 24.94, 60.1756, 24.95) = 1,304.96 m.
        #expect(abs((object["distance_km"] as! Double) - 1.30496) < 1e-5)
        let road = object["road_km"] as! Double
        #expect(road > 2.5 && road < 2.7, "road \(road)")
        #expect(object["road_source"] as? String == "OpenStreetMap extract 'helsinki' (Routino, motorcar, shortest)")
        #expect((object["from_snap_m"] as! Double) < 50)
        let text = try CommandRunner.run(["distance", kamppi, kruununhaka, "--by-road"], environment: try Self.store.get())
        #expect(text.standardOutput.contains("By road          2.5") || text.standardOutput.contains("By road          2.6"))
        #expect(text.standardOutput.contains("Snapped to road  start "))
    }

    @Test("no road answer: exit 4 and one line", arguments: [
        ["distance", "60.1650,24.9400", "61.5,24.95", "--by-road"],             // outside every extract
        ["distance", "60.1650,24.9400", "60.1790,24.9530", "--by-road"],        // a part cut off in the extract
        ["distance", "60.1650,24.9400", "60.1950,24.9450", "--by-road", "--roads", "helsinki"],   // no road within reach
    ])
    func noRoadAnswer(arguments: [String]) throws {
        let started = Date()
        let outcome = try CommandRunner.run(arguments, environment: try Self.store.get())
        #expect(outcome.status == 4, "\(outcome.standardError)")
        #expect(outcome.standardError.hasPrefix("geocheck: no "))
        #expect(outcome.standardError.filter { $0 == "\n" }.count == 1)
        #expect(outcome.standardOutput.isEmpty)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func routeFollowsTheRoads() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-\(UUID().uuidString)-road.geojson")
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = try CommandRunner.run(["route", kamppi, kruununhaka, "--via", "60.1700,24.9450", "--by-road", "-o", url.path],
                                            environment: try Self.store.get())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let collection = try GeoJSONReader.featureCollection(from: Data(contentsOf: url))
        #expect(collection.features.count == 4)   // the route and three stops
        let route = collection.features[0]
        guard case .lineString(let line)? = route.geometry else {
            Issue.record("expected a LineString, got \(String(describing: route.geometry))")
            return
        }
        let properties = try #require(route.properties)
        guard case .number(let total)? = properties["total_road_km"], case .number(let straight)? = properties["total_distance_km"] else {
            Issue.record("missing totals")
            return
        }
        #expect(total > straight)
        // Lon before lat, six decimals at most (RFC 7946 as the writer applies it).
        #expect(abs(line[0][0] - 24.9397) < 0.001 && abs(line[0][1] - 60.1649) < 0.001, "\(line[0])")
        #expect(line.joined().allSatisfy { abs($0 * 1e6 - ($0 * 1e6).rounded()) < 1e-6 })
        // The line's length along its vertices is the road length (to a metre a leg).
        var metres = 0.0
        for (a, b) in zip(line, line.dropFirst()) {
            metres += haversine(a[1], a[0], b[1], b[0])
        }
        #expect(abs(metres / 1000 - total) / total < 0.005, "line \(metres) m, road \(total) km")
        #expect(line.count > 20)
    }

    /// Great-circle metres on a sphere of the WGS84 mean radius (within 0.5 % of the geodesic).
    private func haversine(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6_371_008.8, p = Double.pi / 180
        let a = pow(sin((lat2 - lat1) * p / 2), 2) + cos(lat1 * p) * cos(lat2 * p) * pow(sin((lon2 - lon1) * p / 2), 2)
        return 2 * r * asin(a.squareRoot())
    }
}
