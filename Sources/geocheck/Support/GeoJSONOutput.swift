import ArgumentParser
import Foundation
import GeoJSON
import Routing

/// Writing GeoJSON to standard output or a file, and reading the options that feed it.
enum GeoJSONOutput {
    /// Writes the collection; a file is written whole or not at all.
    static func write(_ collection: FeatureCollection, format: GeoJSONFormat = .geojson, to path: String?) throws {
        try OutputFile.write(try GeoJSONWriter.data(collection, format: format), to: path)
    }

    /// Checks an ISO 8601 calendar date, YYYY-MM-DD.
    static func isoDate(_ text: String) throws -> String {
        guard RelocationEvent.isDate(text) else {
            throw ValidationError("'\(text)' is not a date; write YYYY-MM-DD, e.g. 2017-03-18")
        }
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
