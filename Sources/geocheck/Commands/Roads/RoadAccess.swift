import Geodesy
import Roads

/// Finds the road database for a command's points.
enum RoadAccess {
    /// A router over the database `name`, or else the smallest imported one that covers every point.
    static func router(covering points: [Coordinate], named name: String?) throws -> RoutinoRouter {
        let store = RoadStore.standard()
        do {
            if let name { return RoutinoRouter(database: try store.database(named: name)) }
            guard let database = try store.database(covering: points) else {
                let list = points.map { "\($0.latitude.formatted(fractionDigits: 4)),\($0.longitude.formatted(fractionDigits: 4))" }
                throw RoadError.notCovered(points.count == 1 ? "the point \(list[0])" : "the points \(list.joined(separator: " and "))")
            }
            return RoutinoRouter(database: database)
        } catch let error as RoadError {
            throw CLIError.roads(error)
        }
    }
}
