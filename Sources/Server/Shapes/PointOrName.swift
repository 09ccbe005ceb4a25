import Foundation
import Geodesy

/// An end of a distance as a user writes it: a coordinate ("33.5138,36.2765", "33.5S,70.6W") or
/// a place name ("Homs", "Damascus, Syria"). Shared by `geocheck distance` and `GET /v1/distance`.
public enum PointOrName: Equatable, Sendable {
    /// A coordinate as written.
    case point(Coordinate)
    /// A place name, for the resolver.
    case name(String)

    /// Reads `text`; text that starts or ends like a number is a coordinate with a mistake, not a
    /// name, and throws the coordinate parser's error.
    public init(_ text: String) throws(GeodesyError) {
        do {
            self = .point(try Coordinate(parsing: text))
            return
        } catch {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let last = trimmed.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if let first = trimmed.first, first.isNumber || first == "-" || first == "+" || first == "."
                || (trimmed.contains(",") && Double(last) != nil) {
                throw error
            }
        }
        self = .name(text)
    }
}
