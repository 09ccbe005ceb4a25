import Gazetteer
import Testing
import TestSupport
import Verification

/// The report of `text` on the test gazetteer.
private func check(_ text: String) throws -> CheckReport {
    try Verifier(index: TestGazetteer.index()).check(text)
}

/// Names that two things share, met in batches 22 to 25 of the real-text evaluation, in
/// sentences written for the project: a town and its state ("Dayton, Ohio"), a state and a
/// namesake town elsewhere, a city and the territory named after it (Gaza), two countries
/// ("Congo"), a country and its landmasses (Malaysia), a province and an older outline (Parwan).
@Suite("Names shared by places, regions and countries", .serialized)
struct SharedNameTests {
    private func first(_ text: String, _ kind: ClaimKind) throws -> CheckedClaim {
        try #require(try check(text).claims.first { $0.claim.kind == kind })
    }

    @Test("'Town, State' picks the town of that state among its namesakes")
    func townAndState() throws {
        // Dayton, Ohio is GeoNames 4509884; the United States has a dozen other Daytons.
        let claim = try first("Police in Dayton, Ohio, said the plant had closed.", .containment)
        #expect(claim.verdict == .consistent && claim.subject?.id == 4509884, "\(claim.explanation)")
    }

    @Test("a state's exact name is the state, not a town elsewhere that has it as an alternate")
    func stateBeforeNamesake() throws {
        // GeoNames lists "Missouri" among the alternate names of Bozeman, Montana (5641727).
        let best = try #require(Resolver(index: try TestGazetteer.index()).candidates(for: "Missouri").first)
        #expect(best.isRegion && best.place.countryCode == "US" && best.place.name == "Missouri")
        // The city a region is named after, and lies in, still comes first.
        let erbil = try #require(Resolver(index: try TestGazetteer.index()).candidates(for: "Arbil").first)
        #expect(erbil.place.id == 95446)
    }

    @Test("a name written as one word is the place GeoNames writes as two")
    func unspacedName() throws {
        // Debre Birhan, Ethiopia: GeoNames 339734.
        let best = try #require(Resolver(index: try TestGazetteer.index()).candidates(for: "Debrebirhan").first)
        #expect(best.place.id == 339734 && best.confidence >= Resolver.confidenceThreshold)
    }

    @Test("a figure that fits the territory a city names, not the city, is not called wrong")
    func cityNamingItsTerritory() throws {
        // Kiryat Gat (293842) lies 30.7 km from Gaza City (281133; geographiclib 2.1 Inverse
        // 30.70 km), 23.5 km from the Gaza Strip's outline (Natural Earth admin-1).
        let claim = try first("Rockets fell on Kiryat Gat, some 20 kilometers from Gaza, overnight.", .distance)
        #expect(claim.verdict == .unverifiable, "\(claim.explanation)")
        #expect(claim.explanation.contains("Gaza Strip"))
    }

    @Test("a national capital's name means the city: a figure that misses it stays wrong")
    func capitalMeansTheCity() throws {
        // Aş Şuwayrah, Iraq, lies 57.8 km from Baghdad (a labelled false claim in batch 16);
        // Baghdad governorate's outline is nearer, but "south of Baghdad" means the city.
        let claim = try first("Police said the market in Suwayrah, 30 kilometres south of Baghdad, was hit.", .distance)
        #expect(claim.verdict == .inconsistent, "\(claim.explanation)")
    }

    @Test("'Congo' is either Congo: the one the town is in")
    func eitherCongo() throws {
        // Goma (216281) is in the Democratic Republic of the Congo, on its eastern edge.
        let claim = try first("Rebels closed in on Congo's eastern city of Goma.", .position)
        #expect(claim.verdict == .consistent && claim.subject?.countryCode == "CD", "\(claim.explanation)")
    }

    @Test("a position is judged within the place's own landmass when it is a large one")
    func positionOnItsLandmass() throws {
        // Pahang lies on the east coast of Peninsular Malaysia; Malaysia's largest part is on Borneo.
        let claim = try first("Floods forced thousands from their homes in the eastern state of Pahang.", .position)
        #expect(claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a seat GeoNames codes for the region named holds though an older outline disagrees")
    func seatByDivision() throws {
        // Charikar (1145352) is GeoNames' PPLA of Parwan; Natural Earth's Parwan still holds
        // Panjshir, whose seat Bazarak GeoNames also codes PPLA.
        let claim = try first("The displaced reached Parwan's capital of Charikar by night.", .capital)
        #expect(claim.verdict == .consistent && claim.subject?.id == 1145352, "\(claim.explanation)")
    }

    @Test("a capitalised word opening a sentence is no place for 'the town' to point back to")
    func sentenceOpenerIsNoPlace() throws {
        // Ouro Preto (3455671) and Belo Horizonte (3470127): geographiclib 2.1 Inverse 69.28 km,
        // bearing 139° (south-east) from Belo Horizonte.
        let report = try check("Floods killed five people in the hill town of Ouro Preto. Among the dead were two firemen who worked in the town located 70 kilometers southeast of Belo Horizonte.")
        let claim = try #require(report.claims.first { $0.claim.kind == .distance })
        #expect(claim.subject?.id == 3455671 && claim.verdict == .consistent, "\(claim.explanation)")
        #expect(abs((claim.measured?.distance.metres ?? 0) - 69_276) < 100)
    }

    @Test("a coast's side holds for a town on it; a wrong side is not reported, since a coast is no half")
    func coastSide() throws {
        // Kuantan (1735227) is on the east coast of Peninsular Malaysia; İzmir (311046) on
        // Turkey's Aegean (west) coast.
        let kuantan = try first("Floods cut off Kuantan, on Malaysia's east coast.", .containment)
        #expect(kuantan.verdict == .consistent && kuantan.subject?.id == 1735227, "\(kuantan.explanation)")
        #expect(try check("The ferry docked at Izmir, on Turkey's east coast.").claims.isEmpty)
    }

    @Test("a building or a road is no place to check")
    func facilities() throws {
        let resolver = Resolver(index: try TestGazetteer.index())
        #expect(try resolver.lookup("Karakoram Highway").notAPlace?.category == "facility")
        #expect(try resolver.lookup("Wuyang Hotel").notAPlace?.category == "facility")
        #expect(try check("Gunmen burned the Nakhon School in Yala province overnight.").claims.isEmpty)
    }

    @Test("of a name's namesakes, the one that fits the text's own figure is the place meant; none fitting, it stays ambiguous")
    func namesakeByFigure() throws {
        // San Fernando, Pampanga (1690039) and San Fernando, La Union (1690033) from Manila
        // (1701668): geographiclib 2.1 Inverse 57.4 km at 326° and 233.8 km at 342°.
        let near = try first("Floods hit San Fernando, about 60 kilometres northwest of Manila, on Sunday.", .distance)
        #expect(near.verdict == .consistent && near.subject?.id == 1690039, "\(near.explanation)")
        let none = try first("Floods hit San Fernando, about 120 kilometres east of Manila, on Sunday.", .distance)
        #expect(none.verdict != .consistent && !none.explanation.contains("fits the text's figure"), "\(none.explanation)")
    }

    @Test("'the X area of Y' beyond the town Y, near it: Y may name its district; a quarter's noun says the town")
    func areaOfDistrictTown() throws {
        // Rishikesh (1258128) lies 34.6 km from Dehradun (1273313; geographiclib 2.1 Inverse),
        // in Dehradun district: beyond the city, within the district named after it.
        let area = try first("The flood reached the Rishikesh area of Dehradun.", .containment)
        #expect(area.verdict == .unverifiable && area.explanation.contains("district"), "\(area.explanation)")
        let quarter = try first("The flood reached the Rishikesh neighbourhood of Dehradun.", .containment)
        #expect(quarter.verdict == .inconsistent, "\(quarter.explanation)")
    }

    @Test("'in the Gulf of Mexico' is a sea, not a region named Gulf")
    func gulfOfSomewhere() throws {
        // Papua New Guinea has a Gulf province; Veracruz lies on the Gulf of Mexico.
        let report = try check("The town lies in the Mexican state of Veracruz in the Gulf of Mexico.")
        #expect(!report.claims.contains { $0.verdict == .inconsistent }, "\(report.claims.map(\.explanation))")
        #expect(!report.claims.contains { $0.claim.region == "Gulf" })
    }

    @Test("'central' in a country more than twice as long as it is wide: the middle of its length")
    func centralInALongCountry() throws {
        // Quang Ngai province lies on Vietnam's east coast, halfway down its length.
        let claim = try first("Floods hit central Quang Ngai province on Monday.", .position)
        #expect(claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a region's noun after its name, then its part of the country", arguments: [
        "Shelling hit the Kharkiv region in the east.", "Rains lashed Kharkiv oblast, eastern Ukraine.",
    ])
    func regionThenPart(text: String) throws {
        let claim = try #require(try check(text).claims.first)
        #expect(claim.verdict == .consistent && claim.subject?.isRegion == true && claim.claim.direction == .east, "\(claim.explanation)")
    }

    @Test("an ambiguous name after a town is its setting when the town lies in the region of that name")
    func ambiguousSetting() throws {
        // Taytay (GeoNames 1682598) is in Rizal province; "Rizal" also names towns elsewhere.
        // Manila (1701668) lies 17.0 km away (geographiclib 2.1 Inverse).
        let claim = try first("A boat capsized off Taytay, Rizal, 20 kilometres from Manila.", .distance)
        #expect(claim.subject?.id == 1682598 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a region by its English name, and before a small namesake abroad", arguments: [
        ("Bavaria", "DE"), ("Rhineland-Palatinate", "DE"), ("Tyrol", "AT"), ("Attica", "GR"),
    ])
    func regionByEnglishName(name: String, country: String) throws {
        // Natural Earth records these as Bayern, Rheinland-Pfalz, Tirol and Attiki; Attica, Indiana
        // and Crete, Illinois are small towns of the same names.
        let best = try #require(try Resolver(index: try TestGazetteer.index()).candidates(for: name).first)
        #expect(best.isRegion && best.place.countryCode == country, "\(best.place.name) \(best.place.countryCode)")
    }

    @Test("an Irish county after its town: 'County Donegal', 'Co. Donegal', 'Co Donegal'", arguments: [
        "Police in Letterkenny, County Donegal, closed the road.", "Police in Letterkenny, Co. Donegal, closed the road.",
        "Police in Letterkenny, Co Donegal, closed the road.",
    ])
    func irishCounty(text: String) throws {
        // Letterkenny (GeoNames 2962961) is in County Donegal, a first-level region in Natural Earth.
        let claim = try first(text, .containment)
        #expect(claim.verdict == .consistent && claim.subject?.id == 2962961, "\(claim.explanation)")
    }
}

