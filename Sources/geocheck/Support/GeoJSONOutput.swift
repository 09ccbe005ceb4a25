import ArgumentParser
import Foundation
import GeoJSON

/// Writing GeoJSON to standard output or a file, and reading the options that feed it.
enum GeoJSONOutput {
    /// Writes the collection; a file is written whole or not at all.
    static func write(_ collection: FeatureCollection, format: GeoJSONFormat = .geojson, to path: String?) throws {
        let data = try GeoJSONWriter.data(collection, format: format)
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw CLIError.file(path: path, message: "cannot write: \(reason)")
        }
    }

    /// Checks an ISO 8601 calendar date, YYYY-MM-DD.
    static func isoDate(_ text: String) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else {
            throw ValidationError("'\(text)' is not a date; write YYYY-MM-DD, e.g. 2017-03-18")
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { throw ValidationError("'\(text)' is not a date: month \(month) has \(days) days") }
        return text
    }

    /// `key=value` options as properties; numbers stay numbers.
    static func properties(_ options: [String]) throws -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for option in options {
            guard let equals = option.firstIndex(of: "="), equals != option.startIndex else {
                throw ValidationError("--property '\(option)' is not key=value")
            }
            let key = String(option[..<equals]), value = String(option[option.index(after: equals)...])
            result[key] = Double(value).map(JSONValue.number) ?? .string(value)
        }
        return result
    }
}
