import Foundation
import GeoJSON

/// Prints command results as JSON with the encoder the server uses too (``JSONEncoding``).
enum JSONOutput {
    static func string<Value: Encodable>(_ value: Value, pretty: Bool = true) throws -> String {
        try JSONEncoding.string(value, pretty: pretty)
    }

    /// Writes JSON text and a newline to standard output or a file.
    static func write(_ text: String, to path: String?) throws {
        try OutputFile.write(Data((text + "\n").utf8), to: path)
    }
}
