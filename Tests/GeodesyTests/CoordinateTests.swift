import Geodesy
import Testing

@Suite("Coordinates")
struct CoordinateTests {
    @Test("written forms parse", arguments: [
        ("34.73,36.71", 34.73, 36.71), ("34.73, 36.71", 34.73, 36.71), (" -33.5,-70.6 ", -33.5, -70.6),
        ("33.5S,70.6W", -33.5, -70.6), ("33.5° S 70.6° W", -33.5, -70.6), ("34.73N 36.71E", 34.73, 36.71),
        ("90,180", 90, 180), ("-90,-180", -90, -180),
    ])
    func parsing(text: String, latitude: Double, longitude: Double) throws {
        let coordinate = try Coordinate(parsing: text)
        #expect(coordinate == Coordinate(latitude: latitude, longitude: longitude))
    }

    @Test func errorsNameTheValue() {
        #expect(throws: GeodesyError.latitudeOutOfRange(91)) { try Coordinate(parsing: "91,0") }
        #expect(throws: GeodesyError.longitudeOutOfRange(-181)) { try Coordinate(parsing: "0,-181") }
        #expect(throws: GeodesyError.notANumber("abc")) { try Coordinate(parsing: "abc,1") }
        #expect(throws: GeodesyError.malformedCoordinate("1,2,3")) { try Coordinate(parsing: "1,2,3") }
        #expect(throws: GeodesyError.malformedCoordinate("")) { try Coordinate(parsing: "") }
        let nanError = #expect(throws: GeodesyError.self) { try Coordinate(validatingLatitude: .nan, longitude: 0) }
        if case .latitudeOutOfRange(let value)? = nanError { #expect(value.isNaN) } else { Issue.record("wrong error \(String(describing: nanError))") }
        #expect(GeodesyError.latitudeOutOfRange(91).description == "latitude 91.0 is outside -90...90")
    }
}
