import Geodesy
import Testing
@testable import Verification

/// Constructions met in batches 7 and 8 of the real-text evaluation, in sentences written for
/// the project: a place's position said through its owner, chains of settings, distances from
/// a place the text leaves unsaid, places a text sets in a region it named before, and
/// tentative "X, Y" settings.
@Suite("Reading owners, settings and unsaid references")
struct DiscourseReadingTests: ExtractionProbe {
    @Test("a region's position through its owner", arguments: [
        ("Gunmen raided villages in Nigeria's north-central Plateau State.", "Plateau State", nil as CompassDirection?, true, "Nigeria"),
        ("Drones struck Russia's southwest Kursk region overnight.", "Kursk region", .southwest, false, "Russia"),
        ("Troops poured into Pakistan's northwest province of Khyber Pakhtunkhwa.", "Khyber Pakhtunkhwa province", .northwest, false, "Pakistan"),
        ("Rain flooded northwest Syria's Idlib province.", "Idlib province", .northwest, false, "Syria"),
        ("Fighting raged in western Sudan's Darfur.", "Darfur", .west, false, "Sudan"),
        ("Herders fled Northwest Nigeria's Zamfara State.", "Zamfara State", .northwest, false, "Nigeria"),
    ])
    func ownedPositions(text: String, subject: String, direction: CompassDirection?, central: Bool, owner: String) throws {
        let claim = try only(text, .position)
        #expect(claim.subject.name == subject && claim.direction == direction && claim.isCentral == central, "\(claim)")
        #expect(claim.countries == [owner])
    }

    @Test("'in southern X state' places the place in the region, not the region in its country")
    func partOfRegion() {
        // Borno is north-eastern Nigeria; "southern Borno" is its south, not a southern state.
        #expect(claims("Gunmen killed ten in Damboa, in southern Borno state.").allSatisfy { $0.kind != .position })
    }

    @Test("an owner's capital and an owner's town")
    func ownedCapitalAndTown() throws {
        let capital = try only("Monsoon rains flooded Sichuan's capital city of Chengdu.", .capital)
        #expect(capital.subject.name == "Chengdu" && capital.countries == ["Sichuan"])
        let town = try only("Crowds gathered in Iraq's Basra city.", .containment)
        #expect(town.subject.name == "Basra" && town.region == "Iraq")
        // A region in its country is read, and reported only when it holds (the owner may be no country).
        let region = try only("Shelling hit Turkey's Hatay province.", .containment)
        #expect(region.subject.name == "Hatay province" && region.region == "Turkey" && region.reportsOnlyIfHolds)
        let ofCountry = try only("A mudflow hit the Issyk-Kul region of Kyrgyzstan.", .containment)
        #expect(ofCountry.subject.name == "Issyk-Kul region" && ofCountry.region == "Kyrgyzstan" && ofCountry.reportsOnlyIfHolds)
        // As the setting of another place's claim, it is that claim's.
        #expect(claims("Reyhanli, in Turkey's Hatay province, hosts a camp.").count == 1)
    }

    @Test("'X in the north': a position in the place's own country")
    func inTheNorth() throws {
        let found = claims("The rebels hold Qamishli in the northeast and Daraa in the south.").filter { $0.kind == .position }
        #expect(found.map(\.subject.name) == ["Qamishli", "Daraa"])
        #expect(found.map(\.direction) == [.northeast, .south])
    }

    @Test("a chain of settings leads back to the place it describes")
    func settingChain() throws {
        let text = "The raid on the hamlet of Tell Rifaat, in the area of Azaz, in the district of Afrin, located about 35 km from the city of Aleppo, ended at noon."
        let claim = try only(text, .distance)
        #expect(claim.subject.name == "Tell Rifaat" && claim.reference?.name == "Aleppo")
        let nested = try only("The clinic is situated in Binnish in the northern part of Idlib province, about 60 km from Aleppo.", .distance)
        #expect(nested.subject.name == "Binnish")
    }

    @Test("a distance from a place left unsaid: the one named before, marked as a reading")
    func impliedReference() throws {
        let same = try only("The convoy left Homs for Hama, some 47 km to the north.", .distance)
        #expect(same.subject.name == "Hama" && same.reference?.name == "Homs" && same.reference?.isDescription == true)
        #expect(same.direction == .north)
        let before = try only("The rebels took Saraqib. They may push on to Idlib, the provincial capital about 20 km to the west.", .distance)
        #expect(before.subject.name == "Idlib" && before.reference?.name == "Saraqib")
        let away = try only("Clashes hit Saraqib. A similar raid struck Binnish, about 10 kilometres away.", .distance)
        #expect(away.subject.name == "Binnish" && away.reference?.name == "Saraqib" && away.direction == nil)
        let further = try only("Shells fell on Azaz. In Tell Rifaat, 15 kilometres further south, homes burned.", .distance)
        #expect(further.subject.name == "Tell Rifaat" && further.reference?.name == "Azaz" && further.direction == .south)
        // A place after the figure is the subject of another reading, not this one.
        #expect(claims("About 70 km to the northeast in Manbij, shops reopened.").allSatisfy { $0.kind != .distance })
    }

    @Test("a place set in a region by a bare name after its comma, tentatively; never in a list")
    func tentativeSetting() throws {
        let claim = try only("Crowds gathered in Kilis, Turkey, on Sunday.", .containment)
        #expect(claim.isTentative && claim.subject.name == "Kilis" && claim.region == "Turkey")
        #expect(claims("Delegates came from Aleppo, Homs and Hama.").isEmpty)
        #expect(claims("Buses ran to Aleppo, Homs, Hama and Idlib on Monday.").isEmpty)
        // The second name is the subject of its own claim.
        #expect(claims("Officials flew to the capital of Turkey, Ankara.").allSatisfy { $0.kind == .capital })
        // A dateline is where the report comes from, not a claim.
        #expect(claims("ALEPPO, Syria (AP) — Shops reopened on Monday.").isEmpty)
    }

    @Test("places introduced with a settlement noun are set in the region named before them")
    func discourseSettings() throws {
        let found = claims("Fighting spread across Idlib province. Rebels took the towns of Saraqib and Binnish.")
        #expect(found.map(\.subject.name) == ["Saraqib", "Binnish"])
        #expect(found.allSatisfy { $0.kind == .containment && $0.isTentative && $0.region == "Idlib province" })
        let listed = claims("Gunmen raided the Kafr Nabl and Hass villages in Idlib province.")
        #expect(Set(listed.map(\.subject.name)) == ["Kafr Nabl", "Hass"])
        // Three sentences on, the region no longer sets the scene.
        #expect(claims("Fighting spread across Idlib province. Prices rose. Schools shut. Shops closed. Rebels took the towns of Saraqib and Binnish.").isEmpty)
    }

    @Test("other readings from batch 7 and 8 sentences", arguments: [
        ("Miran Shah, the main town of North Waziristan, was quiet.", ClaimKind.containment, "Miran Shah"),
        ("Gunmen hit the town of Kilis near Syria border, police said.", .border, "Kilis"),
        ("Rivers rose in Ceyhan, Adana Province, east of Tarsus, on Sunday.", .direction, "Ceyhan"),
        ("Bombs hit Akcakale, a tough border town.", .border, "Akcakale"),
        ("Troops reached the Mora military base in northern Cameroon.", .containment, "Mora"),
        ("A man from western Afghan city of Herat spoke.", .position, "Herat"),
        ("Marib, about 120km east of the Houthi-held capital Sanaa, fell.", .distance, "Marib"),
        ("Afrin district, about 40 kilometers northwest of the city of Aleppo, was shelled.", .distance, "Afrin"),
        ("Shabaab held the southern seaport of Kismayo.", .position, "Kismayo"),
        ("Inmates rioted in Homs prison, 45 km south of Hama.", .distance, "Homs"),
        ("Ships docked at Latakia, a busy Mediterranean port city about 180 km north of Beirut.", .distance, "Latakia"),
        ("The Bab al-Hawa border crossing is about 30 km west of Aleppo.", .distance, "Bab al-Hawa"),
        ("Clashes spread around Tartus, on the Mediterranean coast about 70 km south of Latakia.", .distance, "Tartus"),
        ("Shells hit Jarablus, a small town along the Euphrates River, 110 km northeast of Aleppo.", .distance, "Jarablus"),
    ])
    func otherReadings(text: String, kind: ClaimKind, subject: String) throws {
        let claim = try only(text, kind)
        #expect(claim.subject.name == subject, "\(claim.text)")
    }

    @Test("a position said of a list: each place of it")
    func positionList() {
        let found = claims("Floods hit the north-central provinces of Hama, Homs and Idlib.")
        #expect(found.map(\.subject.name) == ["Hama province", "Homs province", "Idlib province"])
        #expect(found.allSatisfy { $0.kind == .position && $0.isCentral })
    }

    @Test("a unit's noun between a place and its setting")
    func unitNoun() throws {
        let apposition = try only("Troops held Afrin district, Aleppo province, for a week.", .containment)
        #expect(apposition.subject.name == "Afrin" && apposition.region == "Aleppo province")
        let setting = try only("Gunmen ambushed a patrol in Harem district, in Idlib province, at dawn.", .containment)
        #expect(setting.subject.name == "Harem district" && setting.region == "Idlib province")
    }

    @Test("a second figure after a comma and 'and' keeps the first one's subject")
    func coordinatedAfterComma() {
        let found = claims("Shelling hit Azaz, located 45 km north of the city, Aleppo, and some six kilometres from the border with Turkey.")
        #expect(found.first { $0.kind == .border }?.subject.name == "Azaz")
    }

    @Test("a country's name before 'capital' is the owner, the name after it the capital")
    func countryCapital() throws {
        let claim = try only("Kulob lies 200 km southeast of the Tajikistan capital Dushanbe.", .distance)
        #expect(claim.reference?.name == "Dushanbe")
    }

    @Test("'the capital of X' names X as the capital, tentatively")
    func capitalOfCity() throws {
        let claim = try only("Buses left for the capital of Damascus at dawn.", .capital)
        #expect(claim.subject.name == "Damascus" && claim.isTentative)
    }

    @Test("'the republic's capital' and 'the region capital' are a region's")
    func regionalCapitals() throws {
        let claim = try only("The village lies 30 km south of the republic's capital, Makhachkala.", .capital)
        #expect(claim.subject.name == "Makhachkala" && claim.isProvincialCapital)
        let region = try only("Shelling hit a village 90 km southeast of the region capital, Sumy.", .capital)
        #expect(region.subject.name == "Sumy" && region.isProvincialCapital)
    }

    @Test("a relative clause after 'X, the capital city of Y' is about X")
    func appositionHead() throws {
        let text = "Tremors shook Aleppo, the capital city of the governorate, which is about 45 km south of Azaz."
        let claim = try only(text, .distance)
        #expect(claim.subject.name == "Aleppo" && claim.reference?.name == "Azaz")
        // Alone, "the capital city of Gansu" names no city.
        #expect(claims("Lanzhou, the capital city of Gansu, was shaken.").map(\.subject.name) == ["Lanzhou"])
    }

    @Test("a figure from 'the capital of X' does not make the subject a capital; an opening noun is no place")
    func notCapitals() {
        #expect(claims("Kilis, which is about 60 km from the capital of Gaziantep, was calm.")
            .allSatisfy { $0.kind != .capital || $0.subject.name != "Kilis" })
        #expect(claims("Unrest in Turkey's Hatay province spread.").allSatisfy { $0.kind == .containment && $0.reportsOnlyIfHolds })
    }

    @Test("an article inside ends a phrase: 'X, became the capital' is no apposition")
    func articleEndsPhrase() {
        #expect(claims("Abuja, about 760 km from Lagos, became the capital in 1991.").allSatisfy { $0.kind != .capital })
    }

    @Test("a scene set in part of a place places the places the sentence names after it, not the next sentence's")
    func positionScenes() throws {
        let text = "Floods swept southwestern Haiti on Sunday, cutting two bridges in Jérémie and the road to the village of Dame-Marie. "
            + "Crews then cleared the road at Les Cayes."
        let found = claims(text).filter { $0.kind == .position }
        // Les Cayes comes a sentence later: the scene is not carried to it.
        #expect(found.map(\.subject.name) == ["Jérémie", "Dame-Marie"])
        #expect(found.allSatisfy { $0.isTentative && $0.direction == .southwest && $0.countries == ["Haiti"] })
        #expect(claims("Troops moved in the north of Iraq. They entered Tal Afar.").allSatisfy { $0.kind != .position })
        let north = try only("Troops moved in the north of Iraq and entered Tal Afar.", .position)
        #expect(north.subject.name == "Tal Afar" && north.direction == .north)
        // A region with its noun is a containment setting, an owner's part no scene.
        // (The region's own position is a tentative reading of its own: see NameFormTests.)
        #expect(claims("Rain fell in northern Idlib province. It hit Binnish.").allSatisfy { $0.kind != .position || $0.subject.name != "Binnish" })
        // A district is a place in the scene; a first-level region is not.
        let district = try only("A manhunt went on in northeastern Thailand after the shooting in Ban Dung district.", .position)
        #expect(district.subject.name == "Ban Dung")
        #expect(claims("A manhunt went on in northeastern Thailand after the shooting in Udon Thani province.").allSatisfy { $0.kind != .position })
    }

    @Test("a conversion in square brackets is skipped like one in round brackets; a town's noun before an apposition")
    func bracketsAndNouns() throws {
        let claim = try only("Shells fell on Idlib, 55km [34 miles] southwest of Aleppo.", .distance)
        #expect(claim.distance?.distance.metres == 55_000 && claim.reference?.name == "Aleppo")
        // (Besides the tentative reading of "the capital of West Sumatra" as naming a city.)
        let found = claims("The quake was felt in Padang city, the capital of West Sumatra.").filter { $0.kind == .capital && !$0.isTentative }
        #expect(found.map(\.subject.name) == ["Padang"] && found.first?.countries == ["West Sumatra"])
    }
    @Test("an unnamed capital by its owner; a town's noun after a setting preposition; 'the port city of X' is no anaphora")
    func referencesAndSubjects() throws {
        let owner = try only("Rebels captured Charikar, about 60 km north of Afghanistan's capital.", .distance)
        #expect(owner.subject.name == "Charikar" && owner.reference?.capitalOf == "Afghanistan")
        let adjective = try only("Floods hit Vahdat, 20 km east of the Tajikistan capital.", .distance)
        #expect(adjective.reference?.capitalOf == "Tajikistan")
        let town = try only("Ten died in an attack on Elwak town, about 436 km south of the capital, Mogadishu.", .distance)
        #expect(town.subject.name == "Elwak" && town.reference?.name == "Mogadishu")
        let port = try only("The epicentre lay under Balao, around 140 km south of the port city of Guayaquil.", .distance)
        #expect(port.reference?.name == "Guayaquil" && port.reference?.isDescription == false)
    }
    @Test("a border without its article, and 'the country's border with X'")
    func borderWordings() throws {
        let bare = try only("Przewodow lies close to border with Ukraine.", .border)
        #expect(bare.subject.name == "Przewodow" && bare.countries == ["Ukraine"] && bare.borderRelation == .near)
        let own = try only("Gunmen struck Koury, near the country's border with Burkina Faso.", .border)
        #expect(own.subject.name == "Koury" && own.countries == ["Burkina Faso"] && own.borderRelation == .near)
    }
    @Test("a reference by its owner's town or a described country's capital; a population inside an aside")
    func ownedReferences() throws {
        let city = try only("Police were deployed to Kerou, some 370 miles north of Benin's largest city Cotonou.", .distance)
        #expect(city.subject.name == "Kerou" && city.reference?.name == "Cotonou" && city.reference?.countryHint == "Benin")
        let capital = try only("Miners died near Bogoso some 300 km west of the mineral-rich West African country's capital Accra.", .distance)
        #expect(capital.reference?.name == "Accra")
        let aside = try only("Kocani, a town of 30,000 inhabitants located about 100 km from the capital, Skopje, mourned.", .distance)
        #expect(aside.subject.name == "Kocani" && aside.reference?.name == "Skopje")
    }
    @Test("a list ends with 'and' or 'or'; a border after a distance is the distance's subject's; an owner's port city")
    func listsAndBorders() throws {
        let border = claims("Troops reached the border town of Azaz, Kilis officials said.").filter { $0.kind == .border }
        #expect(border.map(\.subject.name) == ["Azaz"])
        let listed = claims("Shells hit the villages of Qerma, Qazali, Bagdik and the M4 highway.").filter { $0.kind == .position || $0.kind == .containment }
        #expect(listed.isEmpty || listed.count == 3)
        let near = try only("Rebels attacked Nauta, 860 km northeast of Lima near the border with Ecuador.", .border)
        #expect(near.subject.name == "Nauta" && near.countries == ["Ecuador"])
        let port = try only("Protests spread to Bafoussam, about 200 km north of Cameroon's main port city of Douala.", .distance)
        #expect(port.reference?.name == "Douala")
        // "It" is a reading; "the city" names the place the text was about.
        let it = try only("The convoy reached Homs on Monday. It lies 160 km north of Damascus.", .distance)
        #expect(it.subject.name == "Homs" && it.subject.isDescription)
    }
    @Test("a state capital, an owner's list of districts, a unit without its article, a suburb's side of its city")
    func unitsAndSuburbs() throws {
        let capital = try only("Gunmen struck Morelia, the state capital, on Monday.", .capital)
        #expect(capital.subject.name == "Morelia" && capital.isProvincialCapital)
        let districts = claims("Gunmen attacked Aden's districts of Khor Maksar, Crater and Moalla.").filter { $0.kind == .containment }
        #expect(districts.map(\.subject.name) == ["Khor Maksar", "Crater", "Moalla"] && districts.allSatisfy { $0.reference?.name == "Aden" })
        let area = try only("Bandits raided villages in Zurmi area of Zamfara.", .containment)
        #expect(area.subject.name == "Zurmi" && area.reference?.name == "Zamfara")
        let suburb = try only("Clashes erupted in Tajoura, an eastern suburb of Tripoli.", .direction)
        #expect(suburb.subject.name == "Tajoura" && suburb.reference?.name == "Tripoli" && suburb.direction == .east)
    }
    @Test("'A, B and C, all provinces bordering X' and 'the southeast village of X'")
    func listBordersAndCompassAdjectives() throws {
        let borders = claims("Unrest has gripped Yala, Pattani and Narathiwat, all provinces bordering Malaysia.").filter { $0.kind == .border }
        #expect(borders.map(\.subject.name) == ["Yala province", "Pattani province", "Narathiwat province"])
        #expect(borders.allSatisfy { $0.countries == ["Malaysia"] })
        let village = try only("Shells hit the southeast village of Khiam on Monday.", .position)
        #expect(village.subject.name == "Khiam" && village.direction == .southeast)
    }
}
