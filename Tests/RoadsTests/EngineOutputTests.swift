import Foundation
import Geodesy
@testable import Roads
import Testing

/// Reading what Routino's programs print, on output captured from Routino 3.3.3.
@Suite("Routino output")
struct EngineOutputTests {
    @Test func routeText() throws {
        let text = """
        # Creator : Routino - http://www.routino.org/
        #Latitude\tLongitude\t    Node\tType\tSegment\tSegment\tTotal\tTotal  \tSpeed\tBearing\tHighway
         60.164888\t  24.939686\t      -1 \tWaypt#1\t0.000\t 0.00\t 0.00\t  0.0\t\t\t
         60.165135\t  24.939344\t     135*\tJunct\t0.033\t 0.07\t 0.03\t  0.1\t 48\t 325\tAnnankatu
         60.175603\t  24.950147\t      -2 \tWaypt#2\t0.012\t 0.02\t 2.50\t  4.4\t 88\t 178\tUnioninkatu
        """
        let output = try RoutinoOutput(text: text)
        #expect(output.path.count == 3)
        #expect(output.waypoints == [Coordinate(latitude: 60.164888, longitude: 24.939686),
                                     Coordinate(latitude: 60.175603, longitude: 24.950147)])
        #expect(output.totalMinutes == 4.4)
        // The length is the sum of the geodesics between the points (geographiclib: 33.6 m + 1,290.7 m).
        let first = Geodesic.wgs84.inverse(from: output.path[0], to: output.path[1]).distance.metres
        let second = Geodesic.wgs84.inverse(from: output.path[1], to: output.path[2]).distance.metres
        #expect(abs(output.length.metres - (first + second)) < 1e-6)
        #expect(abs(first - 33.6) < 0.5)
    }

    @Test func garbageIsAnError() {
        #expect(throws: RoadError.self) { try RoutinoOutput(text: "Error: something\n") }
        #expect(throws: RoadError.self) { try RoutinoOutput(text: "# only comments\n") }
    }

    @Test func routerMessages() {
        let points = [Coordinate(latitude: 1, longitude: 2), Coordinate(latitude: 3, longitude: 4)]
        #expect(RoutinoRouter.diagnose("Error: Cannot find node close to specified point 2.", waypoints: points)
                == .noRoadNear(point: 2, latitude: 3, longitude: 4))
        guard case .noRoute = RoutinoRouter.diagnose("Error: Cannot find super-route compatible with profile.", waypoints: points) else {
            Issue.record("expected noRoute")
            return
        }
    }

    @Test func importMessages() {
        #expect(RoadImporter.diagnose(output: "PBF Parser: Error at byte 4: BlobHeader length is wrong (0<x<=32M).\nRead: Bytes=4 Nodes=0 Ways=0 Relations=0", path: "x")
                == .damagedExtract(path: "x", detail: "BlobHeader length is wrong (0<x<=32M)"))
        #expect(RoadImporter.diagnose(output: "Read: Bytes=110 Nodes=0 Ways=0 Relations=0\nCannot mmap file", path: "x") == .emptyExtract(path: "x"))
        #expect(RoadImporter.diagnose(output: "Read: Bytes=9 Nodes=4744 Ways=433 Relations=0\nChecked Ways for unused Nodes: Ways=0 Highway Nodes=0\nCannot mmap", path: "x")
                == .noRoads(path: "x"))
    }

    @Test func progress() {
        var parser = PlanetsplitterProgress(fileBytes: 1000)
        // A line counts once it is complete; carriage returns end lines as newlines do.
        #expect(parser.consume("Reading: Bytes=0 Nodes=0\rReading: Bytes=500 No") == nil)
        #expect(parser.consume("des=3\r")?.fraction == 0.35)
        #expect(parser.consume("\nSort OSM Data\r\n")?.stage == "sorting")
        #expect(parser.consume("Reading: Bytes=1000\n") == nil)   // a stage later, bytes no longer count
        #expect(parser.consume("Write Out Database Files\n")?.fraction == 0.96)
    }

    @Test func pbfSignature() {
        var head = Data([0, 0, 0, 14, 0x0A, 9]) + Data("OSMHeader".utf8) + Data([0x18, 0x7C])
        #expect(PBFSignature.matches(head))
        head[5] = 7
        #expect(!PBFSignature.matches(head))
        #expect(!PBFSignature.matches(Data("<?xml version='1.0'?><osm>".utf8)))
        #expect(!PBFSignature.matches(Data()))
    }

    @Test func names() throws {
        #expect(RoadImporter.defaultName(for: URL(fileURLWithPath: "/x/Helsinki.osm.pbf")) == "helsinki")
        #expect(RoadImporter.defaultName(for: URL(fileURLWithPath: "syria latest.pbf")) == "syria-latest")
        #expect(throws: RoadError.badName("../x")) { try RoadStore.validate(name: "../x") }
        #expect(throws: RoadError.badName(".hidden")) { try RoadStore.validate(name: ".hidden") }
        try RoadStore.validate(name: "syria-2026.v1")
    }

    @Test func boxes() {
        let box = BoundingBox(south: 60.16, west: 24.93, north: 60.18, east: 24.96)
        #expect(box.contains(Coordinate(latitude: 60.17, longitude: 24.94)))
        #expect(!box.contains(Coordinate(latitude: 60.19, longitude: 24.94)))
        let across = BoundingBox(south: -20, west: 177, north: -15, east: -178)
        #expect(across.contains(Coordinate(latitude: -17, longitude: 179)))
        #expect(across.contains(Coordinate(latitude: -17, longitude: -179)))
        #expect(!across.contains(Coordinate(latitude: -17, longitude: 170)))
    }
}
