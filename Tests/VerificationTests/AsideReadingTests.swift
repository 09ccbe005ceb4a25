import Gazetteer
import Testing
import TestSupport
import Verification

/// The report of `text` on the test gazetteer.
private func check(_ text: String) throws -> CheckReport {
    try Verifier(index: TestGazetteer.index()).check(text)
}

/// Constructions met in batches 33 to 36 of the real-text evaluation, in sentences written for
/// the project: asides set off by dashes or by a low comma, a region introduced as "the province
/// of", a name two countries share, a coast near a town, and a state line.
///
/// Distances are geographiclib 2.1 `Inverse` on WGS84 between the GeoNames points.
@Suite("Asides, regions by kind, shared names", .serialized)
struct AsideReadingTests {
    private func claims(_ text: String, _ kind: ClaimKind) throws -> [CheckedClaim] {
        try check(text).claims.filter { $0.claim.kind == kind }
    }

    @Test("the subject before an aside: set off by dashes, of words with articles, owned, up to ten words, an open clause, or after the claim", arguments: [
        "Shelling hit Manbij -- about 80 kilometres east of Aleppo -- on Sunday.",
        "Shelling hit Manbij\u{2014}about 80 kilometres east of Aleppo\u{2014}on Sunday.",
        "Shelling hit Manbij - which lies about 80 kilometres east of Aleppo - on Sunday.",
        "Insurgents entered Manbij, a market town on a major crossroads about 80 km east of Aleppo, on Saturday.",
        "Thousands reached Manbij, Syria's second biggest northern town some 80 km east of Aleppo.",
        "Manbij, home to about 100,000 people before the war, is about 80 km east of Aleppo.",
        "Shelling hit Manbij \u{2013} which is a market town and sits about 80 km east of Aleppo \u{2013} on Sunday.",
        "Located about 80 km east of Aleppo, Manbij was quiet on Sunday.",
    ])
    func subjectBeforeAside(_ text: String) throws {
        // Manbij (167357) from Aleppo (170063): 79.94 km, bearing 62.8°.
        let claim = try #require(try claims(text, .distance).first)
        #expect(claim.subject?.id == 167357 && claim.reference?.id == 170063, "\(claim.explanation)")
        #expect(claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a spaced hyphen between two figures stays a range")
    func hyphenRange() throws {
        // Jarabulus (169179) from Aleppo: 102.34 km, inside "100 - 110 km".
        let claim = try #require(try claims("Jarabulus, 100 - 110 km northeast of Aleppo, was shelled.", .distance).first)
        #expect(claim.verdict == .consistent, "\(claim.explanation)")
        // The figure is the range's middle, 105 km: the hyphen joined the figures.
        #expect(claim.claim.distance?.distance.kilometres == 105, "\(claim.claim.text)")
    }

    @Test("a low comma (U+201A), printed by some sites for a comma, reads as one")
    func lowComma() throws {
        // Akcakale (324944) from Sanliurfa (298333): 52.42 km, bearing 164.8°.
        let claim = try #require(try claims("Akcakale\u{201A} about 50km south of Sanliurfa\u{201A} was quiet.", .distance).first)
        #expect(claim.subject?.id == 324944 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("'the province of X' is the region, not its namesake city")
    func provinceOf() throws {
        // Kermanshah city (128226) is 121 km from Iraq; Kermanshah province (Natural Earth
        // admin-1) touches the border.
        let text = "Aid reached Iran's province of Kermanshah on the border with Iraq."
        let border = try #require(try claims(text, .border).first)
        #expect(border.subject?.isRegion == true && border.verdict == .consistent, "\(border.explanation)")
    }

    @Test("'Congo' means the Congo a place is in when it is either")
    func sharedCountryName() throws {
        // Goma (216281) is in the Democratic Republic of the Congo (CD), not the Republic (CG).
        let report = try check("Troops returned to Goma, the largest town in Congo's east, on Monday.")
        #expect(!report.claims.contains { $0.verdict == .inconsistent }, "\(report.claims.map(\.explanation))")
        #expect(report.claims.contains { $0.subject?.id == 216281 && $0.verdict == .consistent })
    }

    @Test("a coast near a town is the coast's side, never called wrong on the country's half")
    func coastNearTown() throws {
        // Cienfuegos (3564124, 22.15 N) opens on Cuba's southern coast, yet lies north of the
        // middle of Cuba's south-north extent.
        let report = try check("The hurricane came ashore on the southern coast near the city of Cienfuegos, Cuba.")
        #expect(!report.claims.contains { $0.verdict == .inconsistent }, "\(report.claims.map(\.explanation))")
    }

    @Test("a state line is no place to measure from")
    func stateLine() throws {
        let report = try check("The town lies northeast of Amarillo, just south of the Oklahoma line.")
        #expect(!report.claims.contains { $0.claim.reference?.name == "Oklahoma" }, "\(report.claims.map(\.claim.text))")
    }

    @Test("an aside about a person makes the name before it no place")
    func personAside() throws {
        let found = try check("Ahmet Yilmaz, an official at Kilis in southern Turkey, about 45 km south of Gaziantep, said the road was shut.")
        #expect(!found.claims.contains { $0.claim.subject.name == "Ahmet Yilmaz" }, "\(found.claims.map(\.claim.text))")
    }

    @Test("a country after a town's setting, before 'which', is the setting's, not the subject")
    func countryBeforeWhich() throws {
        // Akcakale (324944) from Sanliurfa (298333): 52.42 km, bearing 164.8°.
        let text = "Shells landed in Akcakale, a small town in Sanliurfa province, Turkey, which is about 50 km south of Sanliurfa."
        let claim = try #require(try claims(text, .distance).first)
        #expect(claim.subject?.id == 324944 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("'the Queensland city of Toowoomba': the city named after 'of', not the adjective")
    func adjectiveName() throws {
        // Toowoomba (2146268) from Brisbane (2174003): 106.6 km, bearing 264.2°.
        let claim = try #require(try claims("Storms hit the Queensland city of Toowoomba, about 100 km west of Brisbane.", .distance).first)
        #expect(claim.subject?.id == 2146268 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("references by description: a hub named after 'of', a nation's capital named after it", arguments: [
        ("Manbij lies about 80 km east of the northern commercial hub of Aleppo.", 170063),
        ("The landslide hit Homs, some 160 kilometres from the Arab nation's capital Damascus.", 170654),
    ])
    func describedReference(_ text: String, _ reference: Int) throws {
        let claim = try #require(try claims(text, .distance).first)
        #expect(claim.reference?.id == reference, "\(claim.explanation)")
    }

    @Test("a setting and a figure joined by 'and' are both said of the place before them")
    func settingAndFigure() throws {
        // Kilis (307864) from Gaziantep (314830): 44.95 km, bearing 212.1°.
        let claim = try #require(try claims("Shells fell on Kilis, near Oncupinar and about 45 km south of Gaziantep.", .distance).first)
        #expect(claim.subject?.id == 307864 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("'residents from A and B, 45 km south of C' is a list, both measured")
    func listAfterFrom() throws {
        let found = try claims("Police moved residents from Kilis and Elbeyli, about 45 km south of Gaziantep.", .distance)
        #expect(found.contains { $0.subject?.id == 307864 && $0.verdict == .consistent }, "\(found.map(\.explanation))")
    }

    @Test("a state's or province's abbreviation after a town names the region", arguments: [
        // Tamworth, New South Wales (2147497), not Tamworth, England (2636276).
        ("Hail hit Tamworth, NSW, on Sunday.", 2147497),
        // Paradise, Nevada (5509952), not the smaller Paradises elsewhere in the United States.
        ("Flooding hit Paradise, Nev., on Monday.", 5509952),
    ])
    func regionAbbreviation(_ text: String, _ id: Int) throws {
        let claim = try #require(try claims(text, .containment).first)
        #expect(claim.subject?.id == id && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("'the Houston suburb of Friendswood': the suburb after 'of', within the city's built-up area")
    func citySuburb() throws {
        // Friendswood (4692521) lies 30.3 km from Houston's point (4699066; geographiclib 2.1
        // Inverse 30.3 km): outside the city proper, as a suburb is.
        let claim = try #require(try claims("Flooding hit the Houston suburb of Friendswood on Monday.", .containment).first)
        #expect(claim.subject?.id == 4692521 && claim.verdict == .consistent, "\(claim.explanation)")
        // The report names the suburb as the subject and the city as what it is measured from.
        #expect(claim.claim.subject.name == "Friendswood" && claim.claim.reference?.name == "Houston")
    }

    @Test("a 'regional capital' with no region named is no error when the town is not its province's seat")
    func unnamedRegionalCapital() throws {
        // Tskhinvali (611403) is the capital of South Ossetia, a breakaway region the boundaries
        // do not draw; Natural Earth puts it in Shida Kartli, whose seat is Gori.
        let claim = try #require(try claims("The village lies 70 km west of the regional capital Tskhinvali.", .capital).first)
        #expect(claim.verdict != .inconsistent, "\(claim.explanation)")
    }

    @Test("a region whose name has 'and' in it, after 'the province of', in a common spelling")
    func regionNameWithAnd() throws {
        // Natural Earth spells it "Sistan and Baluchestan"; it lies in Iran's southeast.
        let claim = try #require(try claims("Clashes broke out in Iran's southeastern province of Sistan and Baluchistan.", .position).first)
        #expect(claim.subject?.isRegion == true && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("'Mineral-rich Balochistan': a capitalized modifier is no part of the name")
    func capitalizedModifier() throws {
        let found = try claims("Mineral-rich Balochistan, bordering Afghanistan and Iran, is the largest province.", .border)
        #expect(!found.isEmpty && found.allSatisfy { $0.subject?.isRegion == true && $0.verdict == .consistent }, "\(found.map(\.explanation))")
    }

    @Test("an apposition whose noun has words after it still sets the place: 'X, a town plagued by violence in northern Syria'")
    func appositionWithWordsAfterItsNoun() throws {
        let claim = try #require(try claims("The family came from Manbij, a town plagued by violence in northern Syria.", .containment).first)
        #expect(claim.subject?.id == 167357 && claim.verdict == .consistent, "\(claim.explanation)")
        // An aside about a person is not the place's: "Ken Sato, a town official in Kilis".
        let person = try check("Ken Sato, a town official in Kilis, said the road was shut.")
        #expect(!person.claims.contains { $0.claim.subject.name == "Ken Sato" }, "\(person.claims.map(\.claim.text))")
    }

    @Test("a direction in two words: '50 miles south west of Gaziantep'")
    func twoWordDirection() throws {
        // Kilis from Gaziantep: 44.95 km, bearing 212.1° (south-west within 35°).
        let distance = try #require(try claims("Shells hit Kilis, 28 miles south west of Gaziantep.", .distance).first)
        #expect(distance.claim.direction == .southwest && distance.verdict == .consistent, "\(distance.explanation)")
        let direction = try #require(try claims("Kilis lies south west of Gaziantep.", .direction).first)
        #expect(direction.verdict == .consistent, "\(direction.explanation)")
    }

    @Test("a province measured from its seat spelled otherwise by transliteration (Asyut, Assiut)")
    func seatSpelledOtherwise() throws {
        // Natural Earth's region is "Asyut"; its seat in GeoNames is "Assiut" (359783), 319.4 km
        // from Cairo (360630), bearing 181.2°.
        let claim = try #require(try claims("Assiut province, which lies roughly 320 km south of Cairo, reported floods.", .distance).first)
        #expect(claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a border between two regions is no country's border to measure")
    func regionBorder() throws {
        let found = try claims("The clash happened in Uruapan, near Michoacan's border with Jalisco.", .border)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(\.explanation))")
    }

    @Test("'Cameroon's Far North region' is one name, the region")
    func farNorth() throws {
        // Maroua (2228373) is the seat of Extrême-Nord, which Natural Earth also calls Far North Region.
        let claim = try #require(try claims("Markets reopened in Maroua, a town in Cameroon's Far North region.", .containment).first)
        #expect(claim.subject?.id == 2228373 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("'South Africa's Limpopo province' places nothing in the south: the compass word names the owner")
    func compassInOwnerName() throws {
        let report = try check("A bus crashed in South Africa's Limpopo province on Thursday.")
        #expect(!report.claims.contains { $0.claim.kind == .position && $0.claim.direction != nil }, "\(report.claims.map(\.claim.text))")
    }

    @Test("a small place wrong in figure and direction (60° off or more) is taken for a namesake")
    func namesakeByFigureAndDirection() throws {
        // Erzin (296852, 26,316 people) lies 77.6 km from Adana at bearing 93.7° (geographiclib
        // 2.1 Inverse): "30 km north" is less than half the distance, 86° off.
        let claim = try #require(try claims("Floods hit Erzin, 30 km north of Adana.", .distance).first)
        #expect(claim.verdict == .unverifiable && claim.explanation.contains("may not be the ones meant"), "\(claim.explanation)")
    }

    @Test("a pair after 'between' sets the scene: the figure is the last place's")
    func betweenPair() throws {
        // Kilis from Gaziantep: 44.95 km; Manbij from Gaziantep is far more.
        let found = try claims("The bus crashed between the town of Manbij and Kilis town, about 45 km south of Gaziantep.", .distance)
        #expect(found.count == 1 && found.first?.subject?.id == 307864, "\(found.map(\.claim.text))")
    }

    @Test("'closed from A to south of B' is a stretch of road, no direction of A")
    func roadStretch() throws {
        let report = try check("The highway is closed from Kilis to south of Gaziantep.")
        #expect(!report.claims.contains { $0.claim.kind == .direction }, "\(report.claims.map(\.claim.text))")
    }

    @Test("'the capital of the Tigray region, Mekele': the seat named after the region")
    func capitalOfRegionNamedAfter() throws {
        // Mek'ele (331180) is GeoNames' PPLA of Tigray.
        let claim = try #require(try claims("Clashes were reported near the capital of the Tigray region, Mekele.", .capital).first)
        #expect(claim.subject?.id == 331180 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("'X, capital of the department of Y, 230 miles southwest of Z': the figure is the capital's")
    func figureAfterCapitalAside() throws {
        // Popayán (3671916) from Bogotá (3688689): 369.8 km (229.8 miles), bearing 229.6° (geographiclib 2.1).
        let claim = try #require(try claims("Buses were stopped near Popayan, capital of the department of Cauca, 230 miles southwest of Bogota.", .distance).first)
        #expect(claim.subject?.id == 3671916 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("'the Kilis border town south of Gaziantep': the name before the nouns is the place")
    func nameBeforeNouns() throws {
        let claim = try #require(try claims("The road near the Kilis border town south of Gaziantep was shut.", .direction).first)
        #expect(claim.subject?.id == 307864 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("'the town' stands for the place a town's noun introduced in the sentence before")
    func townIntroducedBefore() throws {
        let text = "Reuters reported that Kurdish gunmen attacked the town of Kilis. Residents of the town, which is about 45 km south of Gaziantep, fled."
        let claim = try #require(try claims(text, .distance).first)
        #expect(claim.subject?.id == 307864 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a place after 'from' is no list member when a comma before 'and' ends the clause")
    func clauseAfterFrom() throws {
        // Kilis is named only as where the refugees came from; the figure is Manbij's alone.
        let found = try claims("Refugees came from Kilis, and Manbij, about 80 km east of Aleppo, took them in.", .distance)
        #expect(found.count == 1 && found.first?.subject?.id == 167357, "\(found.map(\.claim.text))")
    }
}
