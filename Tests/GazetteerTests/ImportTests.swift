import Foundation
import Gazetteer
import Testing
import TestSupport

/// Imports of GeoNames dump lines. The lines are written here in the dump's 19-column layout
/// (readme.txt of the GeoNames dumps); the test places have ids no GeoNames place uses.
@Suite("Importing GeoNames dumps")
struct ImportTests {
    // A castle-like test place at Krak des Chevaliers' position (34.7567 N, 36.2947 E, in Homs
    // Governorate), with no admin-1 code so that its region must come from the polygons; a line
    // that is not a place; a second place.
    let dump = """
        99000001\tQalaat al-Hosn Test\tQalaat al-Hosn Test\tKrak Test,Hisn Test\t34.7567\t36.2947\tS\tCSTL\tSY\t\t\t\t\t\t0\t\t650\tAsia/Damascus\t2024-01-01
        bad line here
        99000002\tSecond Test Place\tSecond Test Place\t\t35.0\t37.0\tP\tPPL\tSY\t\t10\t\t\t\t1200\t\t\tAsia/Damascus\t2024-01-01

        """
    let alternateNames = """
        1\t99000001\ten\tCrac des Chevaliers Test\t\t\t\t\t\t
        2\t99000001\tlink\thttps://example.org/krak\t\t\t\t\t\t
        3\t12345678999\ten\tNowhere Test\t\t\t\t\t\t

        """

    private func write(_ text: String, in files: GazetteerFiles, as name: String) throws -> String {
        let url = files.dataDirectory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("lines become places; bad lines are reported with their number and skipped")
    func importSkipsBadLines() throws {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        let before = try GazetteerIndex.open(files: files).placeCount()
        let dumpPath = try write(dump, in: files, as: "SY-test.txt")
        let namesPath = try write(alternateNames, in: files, as: "alternateNamesV2.txt")

        let report = try GeoNamesImport(files: files).run(dump: dumpPath, alternateNames: namesPath)
        #expect(report.placesImported == 2)
        #expect(report.namesImported == 1, "the link is not a name, and place 12345678999 is not in the index")
        #expect(report.skipped == [.malformedLine(path: dumpPath, line: 2, reason: "expected 19 tab-separated GeoNames fields, found 1")])

        let index = try GazetteerIndex.open(files: files)
        #expect(try index.placeCount() == before + 2)
        let castle = try Resolver(index: index).resolve("Crac des Chevaliers Test")
        #expect(castle.place.id == 99000001 && castle.match == .alternate)
        #expect(castle.place.featureCode == "CSTL")
        // No admin-1 code in the line: the Natural Earth polygon puts it in Homs Governorate.
        #expect(castle.place.admin1Name == "Homs (Hims)")
        #expect(try Resolver(index: index).resolve("Hisn Test").place.id == 99000001)
    }

    @Test("--strict stops at the bad line and leaves the index as it was")
    func strictImport() throws {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        let before = try GazetteerIndex.open(files: files).placeCount()
        let dumpPath = try write(dump, in: files, as: "SY-test.txt")
        #expect(throws: GazetteerError.malformedLine(path: dumpPath, line: 2, reason: "expected 19 tab-separated GeoNames fields, found 1")) {
            try GeoNamesImport(files: files, strict: true).run(dump: dumpPath)
        }
        let index = try GazetteerIndex.open(files: files)
        #expect(try index.placeCount() == before)
        #expect(try index.place(id: 99000001) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.cacheDirectory.path).sorted() == ["gazetteer.lock", "gazetteer.sqlite"])
    }

    @Test("importing a place again replaces it")
    func reimport() throws {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        let first = try write(dump, in: files, as: "first.txt")
        _ = try GeoNamesImport(files: files).run(dump: first)
        let renamed = dump.replacingOccurrences(of: "Second Test Place", with: "Renamed Test Place")
        _ = try GeoNamesImport(files: files).run(dump: try write(renamed, in: files, as: "second.txt"))
        let index = try GazetteerIndex.open(files: files)
        #expect(try index.place(id: 99000002)?.name == "Renamed Test Place")
        #expect(try Resolver(index: index).candidates(for: "Second Test Place").allSatisfy { $0.place.id != 99000002 })
    }
}
