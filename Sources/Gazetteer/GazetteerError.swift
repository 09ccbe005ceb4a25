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
    /// Several places have the name and none is likely enough to list: "Palmyra" (Syria or one
    /// of the American towns); each as "Name (CC)" ("Name (CC, Region)" when they share a
    /// country) with its confidence, and the likeliest one's country code (or region).
    case ambiguousPlace(String, candidates: [String], likeliestCountry: String)
    /// No country or region goes by the name.
    case unknownRegion(String)
    /// The name is an organisation, a group or a physical feature, not a place.
    case notAPlace(String, NotAPlace)
    /// The index file is damaged (SQLite reports it malformed or not a database).
    case damagedIndex(path: String, reason: String)
    /// The cache folder cannot be created or written to.
    case cacheNotWritable(path: String, reason: String)
    /// The disk holding the cache folder is full.
    case diskFull(path: String)
    /// A build's input holds no places, or far fewer than the index it would replace.
    case inputTooSmall(path: String, found: Int, previous: Int?)
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
        case let .ambiguousPlace(name, candidates, country):
            let name = name.count > 80 ? String(name.prefix(77)) + "..." : name
            let base = name.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? name
            return "'\(name)' names several places, none likely enough without context (\(candidates.joined(separator: ", "))); "
                + "add the region or country after a comma ('\(base), \(country)')"
        case let .notAPlace(name, reason):
            let name = name.count > 80 ? String(name.prefix(77)) + "..." : name
            return "'\(name)' is \(reason.description), not a place"
        case let .unknownRegion(name):
            let name = name.count > 80 ? String(name.prefix(77)) + "..." : name
            return "no country or region named '\(name)'"
        case let .damagedIndex(path, reason):
            return "the gazetteer index \(path) is damaged (\(reason)); run 'geocheck gazetteer build' to rebuild it"
        case let .cacheNotWritable(path, reason):
            return "the cache folder \(path) is not writable (\(reason)); make it writable, or choose another folder with GEOCHECK_CACHE=/some/folder"
        case let .diskFull(path):
            return "the disk holding \(path) is full; free some space (the index needs about 200 MB while it is built) or choose another folder with GEOCHECK_CACHE"
        case let .inputTooSmall(path, found, previous):
            if let previous {
                return "\(path) holds \(found) places, fewer than half of the \(previous) the current index was built from; "
                    + "the current index is kept (a truncated or emptied file?). Run 'geocheck gazetteer build --allow-smaller' if that is meant"
            }
            return "\(path) holds no places (an empty or truncated file?); restore it, e.g. with git checkout or Gazetteer/derive.sh"
        }
    }
}
