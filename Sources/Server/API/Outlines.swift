import Foundation
import Gazetteer
import GeoJSON
import Geometry

/// The page's base map: country or first-level region outlines from the gazetteer's boundary
/// data, simplified for drawing and encoded once as GeoJSON, then kept.
actor Outlines {
    /// Tolerances of the simplification, in degrees: about 5 km for countries, 1 km for regions.
    static let countryTolerance = 0.05
    static let regionTolerance = 0.01

    private var cache: [String: Data] = [:]
    private let source: GazetteerIndex
    /// A connection of the outlines' own, opened at first use.
    private var reader: GazetteerIndex?

    init(index: GazetteerIndex) { source = index }

    /// The outlines as a FeatureCollection with `name`, `country` and `kind` properties.
    func geoJSON(kind: Region.Kind, country: String?) throws(APIError) -> Data {
        let key = "\(kind.rawValue):\(country ?? "*")"
        if let data = cache[key] { return data }
        let index = try APIError.mapping { try reader ?? source.openReader() }
        reader = index
        let data = try Self.make(kind: kind, country: country, index: index)
        cache[key] = data
        return data
    }

    private static func make(kind: Region.Kind, country: String?, index: GazetteerIndex) throws(APIError) -> Data {
        try APIError.mapping("outlines") {
            // A context of this call's own: GEOS contexts are never shared between tasks.
            let context = try GEOSContext()
            let tolerance = kind == .country ? countryTolerance : regionTolerance
            var features: [Feature] = []
            for (region, wkb) in try index.outlines(of: kind, countries: country.map { [$0] }) {
                let geometry = try Geometry(wkb: wkb, context: context).simplified(tolerance: tolerance)
                guard !geometry.isEmpty else { continue }
                let shape = try JSONDecoder().decode(GeoJSONGeometry.self, from: Data(try geometry.geoJSON().utf8))
                features.append(Feature(geometry: shape, properties: [
                    "name": .string(region.name), "country": .string(region.countryCode), "kind": .string(region.kind.rawValue),
                ]))
            }
            return try GeoJSONWriter.data(FeatureCollection(features: features))
        }
    }
}
