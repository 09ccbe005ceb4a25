// Prepared point-in-polygon throughput, for Benchmarks/run.sh.
// Usage: geocheck-pip-bench POLYGON.wkt POINTS.csv   (points as "lon,lat" rows)
// Prints one JSON object: points, inside, seconds (the loop alone, parsing excluded).
import Dispatch
import Foundation
import Geodesy
import Geometry

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: geocheck-pip-bench POLYGON.wkt POINTS.csv\n".utf8))
    exit(2)
}
do {
    let wkt = try String(contentsOfFile: arguments[1], encoding: .utf8)
    let text = try String(contentsOfFile: arguments[2], encoding: .utf8)
    let points = text.split(separator: "\n").map { line -> Coordinate in
        let parts = line.split(separator: ",")
        return Coordinate(latitude: Double(parts[1])!, longitude: Double(parts[0])!)
    }
    let context = try GEOSContext()
    let prepared = try PreparedGeometry(Geometry(wkt: wkt, context: context))
    _ = try prepared.covers(points[0])   // builds GEOS's edge index outside the timed loop
    let start = DispatchTime.now().uptimeNanoseconds
    var inside = 0
    for point in points where try prepared.covers(point) { inside += 1 }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print("{\"points\":\(points.count),\"inside\":\(inside),\"seconds\":\(seconds)}")
} catch {
    FileHandle.standardError.write(Data("geocheck-pip-bench: \(error)\n".utf8))
    exit(1)
}
