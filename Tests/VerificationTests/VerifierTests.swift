import Foundation
import Gazetteer
import Geodesy
import Testing
import TestSupport
import Verification

/// Whole texts checked against the test subset of the gazetteer (Syria, Turkey, and places of
/// 15,000 people or more elsewhere).
@Suite("Checking texts", .serialized)
struct VerifierTests {
    private func check(_ text: String) throws -> CheckReport {
        try Verifier(index: TestGazetteer.index()).check(text)
    }

    private func homsText() throws -> String {
        try String(contentsOf: Fixtures.url("../../Examples/homs-evacuation.txt"), encoding: .utf8)
    }

    @Test("the Homs evacuation example: road distance, al-Waer in Homs, Jarablus a border city")
    func homsEvacuation() throws {
        let report = try check(homsText())
        let distance = try #require(report.claims.first { $0.claim.kind == .distance && $0.claim.subject.name == "Homs" })
        #expect(distance.verdict == .consistentRoad)
        #expect(distance.reference?.id == 170654, "Damascus, GeoNames 170654")
        // geographiclib 2.1, Inverse(33.5102, 36.29128, 34.72405, 36.72559): 140,480.639 m, azi1 16.4507°.
        #expect(abs(try #require(distance.measured).distance.metres - 140_480.639) < 1e-3)
        #expect(abs(try #require(distance.measured?.bearing) - 16.4507) < 1e-4)
        #expect(distance.measured?.direction == .northNortheast)
        #expect(distance.explanation.hasPrefix("stated 162 km; straight line 140.5 km (1.15×): fits a road distance, not the straight line"))
        #expect(distance.explanation.hasSuffix("\"north\" holds"))

        let waer = try #require(report.claims.first { $0.claim.kind == .containment && $0.claim.subject.name == "al-Waer" })
        #expect(waer.verdict == .consistent)
        #expect(waer.subject?.id == 900_000_001 && waer.reference?.id == 169577)

        let jarablus = try #require(report.claims.first { $0.claim.kind == .border && $0.claim.borderRelation == .borderTown })
        #expect(jarablus.verdict == .consistent)
        #expect(jarablus.subject?.id == 169179)
        #expect(jarablus.border?.neighbour.code == "TR")
        #expect(abs(try #require(jarablus.border).distance.metres - 1_200) < 100, "1.2 km in the Natural Earth outlines")

        let capital = try #require(report.claims.first { $0.claim.kind == .capital })
        #expect(capital.verdict == .consistent && capital.subject?.id == 170654)

        let idlib = try #require(report.claims.first { $0.claim.subject.name == "Idlib" })
        #expect(idlib.verdict == .inconsistent, "the example's deliberate error: Idlib is 89 km from Hama, not 60")
        #expect(report.hasInconsistency)
        #expect(Set(report.places.map(\.id)).count == report.places.count, "each place once")
    }

    @Test("capitals: the one GeoNames records, and the wrong one")
    func capitals() throws {
        let report = try check("Talks moved from Istanbul, the Turkish capital, to the Syrian capital, Damascus.")
        #expect(report.claims.map(\.verdict) == [.inconsistent, .consistent])
        #expect(report.claims[0].explanation.hasPrefix("the capital of Turkey is Ankara"))
    }

    @Test("'the capital' means the capital of the country the text names")
    func capitalInContext() throws {
        let report = try check("Across Syria, aid stalled. Daraa lies south of the capital.")
        let claim = try #require(report.claims.first)
        #expect(claim.reference?.id == 170654, "Damascus")
        #expect(claim.verdict == .consistent)
    }

    @Test("a name the gazetteer has twice far apart is unverifiable, and says which")
    func ambiguous() throws {
        // GeoNames lists "Kobani" for ‘Ayn al ‘Arab (Syria) and for Mkoani (Tanzania).
        let report = try check("Kobani, a border town, was besieged.")
        let claim = try #require(report.claims.first)
        #expect(claim.verdict == .unverifiable)
        #expect(claim.explanation.contains("ambiguous") && claim.explanation.contains("(SY") && claim.explanation.contains("(TZ"))
        // With its country named, or a Syrian province, it is not.
        let named = try #require(try check("Kobani, a Syrian border town, was besieged.").claims.first)
        #expect(named.verdict == .consistent && named.subject?.id == 172256)
        let province = try #require(try check("Kobani, in Raqqa province, was besieged.").claims.first)
        #expect(province.subject?.id == 172256)
        #expect(province.verdict == .inconsistent, "GeoNames puts ‘Ayn al ‘Arab in Aleppo governorate")
    }

    @Test("an unknown place is unverifiable, with the closest names")
    func unknown() throws {
        let claim = try #require(try check("Qaryat Zanbaqiya, 40 km north of Aleppo, was emptied.").claims.first)
        #expect(claim.verdict == .unverifiable)
        #expect(claim.explanation.hasPrefix("no place named ‘Qaryat Zanbaqiya’ in the gazetteer; import Syria's GeoNames file"),
                "\(claim.explanation)")
        #expect(claim.subject == nil)
    }

    @Test("positions in a country", arguments: [
        ("the western Syrian city of Homs", Verdict.consistent),
        ("the eastern Syrian city of Latakia", .inconsistent),     // Latakia is on the Mediterranean coast
        ("the southern Syrian city of Daraa", .consistent),
        ("the northern Turkish city of Trabzon", .consistent),
        ("the western Turkish city of Van", .inconsistent),        // Van is near the Iranian border
        ("the northern Syrian city of Gaziantep", .inconsistent),  // Gaziantep is in Turkey
        ("the central Syrian city of Homs", .consistent),          // halfway up Syria, near its western edge
        ("the central Syrian city of Damascus", .inconsistent),    // in the south-western corner
    ])
    func positions(text: String, verdict: Verdict) throws {
        let claim = try #require(try check(text).claims.first)
        #expect(claim.verdict == verdict, "\(claim.explanation)")
    }

    @Test("a border town whose point falls across the simplified border")
    func kobaniBorder() throws {
        let claim = try #require(try check("Ayn al Arab, on the Turkish border, was besieged.").claims.first)
        #expect(claim.verdict == .consistent)
        #expect(claim.border?.pointIsInNeighbourPolygon == true)
        #expect(claim.explanation.contains("falls on the Turkey side"))
    }
}
