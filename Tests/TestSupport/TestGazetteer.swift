import Foundation
import Gazetteer

/// A gazetteer built once per test run from a subset of the shipped data: every place in
/// Syria and Turkey and every place of 15,000 people or more elsewhere (about 30,000 places),
/// with the real boundaries and supplement. Small enough to build in seconds in a debug build.
public enum TestGazetteer {
    /// The project's Gazetteer/ folder.
    public static var shippedData: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Gazetteer")
    }

    /// The awk condition that picks the shared subset's places (fields: 5 country, 7 population).
    public static let defaultSelection = #"$5 == "SY" || $5 == "TR" || $7 + 0 >= 15000"#

    /// Files for a new data folder holding the places `selection` (an awk condition) picks,
    /// and an empty cache folder.
    public static func makeSubsetFiles(selection: String = defaultSelection) throws -> GazetteerFiles {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-gazetteer-\(UUID().uuidString)")
        let data = root.appendingPathComponent("data"), cache = root.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for name in ["countries.tsv", "world_map.gpkg", "supplement.tsv", "not-places.tsv", "region-aliases.tsv"] {
            try FileManager.default.createSymbolicLink(at: data.appendingPathComponent(name),
                                                       withDestinationURL: shippedData.appendingPathComponent(name))
        }
        // zlib reads plain text through the same calls, so the subset stays uncompressed.
        let filter = Process()
        filter.executableURL = URL(fileURLWithPath: "/bin/sh")
        filter.arguments = ["-c", """
            gzip -dc "$1" | awk -F'\\t' "NR == 1 || ($3)" > "$2"
            """, "filter", shippedData.appendingPathComponent("places.tsv.gz").path,
            data.appendingPathComponent("places.tsv.gz").path, selection]
        try filter.run()
        filter.waitUntilExit()
        guard filter.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return GazetteerFiles(dataDirectory: data, cacheDirectory: cache)
    }

    /// The shared subset: its files and its index, built once.
    public static let shared: Result<(files: GazetteerFiles, index: GazetteerIndex), Error> = Result {
        let files = try makeSubsetFiles()
        return (files, try GazetteerIndex.open(files: files))
    }

    public static func index() throws -> GazetteerIndex { try shared.get().index }

    /// The best place for a name in the shared subset.
    public static func place(_ name: String) throws -> Place {
        try Resolver(index: index()).resolve(name).place
    }

    /// Environment variables that point the `geocheck` binary at the shared subset.
    public static func environment() throws -> [String: String] {
        let files = try shared.get().files
        return ["GEOCHECK_DATA": files.dataDirectory.path, "GEOCHECK_CACHE": files.cacheDirectory.path]
    }
}
