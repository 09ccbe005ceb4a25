/// A position on the WGS84 ellipsoid, in decimal degrees.
///
/// Latitude comes first, as people write it ("34.73, 36.71"); GeoJSON output
/// swaps the order where its format asks for longitude first.
///
/// ```swift
/// let homs = try Coordinate(validatingLatitude: 34.7324, longitude: 36.7137)
/// ```
public struct Coordinate: Hashable, Sendable, Codable {
    /// Degrees north of the equator, -90...90.
    public var latitude: Double
    /// Degrees east of the Greenwich meridian, -180...180.
    public var longitude: Double

    /// Creates a coordinate without checking its range.
    ///
    /// Use ``init(validatingLatitude:longitude:)`` for values that come from users or files.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Creates a coordinate, rejecting values that cannot be a position on Earth.
    ///
    /// - Throws: ``GeodesyError/latitudeOutOfRange(_:)`` or
    ///   ``GeodesyError/longitudeOutOfRange(_:)`` for a value outside its range or not finite.
    public init(validatingLatitude latitude: Double, longitude: Double) throws(GeodesyError) {
        guard latitude.isFinite, (-90...90).contains(latitude) else {
            throw .latitudeOutOfRange(latitude)
        }
        guard longitude.isFinite, (-180...180).contains(longitude) else {
            throw .longitudeOutOfRange(longitude)
        }
        self.init(latitude: latitude, longitude: longitude)
    }
}

extension Coordinate: CustomStringConvertible {
    /// The coordinate as "latitude,longitude" with the shortest digits that round-trip.
    public var description: String { "\(latitude),\(longitude)" }
}
