import Foundation
import Geodesy

/// A place as read from a data file, with all its names, before it goes into the index.
struct PlaceRecord {
    var place: Place
    var alternateNames: [String]
    var source: String?
}

extension PlaceRecord {
    /// Reads a line of the shipped `places.tsv.gz`: geonameid, name, latitude, longitude,
    /// country, admin1, population, feature code, alternate names joined by '|'.
    init(placesLine line: String, path: String, lineNumber: Int) throws(GazetteerError) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 9 else {
            throw .malformedLine(path: path, line: lineNumber, reason: "expected 9 tab-separated fields, found \(fields.count)")
        }
        let coordinate = try Self.coordinate(fields[2], fields[3], path: path, line: lineNumber)
        let id = try Self.validated(id: fields[0], name: fields[1], country: fields[4], path: path, line: lineNumber)
        place = Place(id: id, name: String(fields[1]), coordinate: coordinate, countryCode: String(fields[4]),
                      admin1Code: String(fields[5]), population: Int(fields[6]) ?? 0,
                      featureCode: fields[7].isEmpty ? nil : String(fields[7]))
        alternateNames = fields[8].isEmpty ? [] : fields[8].split(separator: "|").map(String.init)
        source = nil
    }

    /// Reads a line of the official GeoNames dump format (allCountries.txt, SY.txt,
    /// cities15000.txt): 19 tab-separated fields.
    init(geoNamesDumpLine line: String, path: String, lineNumber: Int) throws(GazetteerError) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 15 else {
            throw .malformedLine(path: path, line: lineNumber, reason: "expected 19 tab-separated GeoNames fields, found \(fields.count)")
        }
        let id = try Self.validated(id: fields[0], name: fields[1], country: fields[8], path: path, line: lineNumber)
        let coordinate = try Self.coordinate(fields[4], fields[5], path: path, line: lineNumber)
        place = Place(id: id, name: String(fields[1]), coordinate: coordinate, countryCode: String(fields[8]),
                      admin1Code: String(fields[10]), population: Int(fields[14]) ?? 0,
                      featureCode: fields[7].isEmpty ? nil : String(fields[7]))
        var names = fields[3].isEmpty ? [] : fields[3].split(separator: ",").map(String.init)
        if !fields[2].isEmpty, fields[2] != fields[1] { names.append(String(fields[2])) }
        alternateNames = names
        source = nil
    }

    /// The geonameid of a line, after checking the fields every place needs: a positive id, a
    /// name, and a country code of two capital letters (or none, as for places at sea).
    private static func validated(id text: Substring, name: Substring, country: Substring, path: String, line: Int) throws(GazetteerError) -> Int {
        guard let id = Int(text) else {
            throw .malformedLine(path: path, line: line, reason: "geonameid '\(text.prefix(40))' is not a number")
        }
        guard id > 0 else { throw .malformedLine(path: path, line: line, reason: "geonameid \(id) is not a positive number") }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .malformedLine(path: path, line: line, reason: "the name is empty")
        }
        guard country.isEmpty || (country.utf8.count == 2 && country.utf8.allSatisfy { (65...90).contains($0) }) else {
            throw .malformedLine(path: path, line: line, reason: "country code '\(country.prefix(40))' is not two capital letters (ISO 3166-1)")
        }
        return id
    }

    private static func coordinate(_ latitude: Substring, _ longitude: Substring, path: String, line: Int) throws(GazetteerError) -> Coordinate {
        guard let lat = Double(latitude), let lon = Double(longitude) else {
            throw .malformedLine(path: path, line: line, reason: "coordinate '\(latitude.prefix(40)), \(longitude.prefix(40))' is not a pair of numbers")
        }
        do {
            return try Coordinate(validatingLatitude: lat, longitude: lon)
        } catch {
            throw .malformedLine(path: path, line: line, reason: error.description)
        }
    }
}

extension PlaceRecord {
    /// Reads a line of the curated `supplement.tsv`: id, name, latitude, longitude, country,
    /// admin1, parent geonameid, feature code, alternate names joined by '|', source note.
    init(supplementLine line: String, path: String, lineNumber: Int) throws(GazetteerError) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 10 else {
            throw .malformedLine(path: path, line: lineNumber, reason: "expected 10 tab-separated fields, found \(fields.count)")
        }
        guard let id = Int(fields[0]), id >= Place.supplementIDBase else {
            throw .malformedLine(path: path, line: lineNumber,
                                 reason: "id '\(fields[0])' must be a number from \(Place.supplementIDBase) up")
        }
        guard !fields[9].trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .malformedLine(path: path, line: lineNumber, reason: "every supplement place needs a source note")
        }
        let coordinate = try Self.coordinate(fields[2], fields[3], path: path, line: lineNumber)
        place = Place(id: id, name: String(fields[1]), coordinate: coordinate, countryCode: String(fields[4]),
                      admin1Code: String(fields[5]), featureCode: fields[7].isEmpty ? nil : String(fields[7]),
                      parentID: Int(fields[6]))
        alternateNames = fields[8].isEmpty ? [] : fields[8].split(separator: "|").map(String.init)
        source = String(fields[9])
    }
}
