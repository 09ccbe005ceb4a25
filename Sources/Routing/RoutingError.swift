/// What can be wrong with an events file.
public enum RoutingError: Error, Equatable, Sendable {
    /// A row (CSV line or JSON array index, from 1) and what was wrong with it.
    case malformed(line: Int, reason: String)
    /// The file is neither CSV with the event columns nor a JSON array of event objects.
    case unreadable(String)
}

extension RoutingError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .malformed(line, reason): return "row \(line): \(reason)"
        case let .unreadable(reason): return reason
        }
    }
}
