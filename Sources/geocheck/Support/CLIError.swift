import Gazetteer
import Geodesy
import Geometry
import Roads

/// A failure the CLI reports as one line and an exit code.
enum CLIError: Error, CustomStringConvertible {
    /// Bad input: `location` names where (a file and line, an argument), `message` what.
    case badInput(location: String, message: String, exitCode: Int32 = CLIError.usageExitCode)
    /// An input or output file that could not be opened, read or written.
    case file(path: String, message: String)
    /// A failure in the geometry layer.
    case geometry(GeometryError)
    /// A failure in the gazetteer: an unknown name (exit 3), bad data, a broken index.
    case gazetteer(GazetteerError)

    /// A failure importing or routing on road databases.
    case roads(RoadError)

    /// The exit code when there is no road answer: no database covers the points, no road near
    /// one, no road route between them.
    static let noRoadExitCode: Int32 = 4

    /// The exit code for a place name the gazetteer does not know.
    static let unknownNameExitCode: Int32 = 3

    /// The exit code for bad input and for usage errors.
    static let usageExitCode: Int32 = 2

    var exitCode: Int32 {
        switch self {
        case .badInput(_, _, let code): return code
        case .file: return Self.usageExitCode
        case .geometry: return 1
        case .roads(let error):
            switch error {
            case .notCovered, .noRoadNear, .noRoute: return Self.noRoadExitCode
            case .unknownDatabase: return Self.unknownNameExitCode
            case .unreadableFile, .notPBF, .damagedExtract, .emptyExtract, .noRoads, .badName: return Self.usageExitCode
            case .missingProgram, .importFailed, .timedOut, .engine: return 1
            }
        case .gazetteer(let error):
            switch error {
            case .unknownPlace, .ambiguousPlace, .unknownRegion, .notAPlace: return Self.unknownNameExitCode
            case .malformedLine, .unreadableFile: return Self.usageExitCode
            default: return 1
            }
        }
    }

    var description: String {
        switch self {
        case let .badInput(location, message, _): return "\(location): \(message)"
        case let .file(path, message): return "\(path): \(message)"
        case let .geometry(error): return error.description
        case let .roads(error): return error.description
        case let .gazetteer(error): return error.description
        }
    }
}
