import Foundation

/// Where the gazetteer's shipped data and its built index live.
public struct GazetteerFiles: Sendable {
    /// The folder with places.tsv.gz, countries.tsv, world_map.gpkg and supplement.tsv.
    public var dataDirectory: URL
    /// The folder the SQLite index is built into.
    public var cacheDirectory: URL

    public init(dataDirectory: URL, cacheDirectory: URL) {
        self.dataDirectory = dataDirectory
        self.cacheDirectory = cacheDirectory
    }

    public var places: URL { dataDirectory.appendingPathComponent("places.tsv.gz") }
    public var countries: URL { dataDirectory.appendingPathComponent("countries.tsv") }
    public var boundaries: URL { dataDirectory.appendingPathComponent("world_map.gpkg") }
    public var supplement: URL { dataDirectory.appendingPathComponent("supplement.tsv") }
    /// Names that are not places: organisations, groups, physical features (see ``NotAPlaceList``).
    public var notPlaces: URL { dataDirectory.appendingPathComponent("not-places.tsv") }
    /// English names of first-level regions that the boundaries record in another form
    /// ("East Java" for Jawa Timur, "Karen" for Kayin).
    public var regionAliases: URL { dataDirectory.appendingPathComponent("region-aliases.tsv") }
    public var index: URL { cacheDirectory.appendingPathComponent("gazetteer.sqlite") }

    /// The shipped data files, in the order the index reads them.
    var sources: [URL] { [places, countries, boundaries, supplement, notPlaces, regionAliases] }

    /// The default locations: `$GEOCHECK_DATA`, else the `Gazetteer/` folder found above the
    /// executable or the current directory; `$GEOCHECK_CACHE`, else `$XDG_CACHE_HOME/geocheck`,
    /// else `~/.cache/geocheck`.
    public static func standard(executable: String = CommandLine.arguments.first ?? "") -> GazetteerFiles {
        let environment = ProcessInfo.processInfo.environment
        let data: URL
        if let path = environment["GEOCHECK_DATA"], !path.isEmpty {
            data = URL(fileURLWithPath: path)
        } else {
            data = findDataDirectory(executable: executable)
                ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Gazetteer")
        }
        let cache: URL
        if let path = environment["GEOCHECK_CACHE"], !path.isEmpty {
            cache = URL(fileURLWithPath: path)
        } else if let path = environment["XDG_CACHE_HOME"], !path.isEmpty {
            cache = URL(fileURLWithPath: path).appendingPathComponent("geocheck")
        } else {
            cache = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/geocheck")
        }
        return GazetteerFiles(dataDirectory: data, cacheDirectory: cache)
    }

    private static func findDataDirectory(executable: String) -> URL? {
        var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        starts.insert(binary.deletingLastPathComponent(), at: 0)
        for start in starts {
            var directory = start
            for _ in 0..<6 {
                let candidate = directory.appendingPathComponent("Gazetteer")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("places.tsv.gz").path) {
                    return candidate
                }
                directory.deleteLastPathComponent()
            }
        }
        return nil
    }

    /// A fingerprint of the shipped data, so that an index built from other data is rebuilt.
    ///
    /// Files under 1 MiB are hashed whole. Of larger files the size and the first and last
    /// 64 KiB are hashed: enough for the two large ones, since a gzip file ends with the CRC-32
    /// of its contents and an SQLite file's header counts every change to it.
    func dataFingerprint() throws(GazetteerError) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        let sample = 1 << 16
        for url in sources {
            guard let file = try DataFileSample(path: url.path) else {
                if url == supplement || url == notPlaces || url == regionAliases { continue }   // all three are optional
                throw .unreadableFile(path: url.path, reason: "no such file (run Gazetteer/derive.sh?)")
            }
            mix(withUnsafeBytes(of: UInt64(file.size).littleEndian) { Array($0) })
            if file.size < 1 << 20 {
                mix(try file.bytes(at: 0, count: file.size))
            } else {
                mix(try file.bytes(at: 0, count: sample))
                mix(try file.bytes(at: file.size - sample, count: sample))
            }
        }
        return String(hash, radix: 16) + "-schema\(GazetteerIndex.schemaVersion)"
    }
}
