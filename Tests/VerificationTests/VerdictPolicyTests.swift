import Gazetteer
import Geodesy
import Testing
import TestSupport
import Verification

/// The report of `text` on the test gazetteer.
private func check(_ text: String) throws -> CheckReport {
    try Verifier(index: TestGazetteer.index()).check(text)
}

/// The first checked claim of `kind` in `text`; a test failure when there is none.
private func first(_ kind: ClaimKind, in text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CheckedClaim {
    try #require(try check(text).claims.first { $0.claim.kind == kind }, sourceLocation: sourceLocation)
}

/// The verdict policy where real reports are loose: short figures between villages, border
/// words, districts named after towns, places found only by a loose spelling. A wrong
/// "inconsistent" costs more than an "unverifiable".
@Suite("Verdict policy on loose wording", .serialized)
struct VerdictPolicyTests {
    @Test("five kilometres for 4.35 km between two West Bank towns is the straight line, not a road")
    func shortFigure() throws {
        // GeoNames 281581 Ţūbās (32.32091, 35.36989, 15,591 people) and 281657 Ţammūn (32.28347,
        // 35.38367, 10,119); geographiclib 2.1 Inverse: 4,349.920 m, azi1 162.64°.
        let tubas = Place(id: 281581, name: "Ţūbās", coordinate: Coordinate(latitude: 32.32091, longitude: 35.36989),
                          countryCode: "PS", population: 15591, featureCode: "PPL")
        let tammun = Place(id: 281657, name: "Ţammūn", coordinate: Coordinate(latitude: 32.28347, longitude: 35.38367),
                           countryCode: "PS", population: 10119, featureCode: "PPL")
        let check = DistanceCheck(subject: tammun, reference: tubas, stated: try StatedDistance(parsing: "five kilometers"), direction: nil)
        #expect(abs(check.measured.distance.metres - 4_349.920) < 1e-2)
        #expect(check.verdict == .consistent, "\(check.explanation)")
    }

    @Test("a figure short of the straight line by less than a kilometre past the slack is loose, by more wrong")
    func shortByLittle() throws {
        // GeoNames 5284905 Bisbee (US, 31.44815, -109.92841, 5,208 people) and 3995171 Naco
        // (MX, 31.32639, -109.94599, 6,064); geographiclib 2.1 Inverse: 13,603.4 m, azi1 -172.93°.
        let bisbee = Place(id: 5284905, name: "Bisbee", coordinate: Coordinate(latitude: 31.44815, longitude: -109.92841),
                           countryCode: "US", population: 5208, featureCode: "PPL")
        let naco = Place(id: 3995171, name: "Naco", coordinate: Coordinate(latitude: 31.32639, longitude: -109.94599),
                         countryCode: "MX", population: 6064, featureCode: "PPL")
        let seven = DistanceCheck(subject: naco, reference: bisbee, stated: try StatedDistance(parsing: "approximately seven miles"), direction: .south)
        #expect(abs(seven.measured.distance.metres - 13_603.4) < 0.1)
        #expect(seven.verdict == .unverifiable, "\(seven.explanation)")
        // GeoNames 90150 Tikrīt (34.61581, 43.67861, 42,477) and 97783 Bayjī (34.92915, 43.48878,
        // 173,677); geographiclib 2.1 Inverse: 38,862.3 m. "Some 30 km" misses by more.
        let tikrit = Place(id: 90150, name: "Tikrīt", coordinate: Coordinate(latitude: 34.61581, longitude: 43.67861),
                           countryCode: "IQ", population: 42477, featureCode: "PPLA")
        let baiji = Place(id: 97783, name: "Bayjī", coordinate: Coordinate(latitude: 34.92915, longitude: 43.48878),
                          countryCode: "IQ", population: 173677, featureCode: "PPL")
        let thirty = DistanceCheck(subject: baiji, reference: tikrit, stated: try StatedDistance(parsing: "some 30 km"), direction: .north)
        #expect(abs(thirty.measured.distance.metres - 38_862.3) < 0.1)
        #expect(thirty.verdict == .inconsistent, "\(thirty.explanation)")
    }

    @Test("a region named by the first words of the place's own region's name is no error")
    func regionNameCutShort() throws {
        // GeoNames 3453150 Ponta Porã lies in Mato Grosso do Sul (admin1 11), next to Mato Grosso.
        let full = try first(.containment, in: "Police patrol the border between Ponta Porã, in the Mato Grosso do Sul, and Paraguay.")
        #expect(full.claim.region == "Mato Grosso do Sul" && full.verdict == .consistent, "\(full.explanation)")
        let cut = try first(.containment, in: "Police patrol the border near Ponta Porã, in Mato Grosso, on Monday.")
        #expect(cut.verdict == .unverifiable, "\(cut.explanation)")
    }

    @Test("a street named after a city, in a state capital, is not that city in a state")
    func streetInStateCapital() throws {
        let report = try check("A man was found shot on the corner of Sufragio Street and Juarez in the state capital of Hermosillo.")
        #expect(!report.claims.contains { $0.verdict == .inconsistent }, "\(report.claims.map(\.explanation))")
        #expect(!report.claims.contains { $0.claim.region?.hasSuffix("state") == true }, "\(report.claims.map(\.claim.text))")
    }

    @Test("a past capital is no claim; a capital of part of a country, or of a region it owns, is a region's")
    func pastAndRegionalCapitals() throws {
        // Almaty was Kazakhstan's capital until 1997: true then, and nothing the gazetteer can check.
        #expect(try check("Almaty, the former capital of Kazakhstan, was quiet on Monday.").claims.allSatisfy { $0.claim.kind != .capital })
        // GeoNames 1809858 Guangzhou is the seat (PPLA) of Guangdong; China's capital is Beijing.
        for text in ["Storms hit Guangzhou, capital of south China's Guangdong province, on Sunday.",
                     "Storms hit Guangzhou, capital of south China, on Sunday."] {
            let capital = try #require(try check(text).claims.first { $0.claim.kind == .capital })
            #expect(capital.claim.isProvincialCapital && capital.verdict == .consistent, "\(capital.explanation)")
        }
        // Still a national capital claim, and wrong: the owner is the country itself.
        let wrong = try first(.capital, in: "Storms hit Guangzhou, capital of China, on Sunday.")
        #expect(wrong.verdict == .inconsistent, "\(wrong.explanation)")
    }

    @Test("border words for a city a few dozen kilometres out are loose; a village far from the border may be a namesake")
    func looseBorderWords() throws {
        // Imphal is about 55 km from the India–Myanmar line, Herat about 116 km from Iran's.
        let imphal = try first(.border, in: "Imphal, on the border between India and Myanmar, was calm.")
        #expect(imphal.verdict == .unverifiable, "\(imphal.explanation)")
        let herat = try first(.border, in: "Herat, close to the border with Iran, was calm.")
        #expect(herat.verdict == .unverifiable, "\(herat.explanation)")
        // GeoNames 309705 Karakeçili (8,468 people) lies in central Anatolia, some 400 km from
        // Syria: a village, so maybe another of the name. Kırıkkale, a city next to it, is checked.
        let village = try first(.border, in: "Karakeçili, near the border with Syria, was calm.")
        #expect(village.verdict == .unverifiable, "\(village.explanation)")
        let city = try first(.border, in: "Kırıkkale, near the border with Syria, was calm.")
        #expect(city.verdict == .inconsistent, "\(city.explanation)")
    }

    @Test("first-run alarms of batches 81 and 82: a region's position, a building in a list, a border named by its own country")
    func sealedBatchAlarms() throws {
        // "the southern Philippine province": the province's position in the country, not Marawi's in it.
        let marawi = try first(.containment, in: "Fighting broke out in Marawi in the southern Philippine province of Lanao del Sur.")
        #expect(marawi.claim.direction == nil && marawi.verdict == .consistent, "\(marawi.explanation)")
        // "… the town of Negombo and Zion Church in the eastern town of Batticaloa": Negombo is no
        // member of a list with the church.
        let churches = try check("Bombs hit St Sebastian's Church in the western coastal town of Negombo and Zion Church in the eastern town of Batticaloa.")
        #expect(churches.claims.allSatisfy { $0.verdict != .inconsistent }, "\(churches.claims.map(\.explanation))")
        // "near the Ukrainian border" in a report about Moldova: the place meant is across that
        // border; in a report about Ukraine the same words are checked (Zaporizhzhia is about 200
        // km from Russia).
        let moldova = try #require(try check("Moldovan officials said debris fell in Zaporizhzhia near the Ukrainian border. "
            + "Moldova's president spoke in Chisinau, the capital of Moldova, about Moldova.").claims.first { $0.claim.kind == .border })
        #expect(moldova.verdict == .unverifiable, "\(moldova.explanation)")
        let ukraine = try first(.border, in: "Ukrainian officials said debris fell in Zaporizhzhia near the Ukrainian border.")
        #expect(ukraine.verdict == .inconsistent, "\(ukraine.explanation)")
    }

    @Test("a direction just past its angle is loose, far past it wrong")
    func directionGreyZone() throws {
        // GeoNames 264371 Athens (37.98376, 23.72784) and 265502 Aegina (37.74667, 23.4275):
        // geographiclib 2.1 Inverse azi1 225.214°, 45.2° off "south".
        let athens = Place(id: 264371, name: "Athens", coordinate: Coordinate(latitude: 37.98376, longitude: 23.72784),
                           countryCode: "GR", population: 664046, featureCode: "PPLC")
        let aegina = Place(id: 265502, name: "Aegina", coordinate: Coordinate(latitude: 37.74667, longitude: 23.4275),
                           countryCode: "GR", population: 6867, featureCode: "PPL")
        let loose = DistanceCheck(subject: aegina, reference: athens, stated: nil, direction: .south)
        #expect(abs(loose.measured.initialBearing - 225.214) < 0.01)
        #expect(loose.verdict == .unverifiable, "\(loose.explanation)")
        // 90° off "east": wrong.
        #expect(DistanceCheck(subject: aegina, reference: athens, stated: nil, direction: .east).verdict == .inconsistent)
    }

    @Test("a border word a little past its limit is loose, far past it wrong")
    func borderGreyZone() throws {
        // Idlib lies some 30 km from the Turkish border; Homs about 150 km.
        let near = try first(.border, in: "Idlib, on the Turkish border, was shelled.")
        #expect(near.verdict == .unverifiable, "\(near.explanation)")
        let far = try first(.border, in: "Homs, on the Turkish border, was shelled.")
        #expect(far.verdict == .inconsistent, "\(far.explanation)")
    }

    @Test("a district named after its town: a village 11 km from the town is in it")
    func district() throws {
        // Kafr Nabl (GeoNames 168661) is a town of Maarat al-Numan District, Idlib.
        let claim = try #require(try check("Residents fled Kafr Nabl in the district of Maarat al-Numan.").claims.first)
        #expect(claim.claim.kind == .containment && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a place found only by a loose spelling is not called wrong; a sentence's region counts")
    func looseSpelling() throws {
        let report = try check("In northern Raqqa, shells fell on the villages of Qerma and Tal Abyad.")
        // Tall Abyad (163750) lies in Ar Raqqah governorate (GeoNames admin1 SY.04), at its north edge.
        let tal = try #require(report.claims.first { $0.claim.subject.name == "Tal Abyad" })
        #expect(tal.verdict == .consistent, "\(tal.explanation)")
        // Qerma, a village by Tal Abyad, is not in the data; the only name like it is Maharda's
        // alternate "Al Karmah", in Hama.
        let qerma = try #require(report.claims.first { $0.claim.subject.name == "Qerma" })
        #expect(qerma.verdict != .inconsistent, "\(qerma.explanation)")
    }

    @Test("a distance wrong in figure and direction at once points to a namesake, not a false claim")
    func wrongEverywhere() throws {
        // Al Qusayr (GeoNames 173322, 34.5078 N 36.5803 E, 41,062 people) lies some
        // 27 km south-west of Homs; "80 km north" is wrong in both figure and direction, so the
        // town found is doubted, not the text.
        let far = try #require(try check("Qusayr lies 80 km north of Homs.").claims.first)
        #expect(far.verdict == .unverifiable, "\(far.explanation)")
        // Cities are rarely mistaken so: Amman (250441) lies about 175 km south of Damascus.
        let cities = try #require(try check("Amman lies 50 km north of Damascus.").claims.first)
        #expect(cities.verdict == .inconsistent, "\(cities.explanation)")
        // Wrong in the figure only: a false claim.
        let short = try #require(try check("Hama lies 100 km north of Homs.").claims.first)
        #expect(short.verdict == .inconsistent, "\(short.explanation)")
    }

    @Test("a place named after a description is never called wrong on it")
    func describedPlace() throws {
        // Ankara is in Turkey: the town the text described in northern Syria is another place.
        let report = try check("Gunmen attacked a town in northern Syria. They attacked Ankara at dawn.")
        let claim = try #require(report.claims.first { $0.claim.kind == .containment })
        #expect(claim.claim.subject.name == "Ankara" && claim.verdict == .unverifiable, "\(claim.explanation)")
    }

    @Test("a provincial capital of a region the text names, its owner read whole")
    func capitals() throws {
        let report = try check("Talks were held in Erbil, capital of Iraq's Kurdistan region. Maarat al-Numan, capital of the northwestern province of Idlib, fell.")
        let erbil = try #require(report.claims.first { $0.claim.kind == .capital && $0.claim.subject.name == "Erbil" })
        #expect(erbil.verdict != .inconsistent, "not the national capital claim: \(erbil.explanation)")
        // Idlib's seat is Idlib (GeoNames 169389, PPLA), not Maarat al-Numan.
        let maarat = try #require(report.claims.first { $0.claim.kind == .capital && $0.claim.subject.name == "Maarat al-Numan" })
        #expect(maarat.verdict == .inconsistent, "\(maarat.explanation)")
    }

    @Test("'the capital' of a regional seat is its region's capital when the text names the region")
    func seatOfNamedRegion() throws {
        // Makhachkala (532096) is coded PPLA, the seat of Dagestan; Russia's capital is Moscow.
        let named = try check("Officials in Russia's Daghestan region said two men were killed near the capital, Makhachkala.")
        let capital = try #require(named.claims.first { $0.claim.kind == .capital })
        #expect(capital.verdict == .consistent && capital.explanation.contains("Daghestan"), "\(capital.explanation)")
        // Without the region, the text may mean Russia's capital: neither held nor refuted.
        let unnamed = try check("Officials said two men were killed near the capital, Makhachkala.")
        let alone = try #require(unnamed.claims.first { $0.claim.kind == .capital })
        #expect(alone.verdict == .unverifiable, "\(alone.explanation)")
    }

    @Test("a place the text calls a village is not measured as the city of its name")
    func villageNamedLikeACity() throws {
        // Kilis (307864) is a provincial seat of 111,648 people, 102.8 km from Antakya (323779)
        // (geographiclib 2.1, WGS84): called a town, the figure is wrong; called a village, the
        // village meant is likely one the gazetteer lacks.
        let town = try first(.distance, in: "Shells hit the town of Kilis, 15 km from Antakya.")
        #expect(town.verdict == .inconsistent, "\(town.explanation)")
        let village = try first(.distance, in: "Shells hit the village of Kilis, 15 km from Antakya.")
        #expect(village.verdict == .unverifiable && village.explanation.contains("village"), "\(village.explanation)")
    }

    @Test("a region after a distance places the place measured, not the one measured from")
    func regionAfterDistance() throws {
        // Tall Abyaḑ (GeoNames admin1 04, Ar Raqqah); Damascus is no place of Raqqa province.
        let report = try check("The quake struck Tal Abyad, 400 km north-east of Damascus, in Raqqa province.")
        let claim = try #require(report.claims.first { $0.claim.kind == .containment })
        #expect(claim.subject?.countryCode == "SY" && claim.claim.subject.name == "Tal Abyad" && claim.verdict == .consistent,
                "\(claim.explanation)")
    }

    @Test("a capital placed in another region of its country, or a place found by another country's name, is no error")
    func misplacedCapitalAndForeignName() throws {
        // Damascus (170654) is in the Damascus governorate; no report would put it in Homs.
        let capital = try first(.containment, in: "Crowds gathered in Damascus, in Homs province.")
        #expect(capital.verdict == .unverifiable, "\(capital.explanation)")
        // GeoNames lists "Dapu" among the names of Tai Po (1818673), Hong Kong; Chiayi county is Taiwanese.
        let foreign = try first(.containment, in: "Landslides cut roads around Dapu township in Chiayi county.")
        #expect(foreign.verdict == .unverifiable && foreign.explanation.contains("another name"), "\(foreign.explanation)")
    }

    @Test("a town placed in another country's region may be a namesake the gazetteer lacks")
    func townInAnotherCountry() throws {
        // Jarābulus (169179), 24,997 people, is in Syria's Aleppo governorate; the gazetteer has
        // no Pakistani namesake. A city as large as Aleppo would be called wrong.
        let small = try first(.containment, in: "Police raided the Jarabulus district in the Khyber Pakhtunkhwa province.")
        #expect(small.verdict == .unverifiable && small.explanation.contains("missing"), "\(small.explanation)")
        let large = try first(.containment, in: "Police raided the city of Aleppo in Gaziantep province.")
        #expect(large.verdict == .inconsistent, "\(large.explanation)")
    }
}

/// Border claims about regions, measured on outlines (issue: "Saada province borders Saudi
/// Arabia" was measured from its seat city). Truths from the governorates' and provinces'
/// descriptions: Saada and Hatay border Saudi Arabia and Syria; Sistan and Baluchestan borders
/// Afghanistan and Pakistan; Homs governorate borders Lebanon, Iraq and Jordan, not Turkey.
@Suite("Regions that border countries", .serialized)
struct RegionBorderTests {
    private func borders(_ text: String) throws -> [CheckedClaim] {
        try Verifier(index: TestGazetteer.index()).check(text).claims.filter { $0.claim.kind == .border }
    }

    @Test("a region and a country that share a border", arguments: [
        "Saada province borders Saudi Arabia.", "Hatay province, bordering Syria, took in refugees.",
    ])
    func shared(text: String) throws {
        let claim = try #require(try borders(text).first)
        #expect(claim.verdict == .consistent && claim.region != nil, "\(claim.explanation)")
    }

    @Test("each country of a list is a claim of its own")
    func list() throws {
        let claims = try borders("The quake shook the province of Sistan-Baluchestan, which borders Afghanistan and Pakistan.")
        #expect(claims.map(\.claim.countries) == [["Afghanistan"], ["Pakistan"]])
        #expect(claims.allSatisfy { $0.verdict == .consistent })
    }

    @Test("a region far from the country named does not border it")
    func apart() throws {
        let claim = try #require(try borders("Homs province borders Turkey.").first)
        #expect(claim.verdict == .inconsistent, "\(claim.explanation)")
        #expect((claim.measured?.distance.metres ?? 0) > 100_000)
    }
}

/// Verdicts where the reading, not the text, is the guess: a region measured from the seat it is
/// named after, a distance from a place left unsaid, a namesake that no reporter's slip explains,
/// a capital of something the boundaries do not know. None may call a claim wrong.
@Suite("Verdicts on readings", .serialized)
struct ReadingVerdictTests {
    private func first(_ text: String, _ kind: ClaimKind) throws -> CheckedClaim {
        try #require(try check(text).claims.first { $0.claim.kind == kind })
    }

    @Test("a reading holds where it fits, and is never called wrong where it does not", arguments: [
        // A region named after its seat, from the seat (Idlib city for Idlib province).
        ("Shells fell in Idlib province, about 55 km southwest of Aleppo.",
         "Shells fell in Idlib province, about 250 km southwest of Aleppo.", ClaimKind.distance, "seat of"),
        // A direction to a region, from its centre: Hatay (seat Antakya) lies south-west of Gaziantep.
        ("Refugees crossed into Hatay province, southwest of Gaziantep.",
         "Refugees crossed into Hatay province, north of Gaziantep.", .direction, "centre of Hatay"),
        // A place left unsaid: the one named before. Latakia lies 123.6 km north-west of Homs
        // (GeoNames 173576 and 169577, geographiclib 2.1 azi1 -43.3°): wrong from Homs, but Homs
        // is only a reading.
        ("The convoy left Homs for Hama, some 45 km to the north.",
         "The convoy left Homs for Latakia, some 40 km to the south.", .distance, "from Homs"),
        // The place a setting follows: "Hatay" alone is also Antakya's name, 90 km from Aleppo.
        ("Crowds gathered in Reyhanli, Hatay, about 60 km west of Aleppo.",
         "Crowds gathered in Reyhanli, Hatay, about 200 km west of Aleppo.", .distance, "read as about Reyhanli"),
        // A district the gazetteer lacks, by the town it is named after.
        ("Shelling hit Manbij District, about 80 km northeast of Aleppo.",
         "Shelling hit Manbij District, about 80 km southwest of Aleppo.", .distance, "measured by its town"),
    ])
    func readings(fitting: String, missing: String, kind: ClaimKind, note: String) throws {
        let fits = try first(fitting, kind)
        #expect(fits.verdict == .consistent && fits.explanation.contains(note), "\(fits.explanation)")
        let off = try first(missing, kind)
        #expect(off.verdict == .unverifiable && off.explanation.contains(note), "\(off.explanation)")
    }

    @Test("the place a reading takes", arguments: [
        // Reyhanlı (GeoNames 302355), not Hatay; Manbij (167357) for its district and for a
        // subdistrict the gazetteer lacks, read after it.
        ("Crowds gathered in Reyhanli, Hatay, about 60 km west of Aleppo.", 302355),
        ("Shelling hit Manbij District, about 80 km northeast of Aleppo.", 167357),
        ("Manbij is located in Qasr Sharif Subdistrict, about 80 km northeast of Aleppo.", 167357),
    ])
    func readingSubject(text: String, id: Int) throws {
        let claim = try first(text, .distance)
        #expect(claim.subject?.id == id && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("what the readings measure", arguments: [
        // GeoNames 169389 Idlib (35.93062, 36.63393) from 170063 Aleppo (36.20124, 37.16117):
        // geographiclib 2.1 Inverse 56,193.9 m.
        ("Shells fell in Idlib province, about 55 km southwest of Aleppo.", 56_193.9),
        // GeoNames 170017 Ḩamāh (35.13179, 36.75783) from 169577 Homs (34.72405, 36.72559):
        // geographiclib 2.1 Inverse 45,330.2 m.
        ("The convoy left Homs for Hama, some 45 km to the north.", 45_330.2),
        // Reyhanlı (GeoNames 302355, 36.26791 N 36.56747 E) from Aleppo: geographiclib 2.1
        // Inverse 53,881.4 m, azi1 -81.9°.
        ("Crowds gathered in Reyhanli, Hatay, about 60 km west of Aleppo.", 53_881.4),
        // Manbij (GeoNames 167357, 36.52815 N 37.95495 E) from Aleppo: geographiclib 2.1 Inverse
        // 79,943.0 m, azi1 62.8°.
        ("Shelling hit Manbij District, about 80 km northeast of Aleppo.", 79_943.0),
    ])
    func measured(text: String, metres: Double) throws {
        let claim = try first(text, .distance)
        #expect(abs((claim.measured?.distance.metres ?? 0) - metres) < 5)
    }

    @Test("a figure off more than twentyfold points to a namesake, not a false claim")
    func twentyfold() throws {
        // The gazetteer's Palma (GeoNames 2512989) is on Mallorca, some 2,900 km from Aleppo.
        let claim = try first("Palma, about 40 km from Aleppo, was quiet.", .distance)
        #expect(claim.verdict == .unverifiable && claim.explanation.contains("may not be the ones meant"), "\(claim.explanation)")
    }

    @Test("a border with a country the found place's country does not touch points to a namesake")
    func borderElsewhere() throws {
        let claim = try first("Palma, around 30 kilometres from the border with Tanzania, was cut off.", .border)
        #expect(claim.verdict == .unverifiable, "\(claim.explanation)")
    }

    @Test("the capital of something neither a country nor a region is unverifiable, not the country's")
    func unknownOwner() throws {
        let claim = try first("Manbij, the capital of Shahba, was calm.", .capital)
        #expect(claim.verdict == .unverifiable, "\(claim.explanation)")
    }

    @Test("'the capital of X' holds when X is the capital, and is dropped otherwise")
    func capitalOf() throws {
        #expect(try check("Buses left for the capital of Damascus at dawn.").claims.first?.verdict == .consistent)
        // Syria is a country and Aleppo no capital: neither reading holds, so nothing is reported.
        #expect(try check("Buses left for the capital of Syria at dawn.").claims.isEmpty)
        #expect(try check("Buses left for the capital of Aleppo at dawn.").claims.isEmpty)
    }

    @Test("words that name a people make no claim")
    func people() throws {
        #expect(try check("Gunmen attacked a bus carrying Coptic Christians in central Egypt.").claims.isEmpty)
    }

    @Test("a scene the sentence sets ('in northern Syria') places the town it names after; never called wrong")
    func positionScene() throws {
        // Azaz (GeoNames 172082 I‘zāz, 36.58662 N) lies on Syria's northern edge (Natural Earth's Syria
        // runs from 32.3 N to 37.3 N).
        let north = try check("Clashes broke out in northern Syria on Monday as rebels entered the town of Azaz.").claims
        #expect(north.count == 1 && north.first?.claim.kind == .position && north.first?.verdict == .consistent,
                "\(north.map(\.explanation))")
        #expect(north.first?.explanation.contains("the text sets it in northern Syria") == true)
        // In the south it is not: a guess about the text, so nothing is reported.
        #expect(try check("Clashes broke out in southern Syria on Monday as rebels entered the town of Azaz.").claims.isEmpty)
        // "northern and eastern Syria": the town may be in either part.
        #expect(try check("Clashes broke out in northern and eastern Syria as rebels entered the town of Azaz.").claims.isEmpty)
        // A scene set in a sentence before is not carried: on published news such readings were
        // more often a claim the text never made than one a fact-checker would check.
        #expect(try check("Clashes broke out in northern Syria on Monday. Rebels later entered the town of Azaz.").claims.isEmpty)
    }

    @Test("a position just past the line is loose, far past it wrong")
    func positionGreyZone() throws {
        // Bannu (GeoNames 1183460, 32.98527 N 70.60403 E) lies 60 % of the way east and 70 % of the
        // way north across Natural Earth's Pakistan, just east of the western 60 % that
        // "northwest" takes; Karachi (1174872, 24.8608 N 67.0104 E) lies 9 % of the way north.
        let bannu = try first("Bannu, a town in northwest Pakistan, was hit.", .containment)
        #expect(bannu.verdict == .unverifiable && bannu.explanation.contains("too close to call it wrong"), "\(bannu.explanation)")
        let karachi = try first("Karachi, a city in northwest Pakistan, was hit.", .containment)
        #expect(karachi.verdict == .inconsistent, "\(karachi.explanation)")
    }

    @Test("'the capital' of a country whose ISO code news uses as a word (MA, CO)")
    func capitalByCode() throws {
        // GeoNames 2544571 Kenitra (34.2610, -6.5802) from 2538475 Rabat (34.01325, -6.83255):
        // geographiclib 2.1 Inverse 36,014.7 m, azi1 40.2°.
        let kenitra = try first("Kenitra, 40 km north of the capital, was flooded.", .distance)
        #expect(kenitra.reference?.id == 2538475 && kenitra.verdict == .consistent, "\(kenitra.explanation)")
        #expect(abs((kenitra.measured?.distance.metres ?? 0) - 36_014.7) < 5)
        // GeoNames 3674962 Medellín from 3688689 Bogotá.
        let medellin = try first("Medellin, 250 km northwest of the capital, was flooded.", .distance)
        #expect(medellin.reference?.id == 3688689, "\(medellin.explanation)")
    }

    @Test("an unnamed capital by its owner is the country's capital")
    func ownersCapital() throws {
        // GeoNames 1145352 Charikar (35.01361, 69.17139) from 1138958 Kabul (34.52813, 69.17233):
        // geographiclib 2.1 Inverse 53.9 km, azi1 -0.1°.
        let claim = try first("Rebels captured Charikar, about 60 km north of Afghanistan's capital.", .distance)
        #expect(claim.reference?.id == 1138958 && claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a country placed like a town is a misreading: nothing is reported")
    func countryAsSubject() throws {
        #expect(try check("Fighting spread to Syria, located north of Amman.").claims.isEmpty)
        #expect(try check("Saada province, which borders Saudi Arabia in northwestern Yemen, was bombed.").claims
            .allSatisfy { $0.claim.kind == .border })
    }

    @Test("a distance to an unnamed border: longer than the nearest may be to another; shorter is wrong")
    func unnamedBorder() throws {
        // Aleppo lies some 45 km from the Turkish border, its nearest.
        let longer = try first("Aleppo, around 300 km from the border, was calm.", .border)
        #expect(longer.verdict == .unverifiable && longer.explanation.contains("does not say which border"), "\(longer.explanation)")
        let shorter = try first("Aleppo, around 5 km from the border, was calm.", .border)
        #expect(shorter.verdict == .inconsistent, "\(shorter.explanation)")
    }

    @Test("a district a country owns ('Syria's Azaz district') lies in the country, not in a city")
    func countryOwnsDistrict() throws {
        let claim = try first("Shelling hit Syria's northern Azaz district.", .containment)
        #expect(claim.verdict == .consistent && claim.region?.kind == .country, "\(claim.explanation)")
    }

    @Test("'It' read as the place named before is never grounds for 'inconsistent'; a place measured from itself is dropped")
    func readingsOfIt() throws {
        // Homs lies 140.5 km from Damascus: 300 km is wrong for Homs, but "it" may be something else.
        let it = try first("The convoy reached Homs on Monday. It lies 300 km north of Damascus.", .distance)
        #expect(it.verdict == .unverifiable && it.explanation.contains("read as Homs"), "\(it.explanation)")
        #expect(try check("Homs, 20 km north of Homs, was calm.").claims.isEmpty)
    }

    @Test("a place just outside a first-level region is too close to its edge to call it wrong")
    func regionEdge() throws {
        // Pasay (GeoNames 1694611) borders the City of Manila; Natural Earth draws them as two units.
        let claim = try first("Floods hit Manila's Pasay city.", .containment)
        #expect(claim.verdict == .unverifiable && claim.explanation.contains("too close to its edge"), "\(claim.explanation)")
    }

    @Test("a border 'with' the place's own country is a region's border: unverifiable; its own country's border is checked")
    func ownCountryBorder() throws {
        let state = try first("Azaz, near the Aleppo border with Syria, was calm.", .border)
        #expect(state.verdict == .unverifiable && state.explanation.contains("within Syria"), "\(state.explanation)")
        let own = try first("Kilis, near the Turkish border, was calm.", .border)
        #expect(own.verdict == .consistent, "\(own.explanation)")
    }

    @Test("a name after a Romance article is no organisation: 'La Union' is a province")
    func romanceArticle() throws {
        // Ilocos Sur lies north of La Union on Luzon's west coast (Natural Earth admin-1 centres).
        let claim = try first("The storm hit Ilocos Sur province north of La Union.", .direction)
        #expect(claim.verdict == .consistent, "\(claim.explanation)")
    }

    @Test("a unit 'of the X province' lies in the province")
    func unitOfProvince() throws {
        // Chingola (GeoNames 919009) is in Copperbelt province (GeoNames admin1 ZM.08).
        let claim = try first("The mine is near Chingola, a municipality of the Copperbelt province.", .containment)
        #expect(claim.verdict == .consistent && claim.subject?.name == "Chingola", "\(claim.explanation)")
    }

    @Test("a city's district beyond the city lies in the province named after it; a neighbourhood does not")
    func districtOfProvince() throws {
        // ‘Afrīn (GeoNames 174186) lies some 40 km north-west of Aleppo city, in Aleppo governorate (SY.09).
        let afrin = try first("Shelling hit Aleppo's Afrin district.", .containment)
        #expect(afrin.verdict == .consistent && afrin.explanation.contains("names its province too"), "\(afrin.explanation)")
        // Baba Amr is a quarter of Homs: "Aleppo's" cannot be its province.
        let babaAmr = try first("Shelling hit Aleppo's Baba Amr neighbourhood.", .containment)
        #expect(babaAmr.verdict != .consistent && !babaAmr.explanation.contains("names its province"), "\(babaAmr.explanation)")
    }

    @Test("'the Hatay town of Reyhanli' sets the town in the region; a people's name sets nothing")
    func regionTown() throws {
        // Reyhanlı (GeoNames 302355) is in Hatay (TR.31).
        let reyhanli = try first("Crowds filled the Hatay town of Reyhanli.", .containment)
        #expect(reyhanli.verdict == .consistent, "\(reyhanli.explanation)")
        #expect(try check("Crowds filled the Kurdish city of Qamishli.").claims.isEmpty)
    }

    @Test("a tentative setting is reported when it holds, dropped when it does not")
    func tentative() throws {
        let holds = try check("Crowds gathered in Kilis, Turkey, on Sunday.").claims
        #expect(holds.count == 1 && holds.first?.verdict == .consistent)
        // Kilis is not in Greece: a list or an aside, not a setting; nothing to report.
        #expect(try check("Crowds gathered in Kilis, Greece, on Sunday.").claims.isEmpty)
    }

    @Test("a town of a name many places bear, found outside the province named, is taken for a namesake")
    func commonNameNamesake() throws {
        // GeoNames has five places named Gölcük in Turkey (the largest, 746666, 56,189 people, in
        // Kocaeli; the others villages under the admin1 codes 10, 16, 63 and 73) and none in
        // Konya province (71): the text's Gölcük is one the gazetteer lacks.
        let golcuk = try first("Floods cut the road to Gölcük in Konya province.", .containment)
        #expect(golcuk.verdict == .unverifiable && golcuk.explanation.contains("5 places in the gazetteer are named"), "\(golcuk.explanation)")
        // A city of a name no other place bears is still called wrong: Homs is not in Aleppo.
        let homs = try first("The rally was held in Homs, in Aleppo province.", .containment)
        #expect(homs.verdict == .inconsistent, "\(homs.explanation)")
    }

    @Test("a part of the country left unnamed may be the separate part the place lies on")
    func unnamedFrameOnSeparatePart() throws {
        // GeoNames 281133 Gaza (31.50 N) and 281102 Rafah (31.30 N) lie on the Gaza Strip, which
        // spans about 31.22–31.60 N (Natural Earth); both are west of the West Bank, Palestine's
        // larger part.
        let gaza = try first("Residents of Gaza City in the north reported shelling.", .position)
        #expect(gaza.verdict == .consistent && gaza.explanation.contains("around Gaza"), "\(gaza.explanation)")
        let rafah = try first("Residents of Rafah in the north reported shelling.", .position)
        #expect(rafah.verdict == .inconsistent, "\(rafah.explanation)")
        // A country named keeps its whole: the Strip is not "northern Palestine".
        let named = try first("Gaza City, in northern Palestine, reported shelling.", .containment)
        #expect(named.verdict != .consistent, "\(named.explanation)")
    }

    @Test("a district capital is a second-level seat: the code where GeoNames has it, never a wrong claim without")
    func districtCapital() throws {
        // GeoNames 746666 Gölcük is coded PPLA2 (the seat of Gölcük district, Kocaeli);
        // 1024699 Mocímboa da Praia, the seat of its district in Cabo Delgado, has no seat code.
        let golcuk = try first("Gölcük, a district capital on the Gulf of İzmit, was shaken.", .capital)
        #expect(golcuk.verdict == .consistent, "\(golcuk.explanation)")
        let mocimboa = try first("The attack on Mocímboa da Praia, a district capital, was the first in years.", .capital)
        #expect(mocimboa.verdict == .unverifiable, "\(mocimboa.explanation)")
    }

    @Test("an unnamed capital a claim fails from, but holds from the subject's provincial capital, leaves it unverifiable")
    func unnamedCapitalMayBeProvincial() throws {
        // GeoNames Saraqib (35.86 N, 36.80 E) lies at about 10° from Damascus (33.51 N, 36.29 E)
        // and at about 117° from Idlib (35.93 N, 36.63 E), the seat of its province (geographiclib).
        let unnamed = try first("Saraqib, which lies east of the capital, was shelled.", .direction)
        #expect(unnamed.verdict == .unverifiable && unnamed.explanation.contains("Idlib"), "\(unnamed.explanation)")
        // Named, the capital is Damascus, and the direction is wrong.
        let named = try first("Saraqib, which lies east of the capital, Damascus, was shelled.", .direction)
        #expect(named.verdict == .inconsistent, "\(named.explanation)")
    }

    @Test("a region name Natural Earth also gives another region as a former name means the region so called")
    func regionNameOfTwoRegions() throws {
        // GeoNames 379303 Al-Junaynah is the seat (PPLA) of Western Darfur; Natural Earth lists
        // "West Darfur" as a name of both Western Darfur and Central Darfur (seat Zalinjay).
        let geneina = try first("El Geneina, capital of West Darfur, was hit.", .capital)
        #expect(geneina.verdict == .consistent, "\(geneina.explanation)")
        // The same name as a place's setting looks the place up in Western Darfur.
        let setting = try first("Geneina, in West Darfur state, was hit.", .containment)
        #expect(setting.verdict == .consistent && setting.subject?.id == 379303, "\(setting.explanation)")
    }

    @Test("a unit a list names as such ('the counties of A and B') is measured by its town only as a reading")
    func unitsNamedByList() throws {
        // GeoNames: Mandera town lies on the Kenya–Somalia border; Garissa town (GeoNames 197745)
        // about 150 km from it, while Garissa county reaches the border (Kenya's 2010 county map).
        let found = try check("Kenya's counties of Mandera and Garissa on the border have been hit by attacks.").claims
        #expect(found.count == 2 && !found.contains { $0.verdict == .inconsistent }, "\(found.map(\.explanation))")
        // A town named as a town is still checked: Garissa is no border town.
        let town = try first("Gunmen attacked the town of Garissa on the border with Somalia.", .border)
        #expect(town.verdict == .inconsistent, "\(town.explanation)")
    }
}
