/// What can go wrong in the geometry layer. GEOS's and PROJ's own messages are kept.
public enum GeometryError: Error, Equatable, Sendable {
    /// GEOS could not start a context (out of memory).
    case contextUnavailable
    /// GEOS reported an error; `operation` names the call, `message` is GEOS's text.
    case geos(operation: String, message: String)
    /// PROJ reported an error; `message` is PROJ's text.
    case proj(operation: String, message: String)
    /// An operation needs a different kind of geometry, e.g. a point.
    case wrongGeometryType(expected: String, actual: String)
    /// A distance or buffer width that is negative or not finite.
    case invalidDistance(Double)
}

extension GeometryError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .contextUnavailable:
            return "GEOS could not create a context"
        case let .geos(operation, message):
            return message.isEmpty ? "GEOS \(operation) failed" : "GEOS \(operation) failed: \(message)"
        case let .proj(operation, message):
            return message.isEmpty ? "PROJ \(operation) failed" : "PROJ \(operation) failed: \(message)"
        case let .wrongGeometryType(expected, actual):
            return "expected a \(expected), got a \(actual)"
        case .invalidDistance(let value):
            return "distance \(value) m must be finite and not negative"
        }
    }
}
