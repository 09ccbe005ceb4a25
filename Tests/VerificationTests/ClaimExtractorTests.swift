import Geodesy
import Testing
import Verification

/// Claims found in sentences written for these tests, checked word by word against what each
/// sentence says.
@Suite("Finding claims in text")
struct ClaimExtractorTests {
    private func claims(_ text: String) -> [Claim] { ClaimExtractor().claims(in: text) }

    private func only(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Claim {
        let found = claims(text)
        try #require(found.count == 1, "\(found.map(\.text))", sourceLocation: sourceLocation)
        return found[0]
    }

    /// The text a span covers, cut by Unicode scalar offsets.
    private func cut(_ text: String, _ span: TextSpan) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    @Test("distance with direction, and the capital named after it")
    func homs() throws {
        let text = "Homs, located 162 kilometers north of the capital, Damascus, was quiet."
        let found = claims(text)
        #expect(found.map(\.kind) == [.distance, .capital])
        let distance = found[0]
        #expect(distance.subject.name == "Homs")
        #expect(distance.reference?.name == "Damascus")
        #expect(distance.distance?.distance.metres == 162_000)
        #expect(distance.distance?.isHedged == false)
        #expect(distance.direction == .north)
        #expect(distance.text == "Homs, located 162 kilometers north of the capital, Damascus")
        #expect(cut(text, distance.span) == distance.text)
        #expect(cut(text, distance.subject.span) == "Homs")
        #expect(found[1].subject.name == "Damascus" && found[1].text == "the capital, Damascus")
    }

    @Test("distance phrasings", arguments: [
        ("Azaz lies some 40 km southeast of Kilis.", "Azaz", "Kilis", 40_000.0, CompassDirection?.some(.southeast), true),
        ("the town of Tal Abyad, about 25 miles (40 km) west of Raqqa", "Tal Abyad", "Raqqa", 40_233.6, .west, true),
        ("Erzurum, 1,100 kilometres from Istanbul, was cold.", "Erzurum", "Istanbul", 1_100_000, nil, false),
        ("The distance between Homs and Hama is 47 km.", "Homs", "Hama", 47_000, nil, false),
        ("Homs and Hama are roughly 45 km apart.", "Homs", "Hama", 45_000, nil, true),
        ("Deir ez-Zor lies 400 km to the northeast of Damascus.", "Deir ez-Zor", "Damascus", 400_000, .northeast, false),
        ("Ras al-Ain, nearly 90 mi east of Tal Abyad.", "Ras al-Ain", "Tal Abyad", 144_841, .east, true),
        ("In Raqqa, about 160 km east of Aleppo, …", "Raqqa", "Aleppo", 160_000, .east, true),
        ("Residents of Tyre, the coastal city 80 km south of the capital, …", "Tyre", "the capital", 80_000, .south, false),
        ("Sidon lies between Beirut and Tyre, some 40 km from the capital.", "Sidon", "the capital", 40_000, nil, true),
        ("Odesa, the Black Sea port 475 km south of Kyiv, …", "Odesa", "Kyiv", 475_000, .south, false),
        ("Latakia, the main port, is about 185 miles from Damascus.", "Latakia", "Damascus", 297_728.64, nil, true),
    ] as [(String, String, String, Double, CompassDirection?, Bool)])
    func distances(text: String, subject: String, reference: String, metres: Double, direction: CompassDirection?, hedged: Bool) throws {
        let claim = try only(text)
        #expect(claim.kind == .distance)
        #expect(claim.subject.name == subject)
        #expect(claim.reference?.name == reference)
        #expect(abs((claim.distance?.distance.metres ?? 0) - metres) < 1)
        #expect(claim.direction == direction)
        #expect(claim.distance?.isHedged == hedged)
    }

    @Test("a distance the text says is by road")
    func byRoad() throws {
        let before = try only("Homs is 162 km by road from Damascus.")
        #expect(before.isByRoad && before.reference?.name == "Damascus" && before.text == "Homs is 162 km by road from Damascus")
        let after = try only("Deir ez-Zor lies 450 km from Damascus by road.")
        #expect(after.isByRoad && after.text.hasSuffix("by road"))
        #expect(try !only("Homs lies 162 km from Damascus.").isByRoad)
    }

    @Test("not distance claims", arguments: [
        "Hama is a two-hour drive from Homs.",
        "Winds of 120 km/h hit Latakia.",
        "The camp covers 5 square kilometres near Mafraq.",
        "The road runs 200 km along the coast.",
        "Prices rose 40 percent in Aleppo.",
        "",
        "   \n\n  ",
    ])
    func notClaims(text: String) {
        #expect(claims(text).isEmpty, "\(claims(text).map(\.text))")
    }

    @Test("direction only")
    func directions() throws {
        let hama = try only("Hama, just north of Homs, was calm.")
        #expect(hama.kind == .direction && hama.subject.name == "Hama" && hama.reference?.name == "Homs" && hama.direction == .north)
        #expect(hama.distance == nil)
        let daraa = try only("Daraa lies south of the capital.")
        #expect(daraa.reference?.capitalOf == "", "the capital of the country the text is about")
        #expect(claims("Fighting spread in the north of Syria.").allSatisfy { $0.kind != .direction })
    }

    @Test("border claims")
    func borders() throws {
        let town = try only("Evacuees went to the border city of Jarablus.")
        #expect(town.kind == .border && town.subject.name == "Jarablus" && town.borderRelation == .borderTown)
        #expect(town.text == "the border city of Jarablus")
        let near = try only("Kilis, near the Syrian border, took in families.")
        #expect(near.subject.name == "Kilis" && near.borderRelation == .near && near.countries == ["Syrian"])
        let on = try only("Azaz, on the border with Turkey, was hit.")
        #expect(on.borderRelation == .on && on.countries == ["Turkey"])
        let pair = try only("Akcakale, on the Syrian-Turkish border, is small.")
        #expect(pair.countries == ["Syrian", "Turkish"])
        let distance = try only("Azaz, 5 km from the border with Turkey, was hit.")
        #expect(distance.kind == .border && distance.borderRelation == .distance && distance.distance?.distance.metres == 5_000)
        #expect(distance.countries == ["Turkey"])
        let after = try only("Nusaybin, a border town, was quiet.")
        #expect(after.subject.name == "Nusaybin" && after.borderRelation == .borderTown)
    }

    @Test("containment claims")
    func containment() throws {
        let waer = try only("The last buses left the al-Waer neighbourhood of Homs.")
        #expect(waer.kind == .containment && waer.subject.name == "al-Waer" && waer.reference?.name == "Homs")
        let saraqib = try only("Saraqib, in Idlib province, was shelled.")
        #expect(saraqib.subject.name == "Saraqib" && saraqib.region == "Idlib province" && saraqib.reference == nil)
        let azaz = try only("Azaz, a town in northern Syria, was bombed.")
        #expect(azaz.region == "Syria" && azaz.direction == .north)
        let reyhanli = try only("Reyhanli, in Turkey's Hatay province, hosts a camp.")
        #expect(reyhanli.region == "Hatay province" && reyhanli.countries == ["Turkey"])
        let tell = try only("Tell Abyad, in the north of Syria, changed hands.")
        #expect(tell.region == "Syria" && tell.direction == .north)
        #expect(claims("Fighting in Homs continued.").isEmpty, "a bare 'in' is not a claim")
    }

    @Test("position and capital claims")
    func positionAndCapital() throws {
        let homs = try only("Rebels left the western Syrian city of Homs.")
        #expect(homs.kind == .position && homs.subject.name == "Homs" && homs.direction == .west && homs.countries == ["Syrian"])
        let palmyra = try only("Ruins stand in the central Syrian city of Palmyra.")
        #expect(palmyra.isCentral && palmyra.direction == nil)
        for (text, subject, countries) in [
            ("Talks were held in the Turkish capital, Ankara.", "Ankara", ["Turkish"]),
            ("Crowds filled Istanbul, the Turkish capital.", "Istanbul", ["Turkish"]),
            ("Officials flew to the capital of Nigeria, Abuja.", "Abuja", ["Nigeria"]),
            ("Traffic jammed Lagos, Nigeria's capital.", "Lagos", ["Nigeria"]),
            ("Power cuts hit the Lebanese capital Beirut.", "Beirut", ["Lebanese"]),
        ] {
            let claim = try only(text)
            #expect(claim.kind == .capital && claim.subject.name == subject && claim.countries == countries, "\(text)")
        }
        #expect(try only("Fighters reached Idlib, the provincial capital.").isProvincialCapital)
    }

    @Test("names: transliterations, articles, sentence starts")
    func names() throws {
        #expect(try only("In Ras al-Ain, 90 km east of Tal Abyad, …").subject.name == "Ras al-Ain")
        #expect(try only("The town of Deir ez-Zor, 450 km from Damascus").subject.name == "Deir ez-Zor")
        #expect(try only("The last buses left the al-Waer neighbourhood of Homs on Saturday.").reference?.name == "Homs")
        #expect(try only("Al Wa'r, 6 km west of Homs, emptied.").subject.name == "Al Wa'r")
    }

    @Test("spans count Unicode scalars, whatever comes before")
    func spansAfterNonASCII() throws {
        let text = "Ḩimş — “Homs”, 162 km north of Damascus 🚌."
        let claim = try only(text)
        #expect(cut(text, claim.span) == claim.text)
        #expect(cut(text, claim.subject.span) == "Homs")
    }

    @Test("at most maximumClaims claims, and the report says it stopped")
    func limit() {
        let text = String(repeating: "Hama, 47 km north of Homs. ", count: 50)
        let extraction = ClaimExtractor(maximumClaims: 20).extract(text)
        #expect(extraction.claims.count == 20)
        #expect(extraction.isTruncated)
        #expect(!ClaimExtractor().extract(text).isTruncated)
    }
}
