import CPROJ

/// Geodesic calculations on an ellipsoid, by C. F. F. Karney's algorithms as shipped in PROJ
/// (`geodesic.h`). Results are accurate to about 15 nanometres on the WGS84 ellipsoid.
///
/// ```swift
/// let result = Geodesic.wgs84.inverse(from: damascus, to: homs)
/// print(result.distance.kilometres, result.initialBearing)   // 140.48…, 16.45…
/// ```
///
/// A `Geodesic` is immutable once made and may be shared between threads.
public struct Geodesic: Sendable {
    /// The WGS84 ellipsoid (a = 6378137 m, f = 1/298.257223563), which GPS and GeoNames use.
    public static let wgs84 = Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257223563)

    /// Holds PROJ's initialised `geod_geodesic`, which is never written after `geod_init`.
    final class Storage: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<geod_geodesic>
        init(a: Double, f: Double) {
            pointer = .allocate(capacity: 1)
            geod_init(pointer, a, f)
        }
        deinit { pointer.deallocate() }
    }

    let storage: Storage

    /// The ellipsoid's equatorial radius in metres.
    public let equatorialRadius: Double
    /// The ellipsoid's flattening.
    public let flattening: Double

    /// Creates the geodesic routines for an ellipsoid.
    public init(equatorialRadius: Double, flattening: Double) {
        self.equatorialRadius = equatorialRadius
        self.flattening = flattening
        storage = Storage(a: equatorialRadius, f: flattening)
    }

    /// Solves the inverse problem: the shortest path from one point to another.
    ///
    /// Bearings are in degrees clockwise from true north, in 0..<360. For coincident points
    /// the distance is zero and the bearings follow Karney's convention (the meridian).
    public func inverse(from start: Coordinate, to end: Coordinate) -> GeodesicInverse {
        var distance = 0.0, azimuth1 = 0.0, azimuth2 = 0.0
        geod_inverse(storage.pointer, start.latitude, start.longitude, end.latitude, end.longitude,
                     &distance, &azimuth1, &azimuth2)
        return GeodesicInverse(
            distance: Distance(metres: distance),
            initialBearing: Bearing.normalized(azimuth1),
            finalBearing: Bearing.normalized(azimuth2))
    }

    /// Solves the direct problem: where a geodesic from `start` with `bearing` ends after `distance`.
    ///
    /// - Returns: The end point (longitude in -180...180) and the bearing of travel there.
    public func destination(
        from start: Coordinate, bearing: Double, distance: Distance
    ) -> (coordinate: Coordinate, finalBearing: Double) {
        var latitude = 0.0, longitude = 0.0, azimuth2 = 0.0
        geod_direct(storage.pointer, start.latitude, start.longitude, bearing, distance.metres,
                    &latitude, &longitude, &azimuth2)
        return (Coordinate(latitude: latitude, longitude: longitude), Bearing.normalized(azimuth2))
    }

    /// The point halfway along the shortest path between two points.
    public func midpoint(between start: Coordinate, and end: Coordinate) -> Coordinate {
        let line = GeodesicLine(geodesic: self, from: start, to: end)
        return line.position(at: Distance(metres: line.length.metres / 2)).coordinate
    }

    /// Points along the shortest path from `start` to `end`, both included, so that no two
    /// neighbours are further apart than `maximumSpacing` (along the geodesic).
    ///
    /// Longitudes are continuous along the path (they may leave -180...180 when it crosses the
    /// antimeridian), so that a caller can find the crossing; wrap them for display.
    public func points(
        from start: Coordinate, to end: Coordinate, maximumSpacing: Distance
    ) -> [Coordinate] {
        let line = GeodesicLine(geodesic: self, from: start, to: end)
        let length = line.length.metres
        let spacing = max(maximumSpacing.metres, 1e-3)
        guard length > 0, length.isFinite else { return [start, end] }
        let segments = Int((length / spacing).rounded(.up))
        var result = [start]
        result.reserveCapacity(segments + 1)
        for index in 1..<max(segments, 1) {
            result.append(line.position(at: Distance(metres: length * Double(index) / Double(segments)),
                                        unrollingLongitude: true).coordinate)
        }
        var last = end
        // Keep the final longitude continuous with the ones before it.
        if let previous = result.last {
            last.longitude = previous.longitude + Bearing.signedDifference(from: previous.longitude, to: end.longitude)
        }
        result.append(last)
        return result
    }
}

/// The answer to the inverse geodesic problem between two points.
public struct GeodesicInverse: Hashable, Sendable, Codable {
    /// The length of the shortest path on the ellipsoid.
    public var distance: Distance
    /// The bearing at the start, degrees clockwise from true north, 0..<360.
    public var initialBearing: Double
    /// The bearing of travel on arrival, degrees clockwise from true north, 0..<360.
    public var finalBearing: Double
}
