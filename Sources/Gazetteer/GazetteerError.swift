/// What can go wrong when building or asking the gazetteer.
public enum GazetteerError: Error, Equatable, Sendable {
    /// A data file is missing or unreadable.
    case unreadableFile(path: String, reason: String)
    /// A line of a data file is malformed: the file, the line number and what was wrong.
    case malformedLine(path: String, line: Int, reason: String)
    /// A GeoPackage geometry blob is not what the format says.
    case malformedGeometry(layer: String, feature: Int, reason: String)
    /// The SQLite index failed.
    case database(String)
    /// No place goes by the name; `suggestions` are the nearest names found.
    case unknownPlace(String, suggestions: [String])
    /// No country or region goes by the name.
    case unknownRegion(String)
    /// The name is an organisation, a group or a physical feature, not a place.
    case notAPlace(String, NotAPlace)
}

extension GazetteerError {
    /// Whether this is a bad line of a data file (which an import may skip).
    var isMalformedLine: Bool {
        if case .malformedLine = self { return true }
        return false
    }
}

extension GazetteerError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "\(path): \(reason)"
        case let .malformedLine(path, line, reason):
            return "\(path):\(line): \(reason)"
        case let .malformedGeometry(layer, feature, reason):
            return "\(layer) feature \(feature): \(reason)"
        case let .database(message):
            return "gazetteer index: \(message)"
        case let .unknownPlace(name, suggestions):
            let name = name.count > 80 ? String(name.prefix(77)) + "..." : name
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return "no place named '\(name)'\(hint)"
        case let .notAPlace(name, reason):
            let name = name.count > 80 ? String(name.prefix(77)) + "..." : name
            return "'\(name)' is \(reason.description), not a place"
        case let .unknownRegion(name):
            let name = name.count > 80 ? String(name.prefix(77)) + "..." : name
            return "no country or region named '\(name)'"
        }
    }
}
