import Gazetteer
import Testing
import TestSupport
import Verification

/// Towns named after the place they lie in, as batches 51 to 54 of the real-text evaluation
/// wrote them, in sentences written for the project: a plural noun before a list ("the Syrian
/// towns of …"), a country's adjective before a name that only describes ("the Turkish Black
/// Sea port of …"), a unit of a first-level region ("the Afrin region of Aleppo province"), a
/// unit with its region in brackets, and a city named with its capitalized noun ("Zhaotong
/// City, Yunnan province"). Truths are the GeoNames records of the places (country and
/// first-level division codes).
@Suite("Towns named after where they lie", .serialized)
struct RegionTownReadingTests {
    private func containments(_ text: String) throws -> [CheckedClaim] {
        try Verifier(index: TestGazetteer.index()).check(text).claims.filter { $0.claim.kind == .containment }
    }

    @Test("'the Syrian towns of A, B and C': each town is in Syria")
    func pluralNounBeforeList() throws {
        // I‘zāz (172082), Manbij (167357), Jarābulus (169179): all in Syria's Aleppo governorate.
        let claims = try containments("Shells hit the Syrian towns of Azaz, Manbij and Jarablus on Monday.")
        #expect(Set(claims.compactMap { $0.subject?.id }) == [172082, 167357, 169179], "\(claims.map(\.explanation))")
        #expect(claims.allSatisfy { $0.verdict == .consistent })
    }

    @Test("a country's adjective opening a longer name: 'the Turkish Black Sea port of Samsun'")
    func adjectiveBeforeDescribingName() throws {
        // Samsun (740264) is in Turkey; "Black Sea" only says which coast.
        let claim = try #require(try containments("Ferries left the Turkish Black Sea port of Samsun.").first)
        #expect(claim.subject?.id == 740264 && claim.verdict == .consistent, "\(claim.explanation)")
        // A wrong country is no claim the tool reports as holding: the reading is tentative.
        let wrong = try containments("Ferries left the Syrian Black Sea port of Samsun.")
        #expect(!wrong.contains { $0.verdict == .consistent }, "\(wrong.map(\.explanation))")
    }

    @Test("'the Afrin region of Aleppo province': a unit of a first-level region, measured by its town")
    func unitOfFirstLevelRegion() throws {
        // ‘Afrīn (174186) lies in Aleppo governorate (GeoNames admin1 09).
        let claim = try #require(try containments("Troops entered the Afrin region of Aleppo province.").first)
        #expect(claim.subject?.id == 174186 && claim.verdict == .consistent, "\(claim.explanation)")
        // A region of a country is a reading reported when it holds (Natural Earth puts Extrême-Nord
        // in Cameroon); paired with another country it says nothing.
        let region = try #require(try containments("Troops entered the Far North region of Cameroon.").first)
        #expect(region.verdict == .consistent, "\(region.explanation)")
        #expect(try containments("Troops entered the Far North region of Nigeria.").isEmpty)
    }

    @Test("a unit with its region in brackets: 'Reyhanli district (in Hatay province)'")
    func bracketedRegionAfterUnit() throws {
        // Reyhanlı (302355) is in Hatay (GeoNames admin1 31).
        let claim = try #require(try containments("Police raided Reyhanli district (in Hatay province) on Friday.").first)
        #expect(claim.subject?.id == 302355 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("'Zhaotong City, Yunnan province': a city named with its capitalized noun is measured by its town")
    func cityNamedWithItsNoun() throws {
        // Zhaotong (1784841) is in Yunnan (GeoNames admin1 29).
        let claim = try #require(try containments("Rescuers reached a village in Zhaotong City, Yunnan province on Monday.").first)
        #expect(claim.subject?.id == 1784841 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("capitalized words that only describe, between the position and the noun: 'the southern Black Sea region of Adjara'")
    func describingNameInPosition() throws {
        let positions = { (text: String) in
            try Verifier(index: TestGazetteer.index()).check(text).claims.filter { $0.claim.kind == .position }
        }
        // Ajaria (Natural Earth admin-1, GE) lies in Georgia's south-west; "Black Sea" is no region.
        let adjara = try positions("Storms hit the southern Black Sea region of Adjara.")
        #expect(adjara.count == 1 && adjara[0].subject?.countryCode == "GE" && adjara[0].verdict == .consistent,
                "\(adjara.map(\.explanation))")
        // Nablus (282615) lies in the north of the Palestinian territories.
        let nablus = try #require(try positions("Troops patrol the northern West Bank city of Nablus.").first)
        #expect(nablus.subject?.id == 282615 && nablus.verdict == .consistent, "\(nablus.explanation)")
    }

    @Test("a unit of a region named in a phrase of its own: 'Afrin district of the northern province of Aleppo'")
    func unitOfRegionPhrase() throws {
        // ‘Afrīn (174186) lies in Aleppo governorate (GeoNames admin1 09).
        let claim = try #require(try containments("Troops fought in Afrin district of the northern province of Aleppo.").first)
        #expect(claim.subject?.id == 174186 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a unit named after a small town of a country the text names is measured by that town")
    func unitAfterSmallTown() throws {
        // Shahbā (164626), 14,784 people, no seat code, lies in As Suwayda' (GeoNames admin1 05).
        let named = try #require(try containments("Fighting spread in Syria to Shahba District, Suwayda province.").first)
        #expect(named.subject?.id == 164626 && named.verdict == .consistent, "\(named.explanation)")
        // Without the country, a town that small may be a namesake of the unit's: no reading.
        let unnamed = try #require(try containments("Fighting spread to Shahba District, Suwayda province.").first)
        #expect(unnamed.subject == nil && unnamed.verdict == .unverifiable, "\(unnamed.explanation)")
    }
}
