import Foundation

/// A note in the cache folder that the shipped data with a given fingerprint failed to build
/// (`gazetteer.sqlite.failed`: the fingerprint, then the error), so that commands keep using
/// the previous index instead of retrying the same failed build each time.
enum FailedBuild {
    static func url(_ files: GazetteerFiles) -> URL {
        files.cacheDirectory.appendingPathComponent("gazetteer.sqlite.failed")
    }

    /// The error recorded for data with this fingerprint, if its build failed before.
    static func recorded(_ files: GazetteerFiles, fingerprint: String) -> String? {
        guard let text = try? String(contentsOf: url(files), encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", maxSplits: 1).map(String.init)
        guard lines.count == 2, lines[0] == fingerprint else { return nil }
        return lines[1]
    }

    static func record(_ files: GazetteerFiles, fingerprint: String, error: GazetteerError) {
        try? Data("\(fingerprint)\n\(error)".utf8).write(to: url(files))
    }

    static func exists(_ files: GazetteerFiles) -> Bool {
        FileManager.default.fileExists(atPath: url(files).path)
    }

    static func clear(_ files: GazetteerFiles) {
        try? FileManager.default.removeItem(at: url(files))
    }
}
