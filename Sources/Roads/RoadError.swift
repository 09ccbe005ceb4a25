import Foundation

/// What can go wrong importing, listing or routing on road databases; each message says what
/// to do about it.
public enum RoadError: Error, Equatable, Sendable {
    /// A program the road databases need (Routino's `planetsplitter`, `routino-router`, or
    /// `osmium`) is not installed.
    case missingProgram(String)
    /// The extract file does not exist or cannot be read.
    case unreadableFile(path: String)
    /// The file is not an OpenStreetMap PBF file (its first bytes are not a PBF blob header).
    case notPBF(path: String)
    /// The PBF file is damaged or cut short; `detail` is the reader's message.
    case damagedExtract(path: String, detail: String)
    /// The extract holds no OpenStreetMap data at all.
    case emptyExtract(path: String)
    /// The extract holds data but no road a car may drive on.
    case noRoads(path: String)
    /// The engine failed for another reason; `detail` is its last message.
    case importFailed(path: String, detail: String)
    /// A database name with characters other than letters, digits, '.', '_' and '-'.
    case badName(String)
    /// No imported database has this name.
    case unknownDatabase(String)
    /// No imported database covers the points.
    case notCovered(String)
    /// No drivable road lies near a point (the engine looks about 1 km around it).
    case noRoadNear(point: Int, latitude: Double, longitude: Double)
    /// Both points are on roads, but no road route joins them (an island, a one-way trap).
    case noRoute(String)
    /// The engine ran longer than the time allowed.
    case timedOut(seconds: Double)
    /// The engine's output could not be read, or the store's files could not be written.
    case engine(String)
}

extension RoadError: CustomStringConvertible {
    /// One line for the user: what is wrong and what to do.
    public var description: String {
        switch self {
        case let .missingProgram(name):
            return "\(name) is not installed; install the Debian packages routino and osmium-tool (Scripts/install-deps.sh roads)"
        case let .unreadableFile(path):
            return "\(path): no such file, or not readable"
        case let .notPBF(path):
            return "\(path): not an OpenStreetMap PBF file (.osm.pbf); download an extract in PBF format"
        case let .damagedExtract(path, detail):
            return "\(path): the PBF file is damaged or cut short (\(detail)); download it again"
        case let .emptyExtract(path):
            return "\(path): the extract holds no OpenStreetMap data"
        case let .noRoads(path):
            return "\(path): the extract holds no roads a car can use; import an extract with highways"
        case let .importFailed(path, detail):
            return "\(path): the import failed: \(detail)"
        case let .badName(name):
            return "'\(name)' is not a usable database name: use letters, digits, '.', '_' and '-', not starting with '.'"
        case let .unknownDatabase(name):
            return "no road database named '\(name)'; see geocheck roads list"
        case let .notCovered(what):
            return "no imported road database covers \(what); import an extract that does (geocheck roads import FILE.osm.pbf)"
        case let .noRoadNear(point, latitude, longitude):
            return "no drivable road near point \(point) (\(latitude), \(longitude)) in the road database; the point is outside the extract or far from any road"
        case let .noRoute(detail):
            return "no road route: \(detail)"
        case let .timedOut(seconds):
            return "the routing engine gave no answer within \(Int(seconds)) s; the extract may be too large for this query"
        case let .engine(detail):
            return "road database: \(detail)"
        }
    }
}
