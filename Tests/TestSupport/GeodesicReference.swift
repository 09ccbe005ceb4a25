import Foundation
import Geodesy

/// One inverse solution computed by the Python geographiclib package
/// (see Tests/Fixtures/make_geodesic_fixtures.py for the command that made them).
public struct GeodesicReference: Sendable {
    public let start: Coordinate
    public let end: Coordinate
    public let distanceMetres: Double
    public let initialAzimuth: Double
    public let finalAzimuth: Double

    /// Every row of Tests/Fixtures/geodesic_reference.csv.
    public static func all() throws -> [GeodesicReference] {
        let text = try String(contentsOf: Fixtures.url("geodesic_reference.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let values = line.split(separator: ",").map { Double($0)! }
            return GeodesicReference(
                start: Coordinate(latitude: values[0], longitude: values[1]),
                end: Coordinate(latitude: values[2], longitude: values[3]),
                distanceMetres: values[4], initialAzimuth: values[5], finalAzimuth: values[6])
        }
    }
}

/// The top-level Tests/Fixtures folder.
public enum Fixtures {
    public static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }
}

/// The angle between two directions in degrees, whatever range each is written in.
public func angularGap(_ a: Double, _ b: Double) -> Double {
    let difference = abs((a - b).truncatingRemainder(dividingBy: 360))
    return min(difference, 360 - difference)
}
