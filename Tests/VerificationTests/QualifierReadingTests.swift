import Gazetteer
import Testing
import TestSupport
import Verification

/// The report of `text` on the test gazetteer.
private func check(_ text: String) throws -> CheckReport {
    try Verifier(index: TestGazetteer.index()).check(text)
}

/// Constructions met in batches 44 to 47 of the real-text evaluation, in sentences written for
/// the project: a dateline's country, a country of several words, a region that qualifies a
/// namesake, a capitalized "City" before "in", lists before a plural noun, the position of a
/// district or an island, and capitals named after "of" or with adjectives before the region.
///
/// Distances are geographiclib 2.1 `Inverse` on WGS84 between the GeoNames points.
@Suite("Datelines, qualifiers, lists and capitals", .serialized)
struct QualifierReadingTests {
    private func claims(_ text: String, _ kind: ClaimKind) throws -> [CheckedClaim] {
        try check(text).claims.filter { $0.claim.kind == kind }
    }

    @Test("the country after a dateline's place says which namesake the text means")
    func datelineCountry() throws {
        // Saint Petersburg also carries the alternate name "Petropolis"; the dateline says Brazil.
        // Petrópolis (3454031) from Brasília (3469058): 896.46 km, bearing 146.9°.
        let claim = try #require(try claims("PETROPOLIS, Brazil (AP) — Floods hit Petropolis, southeast of Brasilia, on Tuesday.",
                                            .direction).first)
        #expect(claim.subject?.id == 3454031 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a region the text ties a name to outweighs the dateline's country and the places around it")
    func regionBeforeDateline() throws {
        // Naga, Cebu (1698839) from Manila (1701668): 572.25 km, bearing 147.9°; the larger Naga
        // (1698829, Camarines Sur) is 262 km from Manila.
        let text = "NAGA, Philippines (AP) — A landslide buried homes in Naga city in Cebu province on Thursday. "
            + "Naga city lies about 570 kilometres southeast of Manila."
        let claim = try #require(try claims(text, .distance).first)
        #expect(claim.subject?.id == 1698839 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a country's name of two words makes the text's country")
    func countryOfTwoWords() throws {
        // San Salvador, El Salvador (3583361), not the Bahamian island district of that name.
        let report = try check("Soldiers sealed off a town in El Salvador on Sunday, southwest of the capital, San Salvador.")
        let capital = try #require(report.claims.first { $0.claim.kind == .capital })
        #expect(capital.subject?.id == 3583361 && capital.verdict == .consistent, "\(capital.explanation)")
    }

    @Test("a country of two words names the capital before it: 'the Sri Lanka capital Colombo'")
    func capitalAfterCountryOfTwoWords() throws {
        // GeoNames codes Colombo (1248991) PPLC, Sri Lanka's capital.
        let claim = try #require(try claims("Landslides hit a village east of the Sri Lanka capital Colombo.", .capital).first)
        #expect(claim.subject?.id == 1248991 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a name of two words whose generic word goes leaves no code: 'Cô Tô' is an island, not Tonga ('TO')")
    func nameThatIsNoCode() throws {
        // Quảng Ninh (Natural Earth admin-1) is Vietnam's north-easternmost province.
        let claim = try #require(try claims("Gusts reached level 9 at Cô Tô (the northern province of Quảng Ninh) on Monday.",
                                            .position).first)
        #expect(claim.subject?.countryCode == "VN" && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a capitalized 'City' ends the name before 'in': 'Ozamiz City in Misamis Occidental province'")
    func cityBeforeIn() throws {
        let claim = try #require(try claims("Soldiers set up a checkpoint in Ozamiz City in Misamis Occidental province.",
                                            .containment).first)
        #expect(claim.subject?.id == 1696899 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a region in brackets after a name is where the place lies", arguments: [
        // Kırıkhan (307657) is in Hatay province, not in Adana.
        ("Troops entered Kirikhan (Hatay province) at dawn.", Verdict.consistent),
        ("Troops entered Kirikhan (Adana province) at dawn.", Verdict.inconsistent),
    ])
    func bracketedRegion(_ text: String, _ verdict: Verdict) throws {
        let claim = try #require(try claims(text, .containment).first)
        #expect(claim.subject?.id == 307657 && claim.verdict == verdict, "\(claim.explanation)")
    }

    @Test("a list before a plural noun and 'in': each member is in the region named")
    func listBeforePluralNoun() throws {
        // Reyhanlı (302355) and Kırıkhan (307657) are both in Hatay province.
        let found = try claims("Storms flooded Reyhanli and Kirikhan towns in Hatay on Monday.", .containment)
        #expect(Set(found.compactMap(\.subject?.id)) == [302355, 307657], "\(found.map(\.explanation))")
        #expect(found.allSatisfy { $0.verdict == .consistent }, "\(found.map(\.explanation))")
    }

    @Test("a name after 'in' with no region word is a setting only when it holds", arguments: [
        "Palestinians in Gaza marched on Friday.",
        "Storms flooded Reyhanli town in Adana on Monday.",
    ])
    func unmarkedSetting(_ text: String) throws {
        // Reyhanlı lies in Hatay, not in Adana: the reading does not hold and is not reported.
        let found = try claims(text, .containment)
        #expect(found.isEmpty, "\(found.map(\.explanation))")
    }

    @Test("a region that names a body after a place ('…, Hatay province police said') is no setting of it")
    func regionOfBody() throws {
        // Adana (325363) lies in Adana province, not in Hatay: read as a setting, it would be a false alarm.
        let report = try check("Floods hit Osmaniye, about 85 km east of Adana, Hatay province police said.")
        #expect(!report.claims.contains { $0.verdict == .inconsistent }, "\(report.claims.map(\.explanation))")
        #expect(report.claims.contains { $0.claim.kind == .distance && $0.verdict == .consistent })
    }

    @Test("the position of a district or an island named after 'of'", arguments: [
        // Panchagarh (1185141, 26.33 N) is Bangladesh's northernmost district seat.
        ("A ferry capsized in the northern district of Panchagarh.", 1185141),
        // Reyhanlı (302355, 36.27 N) lies in the far south of Turkey.
        ("A car bomb went off in the southern district of Reyhanli.", 302355),
    ])
    func positionOfDistrict(_ text: String, _ id: Int) throws {
        let claim = try #require(try claims(text, .position).first)
        #expect(claim.subject?.id == id && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a compass word as an adjective among others: 'the busy south port city of Iskenderun'")
    func compassAdjective() throws {
        // İskenderun (311111, 36.59 N) lies on Turkey's southern coast.
        let claim = try #require(try claims("Ships docked in the busy south port city of Iskenderun.", .position).first)
        #expect(claim.subject?.id == 311111 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("'the town' stands for the town an adjective-led phrase introduced, not a region named first")
    func townAfterAdjective() throws {
        // Kırıkhan (307657) from Antakya (323779): 37.14 km, bearing 28.9°.
        let text = "Soldiers in Hatay province reached the small town of Kirikhan on Monday. "
            + "The capture of the town, some 35 km north of Antakya, came at dawn."
        let claim = try #require(try claims(text, .distance).first)
        #expect(claim.subject?.id == 307657 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("in a report with a dateline, 'this southern Turkish city' and a mayor's 'his city' are the dateline's place")
    func datelineDescriptions() throws {
        // İskenderun (311111) from Adana (325363): 87.70 km, bearing 120.1°.
        let report = try check("ISKENDERUN, Turkey — Floods swept through this southern Turkish city on Monday. "
            + "The mayor said his city, about 85 km southeast of Adana, had never seen such rain.")
        let position = try #require(report.claims.first { $0.claim.kind == .position })
        #expect(position.subject?.id == 311111 && position.verdict == .consistent, "\(position.explanation)")
        let distance = try #require(report.claims.first { $0.claim.kind == .distance })
        #expect(distance.subject?.id == 311111 && distance.reference?.id == 325363 && distance.verdict == .consistent,
                "\(distance.explanation)")
    }

    @Test("a county named after 'of' has a position in its country, as a reading that holds or goes", arguments: [
        // Dolj (Natural Earth admin-1) lies in the far south of Romania, on the Danube.
        ("Floods hit the southern Romanian county of Dolj.", 1),
        // Kent lies in England's south-east: the reading does not hold and is not reported.
        ("Floods hit the northern county of Kent.", 0),
    ])
    func countyPosition(_ text: String, _ count: Int) throws {
        let found = try claims(text, .position)
        #expect(found.count == count && found.allSatisfy { $0.verdict == .consistent }, "\(found.map(\.explanation))")
    }

    @Test("'X, the regional center' is a region's seat; 'the regional centre of X' is a regional town")
    func regionalCentre() throws {
        // Sumy (692194) is the seat (PPLA) of Sumy oblast.
        let claim = try #require(try claims("Shelling hit Sumy, the regional center, overnight.", .capital).first)
        #expect(claim.subject?.id == 692194 && claim.verdict == .consistent, "\(claim.explanation)")
        #expect(try claims("Buses left for the nearby regional centre of Ballarat.", .capital).isEmpty)
    }

    @Test("a business district is a part of a city, not its position")
    func businessDistrict() throws {
        let found = try claims("Offices closed in the central business district of Ankara.", .position)
        #expect(found.isEmpty, "\(found.map(\.explanation))")
    }

    @Test("'the Georgian capital of Tbilisi': with the country said before, 'of' names the city", arguments: [
        ("Protesters marched in the Georgian capital of Tbilisi.", 611717, Verdict.consistent),
        // Istanbul is no capital: Ankara is Turkey's.
        ("Protesters marched in the Turkish capital of Istanbul.", 745044, Verdict.inconsistent),
    ])
    func capitalAfterOf(_ text: String, _ id: Int, _ verdict: Verdict) throws {
        let claim = try #require(try claims(text, .capital).first)
        #expect(claim.subject?.id == id && claim.verdict == verdict, "\(claim.explanation)")
    }

    @Test("a region's capital with adjectives before the region, or 'the country's' region", arguments: [
        // Bor (377241) is the seat (PPLA) of Jonglei; other Bors are in Russia and Serbia.
        ("Bor is the capital of the restive Jonglei State.", 377241),
        // Zugdidi (610824) is the seat of Samegrelo-Zemo Svaneti, which news calls Samegrelo.
        ("Zugdidi, the administrative centre of the country's Samegrelo region, was calm.", 610824),
        // Antakya (323779) is the seat of Hatay.
        ("Antakya, the capital of the mountainous Hatay province, was shaken.", 323779),
    ])
    func regionalCapital(_ text: String, _ id: Int) throws {
        let claim = try #require(try claims(text, .capital).first)
        #expect(claim.subject?.id == id && claim.verdict == .consistent, "\(claim.explanation)")
    }
}
