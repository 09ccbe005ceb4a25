import Foundation

/// The one JSON encoder of GeoCheck: what the CLI prints and what the server sends are encoded
/// here, so a report reads the same from either (keys sorted, slashes unescaped).
///
/// ```swift
/// let text = try JSONEncoding.string(report)              // pretty, as `geocheck check --json`
/// let body = try JSONEncoding.data(report, pretty: false) // one line, as the HTTP API
/// ```
public enum JSONEncoding {
    /// A new encoder with GeoCheck's settings; `pretty` adds indentation and line breaks.
    public static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The value as JSON bytes.
    public static func data<Value: Encodable>(_ value: Value, pretty: Bool = true) throws -> Data {
        try encoder(pretty: pretty).encode(value)
    }

    /// The value as JSON text.
    public static func string<Value: Encodable>(_ value: Value, pretty: Bool = true) throws -> String {
        String(decoding: try data(value, pretty: pretty), as: UTF8.self)
    }
}
