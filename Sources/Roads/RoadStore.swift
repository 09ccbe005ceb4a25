import Foundation
import Geodesy
#if canImport(Glibc)
import Glibc
#endif

/// The folder of imported road databases.
///
/// Each database is a folder under `.data/` (the engine's files and `database.json`), and the
/// name is a symbolic link to it. An import builds a new folder and then renames a new link
/// over the old one: one atomic step, so a reader (another geocheck, a server) sees either the
/// old database or the new one, never half of either, and a failed or interrupted import
/// leaves the old one in use. Folders no link points to are removed by the next import.
public struct RoadStore: Sendable {
    /// The store's folder.
    public let directory: URL

    /// The store in `directory` (created by the first import).
    public init(directory: URL) {
        self.directory = directory
    }

    /// `$GEOCHECK_ROADS`, else `roads/` in the cache folder the gazetteer uses
    /// (`$GEOCHECK_CACHE`, else `$XDG_CACHE_HOME/geocheck`, else `~/.cache/geocheck`).
    public static func standard() -> RoadStore {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["GEOCHECK_ROADS"], !path.isEmpty {
            return RoadStore(directory: URL(fileURLWithPath: path))
        }
        let cache: URL
        if let path = environment["GEOCHECK_CACHE"], !path.isEmpty {
            cache = URL(fileURLWithPath: path)
        } else if let path = environment["XDG_CACHE_HOME"], !path.isEmpty {
            cache = URL(fileURLWithPath: path).appendingPathComponent("geocheck")
        } else {
            cache = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/geocheck")
        }
        return RoadStore(directory: cache.appendingPathComponent("roads"))
    }

    var dataDirectory: URL { directory.appendingPathComponent(".data") }

    /// Checks that `name` can name a database (and a file): letters, digits, '.', '_', '-'.
    public static func validate(name: String) throws(RoadError) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard !name.isEmpty, name.count <= 100, !name.hasPrefix("."), name.allSatisfy(allowed.contains) else {
            throw .badName(name)
        }
    }

    /// The imported databases, by name.
    public func list() throws(RoadError) -> [RoadDatabase] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            return []   // no store yet
        }
        return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { try? database(named: $0) }
    }

    /// The database imported under `name`.
    public func database(named name: String) throws(RoadError) -> RoadDatabase {
        try Self.validate(name: name)
        let folder = directory.appendingPathComponent(name).resolvingSymlinksInPath()
        let metadata = folder.appendingPathComponent(RoadDatabase.metadataFile)
        guard let data = FileManager.default.contents(atPath: metadata.path) else { throw .unknownDatabase(name) }
        do {
            var database = try JSONDecoder().decode(RoadDatabase.self, from: data)
            database.directory = folder
            return database
        } catch {
            throw .engine("\(metadata.path) is unreadable; import '\(name)' again")
        }
    }

    /// The smallest database whose area holds every point, if any.
    public func database(covering points: [Coordinate]) throws(RoadError) -> RoadDatabase? {
        try list().filter { database in points.allSatisfy(database.coverage.contains) }
            .min { $0.databaseBytes < $1.databaseBytes }
    }

    /// Removes the database `name` (its link first, so readers stop finding it, then its files).
    public func remove(name: String) throws(RoadError) {
        let database = try database(named: name)
        let link = directory.appendingPathComponent(name)
        guard unlink(link.path) == 0 else { throw .engine("cannot remove \(link.path): \(String(cString: strerror(errno)))") }
        if let folder = database.directory { try? FileManager.default.removeItem(at: folder) }
    }

    /// A new, empty folder to build a database in, named after this process so that a later
    /// import can tell an abandoned one.
    func makeStaging(name: String) throws(RoadError) -> URL {
        let folder = dataDirectory.appendingPathComponent("\(name).\(getpid()).\(UInt64(Date().timeIntervalSince1970 * 1000))")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .engine("cannot create \(folder.path): \(error.localizedDescription)")
        }
        return folder
    }

    /// Makes `name` point at the finished folder `staging`, in one rename, and removes the folder
    /// it pointed at before.
    func commit(staging: URL, as name: String) throws(RoadError) {
        let link = directory.appendingPathComponent(name)
        let previous = (try? FileManager.default.destinationOfSymbolicLink(atPath: link.path))
            .map { directory.appendingPathComponent($0) }
        let temporaryLink = directory.appendingPathComponent(".\(name).link.\(getpid())")
        unlink(temporaryLink.path)
        let relative = ".data/" + staging.lastPathComponent
        guard symlink(relative, temporaryLink.path) == 0 else {
            throw .engine("cannot link \(temporaryLink.path): \(String(cString: strerror(errno)))")
        }
        guard rename(temporaryLink.path, link.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryLink.path)
            throw .engine("cannot replace \(link.path): \(reason)")
        }
        if let previous, previous.standardizedFileURL != staging.standardizedFileURL {
            try? FileManager.default.removeItem(at: previous)
        }
    }

    /// Removes folders under `.data/` that no link points to and whose importing process has ended.
    func removeAbandoned() {
        let fileManager = FileManager.default
        guard let folders = try? fileManager.contentsOfDirectory(atPath: dataDirectory.path) else { return }
        let names = (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []
        let used = Set(names.filter { !$0.hasPrefix(".") }.compactMap {
            try? fileManager.destinationOfSymbolicLink(atPath: directory.appendingPathComponent($0).path)
        }.map { URL(fileURLWithPath: $0).lastPathComponent })
        for folder in folders where !used.contains(folder) {
            let parts = folder.split(separator: ".")
            guard parts.count >= 3, let pid = Int32(parts[parts.count - 2]) else { continue }
            if pid == getpid() || kill(pid, 0) == 0 { continue }   // an import still running
            try? fileManager.removeItem(at: dataDirectory.appendingPathComponent(folder))
        }
    }
}
