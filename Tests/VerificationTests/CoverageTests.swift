import Foundation
import Gazetteer
import Testing
import TestSupport
import Verification

/// A village the shipped data lacks: `check` says so, names the country file that would add it,
/// and measures the claim once that file is imported (issue: coverage you can see).
@Suite("Coverage: names the gazetteer lacks")
struct CoverageTests {
    // Sarmada, Idlib governorate: 36°11′N 36°43′E (Wikipedia, "Sarmada" infobox). GeoNames
    // cities500 has no place of that name (checked: `zcat Gazetteer/places.tsv.gz | grep -ic sarmad`
    // gives 0). The line is written in the 19-column layout of the GeoNames country files (SY.txt),
    // with an id no GeoNames place uses. Idlib (GeoNames 169389) to this point: 29.0 km at 14.9°
    // (GeographicLib).
    let countryFile = """
        99000101\tSarmada\tSarmada\tSarmadā\t36.18333\t36.71667\tP\tPPL\tSY\t\t12\t\t\t\t15000\t\t350\tAsia/Damascus\t2024-01-01

        """
    let text = "Aid lorries reached Sarmada, about 30 km north of Idlib, on Tuesday."

    @Test("unverifiable with the import command before; measured after the country file is imported")
    func importFillsTheGap() throws {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }

        let before = try Verifier(index: try GazetteerIndex.open(files: files)).check(text)
        let claim = try #require(before.claims.first)
        #expect(claim.verdict == .unverifiable)
        #expect(claim.explanation.contains("no place named ‘Sarmada’"), "\(claim.explanation)")
        #expect(before.unresolved.map(\.name) == ["Sarmada"])
        #expect(before.unresolved.first?.probableCountry == "SY")
        #expect(before.unresolved.first?.importCommand == "geocheck gazetteer import SY.txt")

        let path = files.dataDirectory.appendingPathComponent("SY.txt")
        try countryFile.write(to: path, atomically: true, encoding: .utf8)
        let report = try GeoNamesImport(files: files).run(dump: path.path)
        #expect(report.placesImported == 1)

        let after = try Verifier(index: try GazetteerIndex.open(files: files)).check(text)
        let measured = try #require(after.claims.first)
        #expect(measured.subject?.id == 99000101)
        #expect(measured.verdict == .consistent, "\(measured.explanation)")
        #expect(abs((measured.measured?.distance.kilometres ?? 0) - 29.0) < 0.1)
        #expect(after.unresolved.isEmpty)
    }
}
