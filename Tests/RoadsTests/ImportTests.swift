import Foundation
import Geodesy
@testable import Roads
import Testing
import TestSupport

/// Imports of bad extracts fail with one clear error and leave the database before them in use;
/// routes that cannot exist get an answer, fast.
@Suite("Road imports and impossible routes", .serialized)
struct ImportTests {
    /// Routes between two points on main streets in central Helsinki.
    let kamppi = Coordinate(latitude: 60.1650, longitude: 24.9400)
    let kruununhaka = Coordinate(latitude: 60.1756, longitude: 24.9500)

    func freshStore() throws -> (RoadStore, RoadDatabase) {
        let store = RoadStore(directory: try TestExtract.temporaryFolder("roads-import"))
        let database = try RoadImporter(store: store).importExtract(try TestExtract.helsinki(), name: "city")
        return (store, database)
    }

    @Test func importRecordsTheArea() throws {
        let (store, database) = try freshStore()
        // osmium fileinfo -e on the file: nodes 24.9351766–24.9534132 E, 60.1641551–60.1791074 N.
        #expect(abs(database.coverage.west - 24.9351766) < 1e-7 && abs(database.coverage.north - 60.1791074) < 1e-7)
        #expect(database.sourceBytes == 685_110)
        #expect(database.databaseBytes > 0)
        #expect(try store.list().map(\.name) == ["city"])
        #expect(try store.database(covering: [kamppi, kruununhaka])?.name == "city")
        #expect(try store.database(covering: [kamppi, Coordinate(latitude: 34.7, longitude: 36.7)]) == nil)
    }

    @Test("bad extracts", arguments: ["truncated", "text", "empty", "no roads", "missing"])
    func badExtract(kind: String) throws {
        let (store, before) = try freshStore()
        let folder = try TestExtract.temporaryFolder("bad-extract")
        let file = folder.appendingPathComponent("bad.osm.pbf")
        let source = try TestExtract.helsinki()
        let expected: RoadError
        switch kind {
        case "truncated":
            try Data(try Data(contentsOf: source).prefix(300_000)).write(to: file)
            expected = .damagedExtract(path: file.path, detail: "")
        case "text":
            try Data("<?xml version='1.0'?><osm/>".utf8).write(to: file)
            expected = .notPBF(path: file.path)
        case "empty":
            try TestExtract.run("osmium", ["tags-filter", source.path, "n/no_such_tag=x", "-o", file.path, "-O"])
            expected = .emptyExtract(path: file.path)
        case "no roads":
            try TestExtract.run("osmium", ["tags-filter", source.path, "w/building", "-o", file.path, "-O"])
            expected = .noRoads(path: file.path)
        default:
            expected = .unreadableFile(path: file.path)
        }
        do {
            try RoadImporter(store: store).importExtract(file, name: "city")
            Issue.record("the import of a \(kind) extract succeeded")
        } catch {
            if case .damagedExtract = expected, case .damagedExtract = error {} else { #expect(error == expected) }
            #expect(!error.description.contains("\n"))
        }
        // The previous database is still there, unchanged, and routes.
        #expect(try store.database(named: "city") == before)
        let route = try RoutinoRouter(database: store.database(named: "city")).route(through: [kamppi, kruununhaka])
        #expect(route.length.metres > 1000)
        // No staging folder is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.dataDirectory.path).count == 1)
    }

    @Test func reimportReplacesAndAbandonedFoldersGo() throws {
        let (store, first) = try freshStore()
        // A folder left by an import whose process died (pid 2^22 + 1 is above Linux's pid_max default).
        let abandoned = store.dataDirectory.appendingPathComponent("city.4194305.1")
        try FileManager.default.createDirectory(at: abandoned, withIntermediateDirectories: true)
        let second = try RoadImporter(store: store).importExtract(try TestExtract.helsinki(), name: "city")
        #expect(second.directory != first.directory)
        #expect(try store.database(named: "city").directory?.standardizedFileURL == second.directory?.standardizedFileURL)
        #expect(!FileManager.default.fileExists(atPath: first.directory!.path))
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        try store.remove(name: "city")
        #expect(try store.list().isEmpty)
        #expect(throws: RoadError.unknownDatabase("city")) { try store.remove(name: "city") }
    }

    @Test func pointFarOutside() throws {
        let database = try HelsinkiStore.shared.get().database
        let started = Date()
        let far = Coordinate(latitude: 61.5, longitude: 24.95)
        #expect(throws: RoadError.noRoadNear(point: 2, latitude: 61.5, longitude: 24.95)) {
            try RoutinoRouter(database: database).route(through: [kamppi, far])
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func cutOffPart() throws {
        // 60.1790, 24.9530 is on a road by the harbour that the clipped extract leaves joined to
        // nothing a car may drive from Kamppi (an island, for the router).
        let database = try HelsinkiStore.shared.get().database
        let started = Date()
        do {
            _ = try RoutinoRouter(database: database).route(through: [kamppi, Coordinate(latitude: 60.1790, longitude: 24.9530)])
            Issue.record("expected no route")
        } catch {
            guard case .noRoute = error else { Issue.record("unexpected \(error)"); return }
            #expect(error.description.hasPrefix("no road route: "))
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func multiStopRoute() throws {
        let database = try HelsinkiStore.shared.get().database
        let router = RoutinoRouter(database: database)
        let via = Coordinate(latitude: 60.1700, longitude: 24.9450)
        let whole = try router.route(through: [kamppi, via, kruununhaka])
        #expect(whole.snaps.count == 3)
        let first = try router.route(through: [kamppi, via]), second = try router.route(through: [via, kruununhaka])
        // Each leg of the whole route joins two stops, so it is no shorter than the shortest
        // route between them (Routino may make it longer: no U-turn at the middle stop).
        #expect(whole.length.metres >= (first.length.metres + second.length.metres) * 0.99)
        #expect(whole.path.count > 2)
    }
}
