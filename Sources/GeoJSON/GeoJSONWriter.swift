import Foundation

/// The output formats of GeoCheck's GeoJSON.
public enum GeoJSONFormat: String, Sendable, CaseIterable {
    /// One FeatureCollection (RFC 7946), `.geojson`.
    case geojson
    /// GeoJSON Text Sequences (RFC 8142): each Feature after a record separator (0x1E) and
    /// before a line feed, for streams; `.geojsonl`/`.geojsons`.
    case geojsonseq
}

/// Writes features as RFC 7946 asks: longitude first, at most 6 decimals, no `crs`.
public enum GeoJSONWriter {
    public static func data(_ collection: FeatureCollection, format: GeoJSONFormat = .geojson, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoding.encoder(pretty: pretty)
        switch format {
        case .geojson:
            var data = try encoder.encode(collection)
            data.append(0x0A)
            return data
        case .geojsonseq:
            encoder.outputFormatting.remove(.prettyPrinted)
            var data = Data()
            for feature in collection.features {
                data.append(0x1E)
                data.append(try encoder.encode(feature))
                data.append(0x0A)
            }
            return data
        }
    }
}

/// Reads GeoJSON, with a clear error for text that is not JSON or not GeoJSON.
public enum GeoJSONReader {
    public static func featureCollection(from data: Data) throws -> FeatureCollection {
        try JSONDecoderFactory.make().decode(FeatureCollection.self, from: data)
    }
}

enum JSONDecoderFactory {
    static func make() -> JSONDecoder { JSONDecoder() }
}
