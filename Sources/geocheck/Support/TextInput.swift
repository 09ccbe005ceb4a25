import Foundation
import Server
#if canImport(Glibc)
import Glibc
#endif

/// Reads a text to check from a file or standard input, refusing what is not text.
enum TextInput {
    /// The largest text `geocheck check` reads: 10 MB, about 1.5 million words, far more than
    /// any report; larger inputs are refused before they are read, so memory stays bounded.
    static let maximumBytes = 10 * 1024 * 1024

    /// The text of `path` ("-" for standard input), as UTF-8, without a leading byte-order mark.
    static func read(_ path: String) throws -> String {
        let name = path == "-" ? "standard input" : path
        let data: Data
        if path == "-" {
            data = try readStandardInput(name: name)
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.file(path: path, message: "no such file")
            }
            guard !isDirectory.boolValue else { throw CLIError.file(path: path, message: "is a directory, not a text file") }
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumBytes {
                throw tooLarge(name, size)
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw CLIError.file(path: path, message: "cannot open for reading")
            }
            defer { try? handle.close() }
            // A device or a pipe has no size: read at most one byte more than the limit.
            let read = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
            guard read.count <= maximumBytes else { throw tooLarge(name, read.count) }
            data = read
        }
        return try decode(data, name: name)
    }

    private static func readStandardInput(name: String) throws -> Data {
        var data = Data()
        let handle = FileHandle.standardInput
        while data.count <= maximumBytes {
            guard let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty else { break }
            data.append(chunk)
        }
        guard data.count <= maximumBytes else { throw tooLarge(name, data.count) }
        return data
    }

    private static func tooLarge(_ name: String, _ size: Int) -> CLIError {
        let megabytes = Double(size) / 1_048_576
        return .badInput(location: name, message: String(format: "%.1f MB or more is larger than the %d MB geocheck check reads; split the text", megabytes, maximumBytes / 1_048_576))
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
