/// What can be wrong with a coordinate, distance or direction given to GeoCheck.
public enum GeodesyError: Error, Equatable, Sendable {
    /// A latitude that is not a finite number within -90...90.
    case latitudeOutOfRange(Double)
    /// A longitude that is not a finite number within -180...180.
    case longitudeOutOfRange(Double)
    /// Text that should have been a number.
    case notANumber(String)
    /// Text that is not of the form "lat,lon".
    case malformedCoordinate(String)
    /// Text that is not a number followed by a unit of length.
    case malformedDistance(String)
    /// A distance that is negative or not finite.
    case invalidDistance(Double)
    /// Text that names no compass direction.
    case unknownDirection(String)
}

extension GeodesyError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .latitudeOutOfRange(let value):
            return "latitude \(value) is outside -90...90"
        case .longitudeOutOfRange(let value):
            return "longitude \(value) is outside -180...180"
        case .notANumber(let text):
            return "'\(text)' is not a number"
        case .malformedCoordinate(let text):
            return "'\(text)' is not a coordinate; write it as LAT,LON, e.g. 34.73,36.71"
        case .malformedDistance(let text):
            return "'\(text)' is not a distance; write a number and a unit, e.g. 162 km, 25 mi"
        case .invalidDistance(let value):
            return "distance \(value) must be a finite number of metres, zero or more"
        case .unknownDirection(let text):
            return "'\(text)' is not a compass direction; use e.g. north, NNE, south-west"
        }
    }
}
