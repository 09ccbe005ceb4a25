import Geodesy

/// Reads `routino-router --output-text-all`: tab-separated rows of latitude, longitude, node,
/// type ("Waypt#1", "Junct", "Inter"…), segment distance (km), segment duration (min), total
/// distance (km), total duration (min), speed, bearing, highway name; `#` lines are comments.
struct RoutinoOutput {
    let path: [Coordinate]
    /// The rows whose type is a waypoint ("Waypt#1"…), in order.
    let waypoints: [Coordinate]
    /// The engine's total duration, in minutes.
    let totalMinutes: Double?

    init(text: String) throws(RoadError) {
        var path: [Coordinate] = []
        var waypoints: [Coordinate] = []
        var minutes: Double?
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 8, let latitude = Double(fields[0]), let longitude = Double(fields[1]) else {
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                throw .engine("unexpected line from routino-router: \(line.prefix(80))")
            }
            let point = Coordinate(latitude: latitude, longitude: longitude)
            if path.last != point { path.append(point) }
            if fields[3].hasPrefix("Waypt") { waypoints.append(point) }
            minutes = Double(fields[7]) ?? minutes
        }
        guard !path.isEmpty else { throw .engine("routino-router returned no route") }
        self.path = path
        self.waypoints = waypoints
        totalMinutes = minutes
    }

    /// The length of the path, summed along geodesics between its points.
    var length: Distance {
        Distance(metres: zip(path, path.dropFirst()).reduce(0) {
            $0 + Geodesic.wgs84.inverse(from: $1.0, to: $1.1).distance.metres
        })
    }
}
