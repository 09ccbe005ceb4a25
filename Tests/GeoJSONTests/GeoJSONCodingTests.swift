import Foundation
import GeoJSON
import Testing

@Suite("GeoJSON types and writer rules (RFC 7946)")
struct GeoJSONCodingTests {
    private func encode(_ collection: FeatureCollection) throws -> String {
        String(decoding: try GeoJSONWriter.data(collection), as: UTF8.self)
    }

    @Test("foreign members and bbox survive a round trip; crs is dropped")
    func roundTrip() throws {
        let text = #"""
            {"type":"FeatureCollection","title":"test","crs":{"type":"name"},"bbox":[35,33,37,35],
             "features":[{"type":"Feature","id":7,"style":{"stroke":"red"},
               "geometry":{"type":"Polygon","coordinates":[[[35,33],[37,33],[37,35],[35,35],[35,33]]]},
               "properties":{"name":"square","n":2,"ok":true,"none":null}}]}
            """#
        let collection = try GeoJSONReader.featureCollection(from: Data(text.utf8))
        #expect(collection.foreignMembers["title"] == "test")
        #expect(collection.bbox == [35, 33, 37, 35])
        let feature = try #require(collection.features.first)
        #expect(feature.id == 7)
        #expect(feature.foreignMembers["style"] == .object(["stroke": "red"]))
        #expect(feature.properties?["none"] == JSONValue.null)
        let written = try encode(collection)
        #expect(!written.contains("crs"))
        let again = try GeoJSONReader.featureCollection(from: Data(written.utf8))
        #expect(again.features == collection.features)
        #expect(again.foreignMembers["title"] == "test")
    }

    @Test("positions: longitude first, at most six decimals")
    func precision() throws {
        let feature = Feature(geometry: .point([36.725591234, 34.724049876]), properties: nil)
        let written = try encode(FeatureCollection(features: [feature]))
        #expect(written.contains("[36.725591,34.72405]"))
        #expect(written.contains(#""properties":null"#))
    }

    @Test("polygons are wound by the right-hand rule")
    func winding() {
        let clockwise: [Position] = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]
        let hole: [Position] = [[0.2, 0.2], [0.8, 0.2], [0.8, 0.8], [0.2, 0.8], [0.2, 0.2]]   // counterclockwise
        let fixed = Winding.rightHand([clockwise, hole])
        #expect(fixed[0] == clockwise.reversed(), "exterior made counterclockwise")
        #expect(fixed[1] == hole.reversed(), "hole made clockwise")
        #expect(Winding.rightHand(fixed) == fixed)
    }

    @Test("a line across the antimeridian is cut there")
    func lineCut() {
        let cut = Antimeridian.cut(line: [[179, 10], [181, 12], [183, 14]])
        #expect(cut == .multiLineString([[[179, 10], [180, 11]], [[-180, 11], [-179, 12], [-177, 14]]]))
        let westward = Antimeridian.cut(line: [[-179, 0], [-181, 2]])
        #expect(westward == .multiLineString([[[-179, 0], [-180, 1]], [[180, 1], [179, 2]]]))
        #expect(Antimeridian.cut(line: [[10, 0], [20, 0]]) == .lineString([[10, 0], [20, 0]]))
    }

    @Test("a polygon across the antimeridian is cut into parts on each side")
    func polygonCut() throws {
        let square: [Position] = [[179, -1], [181, -1], [181, 1], [179, 1], [179, -1]]
        guard case .multiPolygon(let parts) = try Antimeridian.cut(polygon: [square]) else {
            Issue.record("expected a MultiPolygon"); return
        }
        #expect(parts.count == 2)
        let longitudes = parts.joined().joined().map { $0[0] }
        #expect(longitudes.allSatisfy { (-180...180).contains($0) })
        #expect(longitudes.contains(180) && longitudes.contains(-180))
        for part in parts { #expect(Winding.signedArea(part[0]) > 0, "each part counterclockwise") }
    }

    @Test("text that is not GeoJSON is an error, not a crash", arguments: [
        "not json", "{}", #"{"type":"Feature"}"#, #"{"type":"FeatureCollection","features":[{"type":"Point","coordinates":[1,2]}]}"#,
        #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1]},"properties":{}}]}"#,
        #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Circle","coordinates":[1,2]},"properties":{}}]}"#,
    ])
    func invalid(text: String) {
        #expect(throws: (any Error).self) { try GeoJSONReader.featureCollection(from: Data(text.utf8)) }
    }

    @Test("GeoJSON text sequences: a record separator before each feature")
    func sequence() throws {
        let features = [Feature(geometry: .point([1, 2]), properties: [:]), Feature(geometry: .point([3, 4]), properties: [:])]
        let data = try GeoJSONWriter.data(FeatureCollection(features: features), format: .geojsonseq)
        let records = data.split(separator: 0x1E)
        #expect(records.count == 2)
        #expect(records.allSatisfy { $0.last == 0x0A })
    }
}
