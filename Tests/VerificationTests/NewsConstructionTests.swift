import Geodesy
import Testing
@testable import Verification

/// Constructions met in published reports (batch 1 of the real-text evaluation), in sentences
/// written for the project: bounds, ranges and numbers in words, subjects after prepositions and
/// in relative clauses, pronouns and "the city", possessives, lists, regions and their positions,
/// capitals of regions.
@Suite("Reading constructions from real reports")
struct NewsConstructionTests: ExtractionProbe {
    @Test("bounds, ranges and numbers in words", arguments: [
        ("Saraqib lies within 15 km of Idlib.", 15_000.0, StatedDistance.Bound?.some(.atMost), false),
        ("Tadmur, more than 200 km from Damascus, was shelled.", 200_000, .atLeast, false),
        ("Azaz lies 30 to 40 km north of Aleppo.", 35_000, nil, false),
        ("Manbij, some forty kilometres from Jarablus, was calm.", 40_000, nil, true),
        ("Ariha is less than five miles from Idlib.", 8_046.72, .atMost, false),
        ("Kilis sits a dozen miles from Azaz.", 19_312.128, nil, false),
    ] as [(String, Double, StatedDistance.Bound?, Bool)])
    func figures(text: String, metres: Double, bound: StatedDistance.Bound?, hedged: Bool) throws {
        let claim = try only(text, .distance)
        #expect(abs((claim.distance?.distance.metres ?? 0) - metres) < 1)
        #expect(claim.distance?.bound == bound)
        #expect(claim.distance?.isHedged == hedged)
    }

    @Test("a range's width is its imprecision")
    func rangeWidth() throws {
        let stated = try StatedDistance(parsing: "30 to 40 km")
        #expect(stated.distance.metres == 35_000 && stated.roundingHalfUnit.metres == 5_000)
        #expect(try StatedDistance(parsing: "three to five kms").distance.metres == 4_000)
    }

    @Test("where the subject is", arguments: [
        ("Shelling hit homes in Saraqib, 15 km east of Idlib, on Monday.", "Saraqib", "Idlib"),
        ("Medics in Binnish, which lies just 8 km north-east of Idlib, treated the wounded.", "Binnish", "Idlib"),
        ("Tal Abyad is the main crossing into Turkey in the area, about 90 km north of Raqqa.", "Tal Abyad", "Raqqa"),
        ("The capture of Maarat al-Numan, some 30 km south of Idlib, cut the road.", "Maarat al-Numan", "Idlib"),
        ("Homs, 140 km north of Syria's capital Damascus, was quiet.", "Homs", "Damascus"),
        ("Saraqib, 15 km east of the provincial capital Idlib, emptied.", "Saraqib", "Idlib"),
        ("Convoys left the Jobar area of Damascus province, about 160 km south of Homs.", "Jobar", "Homs"),
    ])
    func subjects(text: String, subject: String, reference: String) throws {
        let claim = try only(text, .distance)
        #expect(claim.subject.name == subject)
        #expect(claim.reference?.name == reference)
    }

    @Test("'It', 'the town' and 'the city' stand for the place the sentence before was about")
    func discourse() throws {
        let town = try only("Aid reached Manbij on Tuesday. The town lies 30 km south of Jarablus.", .distance)
        #expect(town.subject.name == "Manbij" && town.reference?.name == "Jarablus")
        let city = try only("Fighting raged in Aleppo. Azaz, 30 km north of the city, was quiet.", .distance)
        #expect(city.subject.name == "Azaz" && city.reference?.name == "Aleppo")
        let it = try only("Aid reached Azaz. It lies in Aleppo province.", .containment)
        #expect(it.subject.name == "Azaz" && it.region == "Aleppo province")
        let dateline = try only("ALEPPO, Syria (AP) — Azaz, 30 km north of the city, was quiet.", .distance)
        #expect(dateline.reference?.name == "ALEPPO")
    }

    @Test("two distances joined by 'and' have one subject")
    func coordinatedDistances() {
        let found = claims("Azaz, a town 5 km from the border and 30 km from Aleppo, was shelled.")
        #expect(found.map(\.kind) == [.border, .distance])
        #expect(found.allSatisfy { $0.subject.name == "Azaz" })
    }

    @Test("nouns of events and things that open a sentence are no places")
    func sentenceOpeningNouns() {
        for text in ["Homes 200 km west of Aleppo were cut off.", "Mudslide west of Ankara kills four.",
                     "Local officials said the town lies 40 km north of Homs."] {
            let subjects = claims(text).map(\.subject.name)
            #expect(!subjects.contains { ["Homes", "Mudslide", "Local"].contains($0) }, "\(text): \(subjects)")
        }
    }

    @Test("a claim about the last of a list holds for each")
    func lists() {
        let found = claims("The villages of Tal Rifaat, Mare and Azaz, north of Aleppo, were shelled.")
        #expect(found.filter { $0.kind == .direction }.map(\.subject.name).sorted() == ["Azaz", "Mare", "Tal Rifaat"])
        let towns = claims("Troops took the Idlib province towns of Saraqib and Ariha.").filter { $0.kind == .containment }
        #expect(towns.map(\.subject.name).sorted() == ["Ariha", "Saraqib"])
        #expect(towns.allSatisfy { $0.region == "Idlib province" })
    }

    @Test("regions and their position in their country")
    func regions() throws {
        let possessive = try only("Fighting spread across Syria's northeastern Hasakah province.", .position)
        #expect(possessive.subject.name == "Hasakah province" && possessive.direction == .northeast && possessive.countries == ["Syria"])
        let of = try only("Shelling hit the Idlib region of northwestern Syria.", .position)
        #expect(of.subject.name == "Idlib region" && of.direction == .northwest)
        // The adjective of "the northeastern Hasakah province" places the province, not the town.
        let town = try only("Clashes hit Qamishli, a town in the northeastern Hasakah province.", .containment)
        #expect(town.subject.name == "Qamishli" && town.direction == nil && town.region == "Hasakah province")
        let owned = try only("Residents of Aleppo province's Afrin district fled.", .containment)
        #expect(owned.subject.name == "Afrin" && owned.region == "Aleppo province")
        let quarter = try only("Buses left Homs’ al-Waer neighbourhood.", .containment)
        #expect(quarter.subject.name == "al-Waer" && quarter.reference?.name == "Homs")
    }

    @Test("capitals of regions and of countries", arguments: [
        ("Idlib, capital of Idlib province, was hit.", "Idlib", ["Idlib province"], false),
        ("Maiduguri, the Borno capital, was calm.", "Maiduguri", ["Borno"], false),
        ("El Fasher, the capital of North Darfur, is besieged.", "El Fasher", ["North Darfur"], false),
        ("Kharkiv, the regional capital, was shelled.", "Kharkiv", [], true),
        ("Convoys reached Goma, which is the capital of North Kivu province.", "Goma", ["North Kivu province"], false),
        ("Officials in Sudan's capital Khartoum said so.", "Khartoum", ["Sudan"], false),
    ] as [(String, String, [String], Bool)])
    func capitals(text: String, subject: String, owners: [String], provincial: Bool) throws {
        let claim = try only(text, .capital)
        #expect(claim.subject.name == subject)
        #expect(claim.countries == owners)
        #expect(claim.isProvincialCapital == provincial)
    }

    @Test("a compass word starts a name of its own: North Kordofan is not Kordofan")
    func compassNames() throws {
        let claim = try only("Troops reached El-Obeid, the capital of North Kordofan.", .capital)
        #expect(claim.countries == ["North Kordofan"])
    }
}
