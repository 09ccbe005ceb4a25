import Gazetteer
import Geometry

/// Why a text could not be checked at all (as opposed to a claim found unverifiable).
public enum VerificationError: Error, CustomStringConvertible, Sendable {
    /// The gazetteer failed (a damaged index, say).
    case gazetteer(GazetteerError)
    /// A boundary shape could not be used.
    case geometry(GeometryError)

    public var description: String {
        switch self {
        case .gazetteer(let error): return error.description
        case .geometry(let error): return "boundary shapes: \(error)"
        }
    }
}
