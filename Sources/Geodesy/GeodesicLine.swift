import CPROJ

/// One geodesic between two points, for finding positions along it.
public struct GeodesicLine: Sendable {
    final class Storage: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<geod_geodesicline>
        init() { pointer = .allocate(capacity: 1) }
        deinit { pointer.deallocate() }
    }

    private let storage = Storage()

    /// The length of the geodesic from start to end.
    public let length: Distance

    /// Creates the geodesic from `start` to `end`.
    public init(geodesic: Geodesic = .wgs84, from start: Coordinate, to end: Coordinate) {
        // 0 asks for the default capabilities, which include positions by distance.
        geod_inverseline(storage.pointer, geodesic.storage.pointer,
                         start.latitude, start.longitude, end.latitude, end.longitude, 0)
        length = Distance(metres: storage.pointer.pointee.s13)
    }

    /// The point `distance` along the line from its start and the bearing of travel there.
    ///
    /// - Parameter unrollingLongitude: Whether the longitude keeps counting past ±180 instead of
    ///   wrapping, so that a path across the antimeridian stays continuous.
    public func position(
        at distance: Distance, unrollingLongitude: Bool = false
    ) -> (coordinate: Coordinate, bearing: Double) {
        var latitude = 0.0, longitude = 0.0, azimuth = 0.0
        let flags = unrollingLongitude ? UInt32(GEOD_LONG_UNROLL.rawValue) : UInt32(GEOD_NOFLAGS.rawValue)
        _ = geod_genposition(storage.pointer, flags, distance.metres,
                             &latitude, &longitude, &azimuth, nil, nil, nil, nil, nil)
        return (Coordinate(latitude: latitude, longitude: longitude), Bearing.normalized(azimuth))
    }
}
