import Foundation

/// Encodes command results as JSON the same way everywhere: keys in a stable order, no
/// escaped slashes.
enum JSONOutput {
    static func string<Value: Encodable>(_ value: Value, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Writes JSON text and a newline to standard output or a file.
    static func write(_ text: String, to path: String?) throws {
        try OutputFile.write(Data((text + "\n").utf8), to: path)
    }
}
