/// A name a text uses that GeoCheck could not stand behind, and what would help: the country the
/// text is most probably about, and the `geocheck gazetteer import` command that would add that
/// country's GeoNames places (villages and districts the shipped cities500 data lacks).
public struct UnresolvedName: Sendable, Hashable {
    /// Why the name has no place.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// No place by that name in the gazetteer.
        case notFound = "not_found"
        /// Only a weak match (below the confidence threshold, or a namesake far from the text's places).
        case weak
        /// Several places fit and none stands out.
        case ambiguous
    }

    /// The name as the text writes it.
    public var name: String
    public var reason: Reason
    /// The ISO code of the country the text is most probably about, when it names one.
    public var probableCountry: String?

    public init(name: String, reason: Reason, probableCountry: String?) {
        self.name = name
        self.reason = reason
        self.probableCountry = probableCountry
    }

    /// "geocheck gazetteer import SY.txt" for the probable country's GeoNames file.
    public var importCommand: String? {
        guard reason != .ambiguous else { return nil }
        return "geocheck gazetteer import \(probableCountry ?? "CC").txt"
    }
}
