// Warm look-up latency of the gazetteer, for Benchmarks/gazetteer.sh.
// Usage: geocheck-lookup-bench QUERIES.tsv [ROUNDS]
// Opens the index (GEOCHECK_DATA / GEOCHECK_CACHE as geocheck does), resolves every query of
// the query set once to warm the caches, then ROUNDS more times, timing each call; prints the
// count and the 50th, 90th and 99th percentiles in milliseconds as JSON.
import Dispatch
import Foundation
import Gazetteer

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: geocheck-lookup-bench QUERIES.tsv [ROUNDS]\n".utf8))
    exit(2)
}
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
do {
    let queries = try String(contentsOfFile: arguments[1], encoding: .utf8).split(separator: "\n")
        .filter { !$0.hasPrefix("#") }.map { String($0.split(separator: "\t")[0]) }
    let resolver = Resolver(index: try GazetteerIndex.open(files: .standard()))
    for query in queries { _ = try resolver.candidates(for: query, limit: 5) }
    var times: [Double] = []
    for _ in 0..<rounds {
        for query in queries {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try resolver.candidates(for: query, limit: 5)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
    }
    times.sort()
    func percentile(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
    print("{\"lookups\":\(times.count),\"p50_ms\":\(percentile(0.5)),\"p90_ms\":\(percentile(0.9)),\"p99_ms\":\(percentile(0.99))}")
} catch {
    FileHandle.standardError.write(Data("geocheck-lookup-bench: \(error)\n".utf8))
    exit(1)
}
