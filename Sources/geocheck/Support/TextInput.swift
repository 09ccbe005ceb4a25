import Foundation
import Server
#if canImport(Glibc)
import Glibc
#endif

/// Reads a text to check from a file or standard input, refusing what is not text.
enum TextInput {
    /// The largest text `geocheck check` reads: 10 MB, about 1.5 million words, far more than
    /// any report; larger inputs are refused before they are read, so memory stays bounded.
    static let maximumBytes = BoundedInput.maximumBytes

    /// The text of `path` ("-" for standard input), as UTF-8, without a leading byte-order mark.
    static func read(_ path: String) throws -> String {
        try decode(BoundedInput.read(path, command: "check", advice: "split the text"), name: path == "-" ? "standard input" : path)
    }

    /// The text, or an error naming the first byte that is not UTF-8 text (with its line).
    static func decode(_ data: Data, name: String) throws -> String {
        do {
            return try UTF8Text.decode(data)
        } catch {
            throw CLIError.badInput(location: "\(name):\(error.line)", message: error.message)
        }
    }
}
