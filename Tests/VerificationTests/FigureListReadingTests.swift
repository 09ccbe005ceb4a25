import Gazetteer
import Testing
import TestSupport
@testable import Verification

/// Constructions batches 59 to 61 of the real-text evaluation met, in sentences written for the
/// project: a figure for each place of a list ("respectively"), a figure in brackets after a
/// place, a capital's aside followed by a verb, a unit written in capitals, a region named with
/// its country ("Ukraine's Sumy region", "the Issyk-Kul region of Kyrgyzstan"), and a place put
/// in a town it cannot lie in. Distances are geographiclib's between the GeoNames points of Darʿā
/// (170905), Nawá (166365), Jāsim (165997) and Aş Şanamayn (172469).
@Suite("Figure lists and other readings from batches 59–61", .serialized)
struct FigureListReadingTests: ExtractionProbe {
    private func checked(_ text: String) throws -> [CheckedClaim] {
        try Verifier(index: TestGazetteer.index()).check(text).claims
    }

    @Test("'A, B and C, respectively 30, 41 and 51 km north of D': each place gets its own figure")
    func respectively() throws {
        let found = claims("Nawa, Jasim and Sanamayn, respectively 30, 41 and 51 kilometres (19, 25 and 32 miles) north of Daraa, were shelled.")
        let figures = Dictionary(uniqueKeysWithValues: found.filter { $0.kind == .distance }.map { ($0.subject.name, $0.distance?.distance.metres) })
        #expect(figures == ["Nawa": 30_000, "Jasim": 41_000, "Sanamayn": 51_000])
        // Nawá 30.3 km at 349°, Jāsim 41.5 km at 355°, Aş Şanamayn 50.8 km at 9° from Darʿā: all hold.
        let results = try checked("Nawa, Jasim and Sanamayn, respectively 30, 41 and 51 km north of Daraa, were shelled.")
            .filter { $0.claim.kind == .distance }
        #expect(results.count == 3 && results.allSatisfy { $0.verdict == .consistent }, "\(results.map(\.explanation))")
    }

    @Test("a list of figures that does not pair up with the names is not read; 'between 30 and 40' is a range")
    func unpairedList() throws {
        #expect(claims("Nawa, Jasim and Sanamayn, 41 and 51 km north of Daraa, were shelled.").filter { $0.kind == .distance }.isEmpty)
        let range = try only("Jasim lies between 35 and 45 km north of Daraa.", .distance)
        #expect(range.distance?.distance.metres == 40_000)
    }

    @Test("a figure in brackets after a place, and a capital's aside before a verb")
    func bracketsAndAsides() throws {
        let bracketed = try only("A bomb went off in front of a house in Jasim village (41 km north of Daraa), residents said.", .distance)
        #expect(bracketed.subject.name == "Jasim" && bracketed.reference?.name == "Daraa")
        let aside = try only("Daraa, the capital city of its province, lies 100 km south of Damascus.", .distance)
        #expect(aside.subject.name == "Daraa")
        // A place, its setting and a clause about the first (this once crashed the reading).
        let setting = try only("Nawa, Daraa, which is about 30 km north of Daraa city, was shelled.", .distance)
        #expect(setting.subject.name == "Nawa")
        // "150-KM": a unit in capitals is no place name.
        let capitals = claims("The districts of Nawa and Jasim which are all less than 50-KM north of Daraa fell.")
        #expect(capitals.map(\.subject.name) == ["Nawa", "Jasim"] && capitals.allSatisfy { $0.kind == .distance && $0.reference?.name == "Daraa" })
    }

    @Test("a region named with its country holds; paired with another country it is not reported")
    func regionOfCountry() throws {
        let owned = try checked("Drones attacked Syria's Idlib province overnight.").filter { $0.claim.kind == .containment }
        #expect(owned.count == 1 && owned[0].verdict == .consistent, "\(owned.map(\.explanation))")
        let ofCountry = try checked("Floods hit the Hama province of Syria.").filter { $0.claim.kind == .containment }
        #expect(ofCountry.count == 1 && ofCountry[0].verdict == .consistent, "\(ofCountry.map(\.explanation))")
        #expect(try checked("Drones attacked Turkey's Idlib province overnight.").filter { $0.claim.kind == .containment }.isEmpty)
    }

    @Test("a place put in a town it cannot lie in is unverifiable, not wrong")
    func namesakeTowns() throws {
        // Al Bāb (174018, 130,745 people) lies 66.5 km from Jarābulus (169179, 24,997): "the city
        // of Jarablus" must mean the unit named after it.
        let larger = try #require(try checked("Gunmen attacked al-Bab county in the city of Jarablus.").first)
        #expect(larger.verdict == .unverifiable, "\(larger.explanation)")
        // Tall Abyaḑ (163750, no population recorded) lies 85.2 km from Jarābulus: a village that
        // far out is likelier a namesake of one the gazetteer lacks.
        let village = try #require(try checked("Gunmen attacked the village of Tall Abyad in Jarablus.").first)
        #expect(village.verdict == .unverifiable, "\(village.explanation)")
        // A part of a town named as such is still checked: Baba Amr is a quarter of Homs.
        let quarter = try #require(try checked("Shells fell on the Baba Amr neighbourhood of Aleppo.").first)
        #expect(quarter.verdict == .inconsistent, "\(quarter.explanation)")
    }

    @Test("a dateline after a headline sets the scene and is no claim; 'the capital' said again adds nothing")
    func datelineAfterHeadline() throws {
        let text = "Shells hit three towns\n\nDARAA, Syria (AP) — Shells hit three towns north of the capital, Damascus, and two more north of the capital."
        let found = claims(text)
        #expect(!found.contains { $0.subject.name.uppercased() == "DARAA" }, "\(found.map(\.text))")
        #expect(found.filter { $0.kind == .capital }.count == 1, "\(found.map(\.text))")
        // The dateline is found on its own line, and "the city" stands for it.
        let extraction = ClaimExtractor().extract("Shells hit three towns\n\nDARAA, Syria (AP) — The city lies 100 km south of Damascus.")
        let distance = try #require(extraction.claims.first { $0.kind == .distance })
        #expect(distance.subject.name == "DARAA")
    }

    @Test("'the southern Syrian city' said of the place named just before, reported only when it holds")
    func describedAntecedent() throws {
        let text = "A rocket landed in a residential area of Daraa. Several people were hurt after it hit the southern Syrian city on Friday."
        let position = try only(text, .position)
        #expect(position.subject.name == "Daraa" && position.subject.isDescription && position.reportsOnlyIfHolds)
        // Darʿā lies in the south of Syria: it holds; "northern" does not, and is not reported.
        #expect(try checked(text).contains { $0.claim.kind == .position && $0.verdict == .consistent })
        #expect(try checked(text.replacingOccurrences(of: "southern", with: "northern")).filter { $0.claim.kind == .position }.isEmpty)
    }

    @Test("'which borders neighbouring A and B': a border claim for each")
    func bordersNeighbouring() throws {
        let found = claims("Daraa is the seat of Daraa governorate, which borders neighbouring Jordan and Israel.").filter { $0.kind == .border }
        #expect(found.map(\.countries) == [["Jordan"], ["Israel"]])
    }

    @Test("people opening a sentence, a region's body, and villages listed before their unit")
    func peopleBodiesAndVillages() throws {
        // "Farmers in …" and "DARAA, Syria — Farmers in …": reported only if a place of the name holds.
        #expect(try checked("Farmers in southern Syria expect more rain.").isEmpty)
        #expect(try checked("DARAA, Syria — Farmers in southern Syria expect more rain.").isEmpty)
        #expect(claims("The head of Daraa Governorate's Water Resources Directorate spoke.").isEmpty)
        let villages = claims("Floods hit Nawa and Jasim villages of Daraa governorate.").filter { $0.kind == .containment }
        #expect(villages.map(\.subject.name) == ["Nawa", "Jasim"] && villages.allSatisfy { $0.region == "Daraa governorate" })
    }

    @Test("'near Turkey's borders with Iraq and Syria': a border claim for each, the owner only the side")
    func bordersWithList() throws {
        let found = claims("Cizre, near Turkey's borders with Syria and Iraq, was shelled.").filter { $0.kind == .border }
        #expect(found.map(\.countries) == [["Syria"], ["Iraq"]] && found.allSatisfy { $0.subject.name == "Cizre" })
        // Cizre (318253) lies on the Tigris at the Syrian border, some 30 km from the Iraqi one: both hold.
        let results = try checked("Cizre, near Turkey's borders with Syria and Iraq, was shelled.").filter { $0.claim.kind == .border }
        #expect(results.count == 2 && results.allSatisfy { $0.verdict == .consistent }, "\(results.map(\.explanation))")
    }

    @Test("a town listed with regions may name a region: not wrong for being off the border")
    func townAmongRegions() throws {
        // Esmeraldas (3657990, the town) lies about 106 km from Colombia; the province named like it
        // borders it, and Manabí and Pichincha are provinces only (Natural Earth admin-1).
        let results = try checked("Troops patrol Manabi, Pichincha and Esmeraldas, on the border with Colombia.")
        let town = try #require(results.first { $0.claim.subject.name == "Esmeraldas" })
        #expect(town.verdict == .unverifiable, "\(town.explanation)")
        // Alone, the town is checked as a town: Esmeraldas is not on the Colombian border.
        let alone = try #require(try checked("Troops patrol Esmeraldas, on the border with Colombia.").first)
        #expect(alone.verdict == .inconsistent, "\(alone.explanation)")
    }

    @Test("'in X near the border', 'X is a village in …', and 'south of Syrian capital' without the article")
    func settingsAndHeadlineStyle() throws {
        // Cizre (318253) is 2 km from the Syrian border; Konya (306571) is far from it.
        let cizre = try #require(try checked("Gunmen attacked a post in Cizre near the border with Syria.").first)
        #expect(cizre.claim.kind == .border && cizre.verdict == .consistent, "\(cizre.explanation)")
        let konya = try #require(try checked("Gunmen attacked a post in Konya near the border with Syria.").first)
        #expect(konya.verdict == .inconsistent, "\(konya.explanation)")
        // The sentence's subject, described: Jāsim lies in Darʿā governorate (GeoNames admin1 06).
        let village = try #require(try checked("Jasim is a small farming town in Daraa governorate.").first)
        #expect(village.claim.kind == .containment && village.subject?.id == 165997 && village.verdict == .consistent, "\(village.explanation)")
        // Nawá lies 30.3 km at 349° from Darʿā.
        let headline = try only("Rebels seized Nawa town which lies 30 KM north of Syrian capital.", .distance)
        #expect(headline.subject.name == "Nawa" && headline.reference?.capitalOf == "Syrian")
    }

    @Test("'Elsewhere, in central Hama province' and 'the northern suburb of X' put nothing in a country")
    func notPlacesInCountries() {
        #expect(!claims("Elsewhere, in central Hama province, shells fell.").contains { $0.subject.name == "Elsewhere" })
        #expect(claims("Storms hit Daraa and the northern suburb of Nawa.").filter { $0.kind == .position }.isEmpty)
    }

    @Test("namesakes after batch 64: a place thousands of km outside the country named, a district measured by its seat, a headline's last words")
    func namesakesOfBatch64() throws {
        // The gazetteer's Palma (2512989) is on Mallorca, some 6,500 km from Mozambique's outline.
        let palma = try #require(try checked("Villagers fled Palma in northern Mozambique.").first)
        #expect(palma.verdict == .unverifiable, "\(palma.explanation)")
        // "Manbij district, 5 km from Aleppo": the district reaches nearer than its seat (Manbij is
        // 80 km from Aleppo), so a short figure is no error; the town alone is wrong.
        let district = try only("Shells hit Manbij district, 5 km east of Aleppo.", .distance)
        #expect(district.subject.name.hasPrefix("Manbij"))
        let unit = try #require(try checked("Shells hit Manbij district, 5 km east of Aleppo.").first { $0.claim.kind == .distance })
        #expect(unit.verdict == .unverifiable, "\(unit.explanation)")
        let town = try #require(try checked("Shells hit Manbij, 5 km east of Aleppo.").first { $0.claim.kind == .distance })
        #expect(town.verdict == .inconsistent, "\(town.explanation)")
        // A headline's last words and the next line's town are no "border town of".
        #expect(claims("Soldiers killed in attack on border base\nAleppo : Shells hit the city on Sunday.").filter { $0.kind == .border }.isEmpty)
    }
}
