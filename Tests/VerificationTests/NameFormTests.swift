import Gazetteer
import Testing
import TestSupport
import Verification

/// The report of `text` on the test gazetteer.
private func check(_ text: String) throws -> CheckReport {
    try Verifier(index: TestGazetteer.index()).check(text)
}

/// Forms of names met in batches 15 and 16 of the real-text evaluation, in sentences written for
/// the project: a country by its short name, a name with its Arabic article dropped, a river's
/// name beside a town's, a town whose name ends like an organisation's, a city's quarter that the
/// gazetteer has only in another country.
@Suite("Name forms in real reports", .serialized)
struct NameFormTests {
    private func first(_ text: String, _ kind: ClaimKind) throws -> CheckedClaim {
        try #require(try check(text).claims.first { $0.claim.kind == kind })
    }

    @Test("a country by the short name wire copy uses", arguments: ["USA", "U.S.", "UK", "UAE", "DRC", "Burma"])
    func shortCountryNames(name: String) throws {
        let index = try TestGazetteer.index()
        let expected = ["USA": "US", "U.S.": "US", "UK": "GB", "UAE": "AE", "DRC": "CD", "Burma": "MM"][name]
        let region = try #require(try index.regions(exactlyNamed: name).first)
        #expect(region.kind == .country && region.countryCode == expected)
    }

    @Test("a border named by a country's short name")
    func borderByShortName() throws {
        // Piedras Negras (GeoNames 3992619) faces Eagle Pass, Texas, across the Rio Grande.
        let claim = try first("The town of Piedras Negras lies near the USA border.", .border)
        #expect(claim.verdict == .consistent && claim.subject?.id == 3992619, "\(claim.explanation)")
    }

    @Test("'the town' in the next sentence is the town named, not the country after it")
    func townAfterCountry() throws {
        // Piedras Negras (GeoNames 3992619, 28.70007, -100.52353) and Monclova (3995523, 26.90687,
        // -101.42056): geographiclib 2.1 Inverse 217.48 km, azi1 23.8° (north-north-east).
        let report = try check("Gunmen stormed the town of Piedras Negras in northern Mexico. The town is about 220 kilometers north of Monclova.")
        let claim = try #require(report.claims.first { $0.claim.kind == .distance })
        #expect(claim.subject?.id == 3992619 && claim.verdict == .consistent, "\(claim.explanation)")
        #expect(abs((claim.measured?.distance.metres ?? 0) - 217_484) < 100)
    }

    @Test("a town whose name ends like an organisation's after a Spanish settlement word is a town")
    func settlementWordBeforeUnion() {
        // Villa Unión, Coahuila, is a town (GeoNames 3980122); "Federal Union" and "African Union" are not.
        #expect(!NotAPlaceList.namesOrganisation(["villa", "union"]))
        #expect(!NotAPlaceList.namesOrganisation(["la", "union"]))
        #expect(NotAPlaceList.namesOrganisation(["african", "union"]))
        #expect(NotAPlaceList.namesOrganisation(["federal", "security", "service"]))
    }

    @Test("a name with its Arabic article dropped is the place that has it, not a namesake's alternate")
    func droppedArticle() throws {
        // "Iskandariyah" is an alternate name of Alexandria, Egypt; GeoNames 99226 records the
        // Iraqi town as "Nāḩiyat al Iskandarīyah" (alternate "Al Iskandariyah"), 50.53 km from
        // Baghdad (98182; geographiclib 2.1 Inverse).
        let claim = try first("The bomb went off in Iskandariyah, 30 miles south of Baghdad.", .distance)
        #expect(claim.subject?.id == 99226 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a river named beside a town is no subject")
    func riverBesideTown() throws {
        // Anantnag (GeoNames 1278667) and Srinagar (1255634): 50.89 km, azi1 140.6° (south-east;
        // geographiclib 2.1).
        let claim = try first("Anantnag is a busy town on the banks of river Jhelum, some 50 kilometers southeast of Srinagar.", .distance)
        #expect(claim.subject?.id == 1278667 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a capital of a region whose name joins two with 'and'")
    func capitalOfJoinedRegion() throws {
        // Srinagar is the seat (PPLA) of Jammu and Kashmir in GeoNames.
        let claim = try first("Traffic stopped in Srinagar, the summer capital of Jammu and Kashmir.", .capital)
        #expect(claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a city's quarter found only in another country is unverifiable, whatever language the text mentions")
    func quarterElsewhere() throws {
        // The gazetteer's only Carcelén is in Spain (GeoNames 2520145); Quito's quarter of the
        // name is not in the shipped data.
        let claim = try first("A Spanish-language radio station said a woman in Quito's northern Carcelen district was hurt.", .containment)
        #expect(claim.verdict == .unverifiable, "\(claim.explanation)")
    }

    @Test("a Russian name does not meet a Ukrainian city by vowels put in classes")
    func cyrillicVowels() throws {
        // "Dunayka" and Donetsk's alternate "Donec'ke" share a romanisation key only once their
        // vowels are merged; Cyrillic writes its vowels.
        let claim = try first("Shelling hit the Russian border village of Dunayka on Sunday.", .border)
        #expect(claim.verdict == .unverifiable, "\(claim.explanation)")
    }

    @Test("'in southern Abyan province' places the region in its country; 'a town in southern Borno state' places the town")
    func regionPosition() throws {
        // Abyan governorate lies on Yemen's southern coast (Natural Earth admin-1).
        let abyan = try first("Troops were deployed in southern Abyan province on Monday.", .position)
        #expect(abyan.verdict == .consistent && abyan.subject?.isRegion == true, "\(abyan.explanation)")
        // Borno is Nigeria's north-eastern state: "southern" is the town's place in it, and no
        // claim about Borno's place in Nigeria may be read, let alone called wrong.
        let report = try check("Damboa, a town in southern Borno state, was attacked twice in a week.")
        #expect(!report.claims.contains { $0.claim.kind == .position && $0.claim.subject.name.hasPrefix("Borno") })
        #expect(!report.claims.contains { $0.verdict == .inconsistent })
    }

    @Test("a name placed in one region means that place at its other mentions")
    func placedNameCarries() throws {
        // Two Nagas of the Philippines: 1698829 (Camarines Sur, 13.61917, 123.18139) and 1698839
        // (Cebu, 10.20898, 123.758); Manila (1701668) to the Cebu one: geographiclib 2.1 Inverse
        // 572.25 km, azi1 147.9° (south-east). The larger Naga is 261 km away: a false alarm.
        let report = try check("Rain buried homes in Naga city in Cebu province. Naga city lies about 570 kilometers southeast of Manila.")
        let distance = try #require(report.claims.first { $0.claim.kind == .distance })
        #expect(distance.verdict != .inconsistent, "\(distance.explanation)")
        if distance.verdict == .consistent { #expect(distance.subject?.id == 1698839) }
    }

    @Test("'X in Y' near the town Y but beyond it may mean the district Y names; the clause after is about X")
    func townOrDistrict() throws {
        // Darkūsh (GeoNames 170865) is 20.8 km from Jisr ash-Shughur (169023) and 22.72 km from
        // Idlib (169389) at azi1 -72.5° (west-north-west; geographiclib 2.1 Inverse).
        let report = try check("The town of Darkush in Jisr al-Shughur, where farmers grow olives, is about 23 km west of Idlib.")
        let containment = try #require(report.claims.first { $0.claim.kind == .containment })
        #expect(containment.verdict == .unverifiable && containment.explanation.contains("district"), "\(containment.explanation)")
        let distance = try #require(report.claims.first { $0.claim.kind == .distance })
        #expect(distance.subject?.id == 170865 && distance.verdict == .consistent, "\(distance.explanation)")
    }

    @Test("a town named like a feature is a town: 'Lake Charles'")
    func featureNamedTown() throws {
        // Lake Charles (GeoNames 4330236, 76,070 people) and New Orleans (4335045): geographiclib
        // 2.1 Inverse 303.03 km, azi1 -83.8° from New Orleans (west). "Lake Chad" stays a lake.
        let claim = try first("Storms hit Lake Charles, about 300 km west of New Orleans.", .distance)
        #expect(claim.subject?.id == 4330236 && claim.verdict == .consistent, "\(claim.explanation)")
        let resolver = Resolver(index: try TestGazetteer.index())
        #expect(try resolver.lookup("Lake Chad").notAPlace?.category == "feature")
    }

    @Test("a Polish voivodeship by the noun news uses")
    func voivodeship() throws {
        // Kłodzko (GeoNames 3096053) is in Natural Earth's "Lower Silesian" voivodeship.
        let claim = try first("Floods reached Klodzko, a town in Lower Silesia.", .containment)
        #expect(claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a modifier between 'border' and the town's noun: 'the border trading town of'")
    func borderTradingTown() throws {
        // Kilis (GeoNames 307864) lies about 7 km from the Syrian border (Natural Earth admin-0).
        let claim = try first("Lorries queued at the Turkish-Syrian border trading town of Kilis.", .border)
        #expect(claim.subject?.id == 307864 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("of regions of one country that share a name, the one the place is in is meant")
    func sharedRegionName() throws {
        // Natural Earth gives Central Darfur the WOE name "West Darfur"; El Geneina (GeoNames
        // 379303) is the seat of Western Darfur.
        let claim = try first("El Geneina, in Sudan's West Darfur State, emptied.", .containment)
        #expect(claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("an island in a country by its adjective; Philippine provinces by their ISO names")
    func islandsAndProvinces() throws {
        // Rhodes (Ródos, GeoNames 400666) is in Greece.
        let claim = try first("Fires spread on the Greek island of Rhodes.", .containment)
        #expect(claim.verdict == .consistent && claim.subject?.id == 400666, "\(claim.explanation)")
        let index = try TestGazetteer.index()
        #expect(try index.regions(exactlyNamed: "Occidental Mindoro").first?.name == "Mindoro Occidental")
    }

    @Test("a storm's name is no place, then or later")
    func stormNames() {
        let claims = ClaimExtractor().claims(in: "Tropical Cyclone Alfred neared the coast. Alfred was 250 miles east of Brisbane. It was centred 140 km northwest of Cairns.")
        #expect(claims.allSatisfy { !["Alfred", "Tropical Cyclone Alfred"].contains($0.subject.name) }, "\(claims.map(\.subject.name))")
    }

    @Test("a place measured from is no member of a list after it")
    func referenceNotListed() {
        let claims = ClaimExtractor().claims(in: "A watch covers towns between Port Douglas, north of Cairns, and Proserpine, north of Mackay.")
        #expect(claims.filter { $0.kind == .direction }.map(\.subject.name) == ["Port Douglas", "Proserpine"])
    }

    @Test("the subject of a distance after an aside about a person, and after a town's region", arguments: [
        ("Yoshihisa Wakui, an official in Motegi, around 80 km north of Tokyo, said roads were shut.", "Motegi"),
        ("The raid happened in the town of Ayorou in the Tillaberi region, 200 kilometres northwest of the capital Niamey.", "Ayorou"),
        ("The quake hit the town of Cheram in Kohgiluyeh and Boyer-Ahmad province, about 544 km southwest of Tehran.", "Cheram"),
        ("Fires reached Mantoudi on the island of Evia, some 90 kilometers north of Athens.", "Mantoudi"),
    ])
    func subjectsPastAsides(text: String, subject: String) throws {
        let claim = try #require(ClaimExtractor().claims(in: text).first { $0.kind == .distance })
        #expect(claim.subject.name == subject)
    }

    @Test("a distance to a border longer than the straight line but fit for a road is not called wrong")
    func borderByRoad() throws {
        // Mora, Cameroon (GeoNames 2225991) is about 21 km from the Nigerian border line (Natural
        // Earth admin-0); 30 km is 1.4 times that, as a road to a crossing may be.
        let claim = try first("Mora, a town in Cameroon's far north, lies about 30 km from the Nigerian border.", .border)
        #expect(claim.subject?.id == 2225991 && claim.verdict == .unverifiable, "\(claim.explanation)")
        // Ten times the straight line is wrong however the way runs.
        let far = try first("Mora, a town in Cameroon's far north, lies about 250 km from the Nigerian border.", .border)
        #expect(far.verdict == .inconsistent, "\(far.explanation)")
    }

    @Test("a region on its country's border, no neighbour named", arguments: [
        ("A soldier died in the northern border state of Tamaulipas.", Verdict.consistent),
        ("Russia's Belgorod region on the frontier has been shelled.", .consistent),
        // Jalisco's outline is hundreds of kilometres from any land neighbour's (Natural Earth):
        // no border state, but with no border named that is no ground to call it wrong.
        ("Gunmen struck in the Mexican border state of Jalisco.", .unverifiable),
    ])
    func regionOnBorder(text: String, verdict: Verdict) throws {
        let claim = try first(text, .border)
        #expect(claim.verdict == verdict, "\(claim.explanation)")
    }

    @Test("a compass word without an article places a named city only before 'city of': never 'an eastern suburb of'")
    func bareCompassWord() throws {
        let suburb = ClaimExtractor().claims(in: "Brigades closed the road in Tajoura, an eastern suburb of Tripoli, on Sunday.")
        #expect(!suburb.contains { $0.kind == .position && $0.subject.name == "Tripoli" })
        // Najrān (GeoNames 103630) lies in the far south of Saudi Arabia.
        let city = try first("Drones tried to hit southern Saudi city of Najran.", .position)
        #expect(city.subject?.id == 103630 && city.verdict == .consistent, "\(city.explanation)")
    }

    @Test("a name right before 'border town' is the border town; a country's name with an article is not")
    func nameBeforeBorderTown() throws {
        // Kilis (GeoNames 307864) lies about 7 km from the Syrian border.
        let claim = try first("Crowds gathered in Kilis border town on Friday.", .border)
        #expect(claim.subject?.id == 307864 && claim.verdict == .consistent, "\(claim.explanation)")
        #expect(ClaimExtractor().claims(in: "Lorries reached the Syria border town on Friday.").isEmpty)
    }

    @Test("towns across a border from each other")
    func acrossFrom() throws {
        // Nusaybin (GeoNames 303750, TR) and Al Qāmishlī (173377, SY): geographiclib 2.1
        // Inverse 2.5 km, on either side of the border.
        let twins = try first("Shells fell on Nusaybin, a Turkish town across from Qamishli.", .border)
        #expect(twins.subject?.id == 303750 && twins.reference?.id == 173377 && twins.verdict == .consistent, "\(twins.explanation)")
        // Laredo and Monterrey are over 200 km apart: no twins, but never called wrong.
        let far = try first("Fishermen in Laredo, across from Monterrey, were idle.", .border)
        #expect(far.verdict == .unverifiable, "\(far.explanation)")
        // A country's region across the border is a border claim of the villages, not twins.
        let region = ClaimExtractor().claims(in: "Troops took the villages of Pylna and Strilecha across the border from Russia's Belgorod region.")
        #expect(region.allSatisfy { $0.borderRelation != .across })
    }
}
