import Geodesy
import Geometry

/// A failure the CLI reports as one line and an exit code.
enum CLIError: Error, CustomStringConvertible {
    /// Bad input: `location` names where (a file and line, an argument), `message` what.
    case badInput(location: String, message: String)
    /// An input or output file that could not be opened, read or written.
    case file(path: String, message: String)
    /// A failure in the geometry layer.
    case geometry(GeometryError)

    /// The exit code for bad input and for usage errors.
    static let usageExitCode: Int32 = 2

    var exitCode: Int32 {
        switch self {
        case .badInput, .file: return Self.usageExitCode
        case .geometry: return 1
        }
    }

    var description: String {
        switch self {
        case let .badInput(location, message): return "\(location): \(message)"
        case let .file(path, message): return "\(path): \(message)"
        case let .geometry(error): return error.description
        }
    }
}
