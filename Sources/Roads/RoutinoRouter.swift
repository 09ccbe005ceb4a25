import Foundation
import Geodesy

/// A ``RoadRouter`` over a database imported with ``RoadImporter``: each route runs Routino's
/// `routino-router` program (shortest route, `motorcar` profile, one-way streets and turn
/// restrictions obeyed), as a separate process because Routino is AGPL-licensed.
///
/// Each waypoint joins the network at the nearest point of a road the profile may use; the
/// engine looks about 1 km around it.
public struct RoutinoRouter: RoadRouter {
    /// The imported database it routes on.
    public let database: RoadDatabase
    /// Seconds a route may take before the engine is stopped.
    public var timeout: Double
    /// Whether turn restrictions (no left turn, no U-turn…) are obeyed, as they are by default.
    public var obeysTurnRestrictions: Bool

    /// A router over `database`; routes that run past `timeout` seconds are stopped.
    public init(database: RoadDatabase, timeout: Double = 60, obeysTurnRestrictions: Bool = true) {
        self.database = database
        self.timeout = timeout
        self.obeysTurnRestrictions = obeysTurnRestrictions
    }

    /// The area of the database's extract.
    public var coverage: BoundingBox { database.coverage }

    /// The shortest road route through `waypoints` (see ``RoadRouter/route(through:)``).
    public func route(through waypoints: [Coordinate]) throws(RoadError) -> RoadRoute {
        guard waypoints.count >= 2 else { throw .noRoute("a route needs two points or more") }
        guard let directory = database.directory else { throw .unknownDatabase(database.name) }
        var arguments = ["--dir=\(directory.path)", "--prefix=\(RoadDatabase.enginePrefix)",
                         "--transport=\(database.profile)", "--shortest", "--output-text-all", "--output-stdout",
                         "--turns=\(obeysTurnRestrictions ? 1 : 0)"]
        for (index, point) in waypoints.enumerated() {
            arguments.append("--lat\(index + 1)=\(point.latitude)")
            arguments.append("--lon\(index + 1)=\(point.longitude)")
        }
        let outcome = try ExternalProgram(name: "routino-router").run(arguments, timeout: timeout)
        if outcome.timedOut { throw .timedOut(seconds: timeout) }
        guard outcome.status == 0 else { throw Self.diagnose(outcome.standardError + outcome.standardOutput, waypoints: waypoints) }
        let output = try RoutinoOutput(text: outcome.standardOutput)
        guard output.waypoints.count == waypoints.count else {
            throw .engine("routino-router returned \(output.waypoints.count) waypoints for \(waypoints.count)")
        }
        let snaps = zip(waypoints, output.waypoints).map { RoadRoute.Snap(requested: $0, snapped: $1) }
        return RoadRoute(length: output.length, path: output.path, snaps: snaps,
                         duration: output.totalMinutes.map { $0 * 60 }, source: source)
    }

    /// "OpenStreetMap extract 'helsinki' (Routino, motorcar, shortest)".
    public var source: String { "OpenStreetMap extract '\(database.name)' (Routino, \(database.profile), shortest)" }

    /// What the engine's error message means.
    static func diagnose(_ message: String, waypoints: [Coordinate]) -> RoadError {
        if let range = message.range(of: "close to specified point ") {
            let digits = message[range.upperBound...].prefix { $0.isNumber }
            if let number = Int(digits), number >= 1, number <= waypoints.count {
                let point = waypoints[number - 1]
                return .noRoadNear(point: number, latitude: point.latitude, longitude: point.longitude)
            }
        }
        if message.contains("Cannot find") && message.contains("route") {
            return .noRoute("the roads near the points are not joined (an island, or a part of the network cut off in the extract)")
        }
        let line = message.split(separator: "\n").last.map(String.init) ?? "routino-router failed"
        return .engine(line.trimmingCharacters(in: .whitespaces))
    }
}
