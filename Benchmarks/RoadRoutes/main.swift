import Foundation
import Geodesy
import Roads

// Route latency over random pairs in a road database's area (Benchmarks/roads.sh runs it).
// Usage: geocheck-road-bench STORE NAME [PAIRS] [SEED]
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: geocheck-road-bench STORE NAME [PAIRS] [SEED]\n".utf8))
    exit(2)
}
let store = RoadStore(directory: URL(fileURLWithPath: arguments[1]))
let database = try store.database(named: arguments[2])
let count = arguments.count > 3 ? Int(arguments[3]) ?? 1000 : 1000
/// SplitMix64: the same pairs on every run.
struct SplitMix {
    var state: UInt64
    mutating func next() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
}
var generator = SplitMix(state: arguments.count > 4 ? UInt64(arguments[4]) ?? 7 : 7)
let box = database.coverage
func point(_ generator: inout SplitMix) -> Coordinate {
    Coordinate(latitude: box.south + generator.next() * (box.north - box.south),
               longitude: box.west + generator.next() * (box.east - box.west))
}
let router = RoutinoRouter(database: database)
var times: [Double] = []
var routed = 0, noRoute = 0, noRoad = 0
for _ in 0..<count {
    let start = Date()
    do {
        _ = try router.route(through: [point(&generator), point(&generator)])
        routed += 1
    } catch .noRoute {
        noRoute += 1
    } catch {
        noRoad += 1
    }
    times.append(Date().timeIntervalSince(start) * 1000)
}
let sorted = times.sorted()
func percentile(_ values: [Double], _ p: Double) -> Double { values[min(values.count - 1, Int(Double(values.count) * p))] }
print(String(format: "pairs=%d routed=%d no_route=%d no_road_near=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f",
             count, routed, noRoute, noRoad, percentile(sorted, 0.5), percentile(sorted, 0.99), sorted.last ?? 0))
