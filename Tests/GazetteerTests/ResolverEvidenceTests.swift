import Gazetteer
import Testing
import TestSupport

/// What counts as evidence for a place: spellings whose vowels agree, the chance that a loosely
/// matched place is missing from the data, GeoNames' duplicate records, a town and the region
/// it is the seat of. Ids are GeoNames ids checked by hand in Gazetteer/places.tsv.gz.
@Suite("Resolver evidence")
struct ResolverEvidenceTests {
    @Test("Turkish and Kurdish ş is 'sh': Qamişlo is Al Qāmishlī (173377)")
    func cedilla() throws {
        let resolver = Resolver(index: try TestGazetteer.index())
        for name in ["Qamişlo", "Qamishlo"] {
            let best = try #require(try resolver.candidates(for: name, countryCode: "SY", limit: 1).first)
            #expect(best.place.id == 173377, "\(name) → \(best.place.name)")
        }
    }

    @Test("a lone loose match is no confident answer: the place meant may be missing")
    func absentPlaceShare() throws {
        let resolver = Resolver(index: try TestGazetteer.index())
        // "Beichuan" (Sichuan) is not in the data; Bachuan (CN, 1817848) differs in a pinyin
        // vowel, which never meets by class in a country of one romanisation.
        #expect(try resolver.candidates(for: "Beichuan").allSatisfy { $0.place.id != 1817848 })
        // A romanised match alone shares its weight with the chance of a missing place.
        let shared = try resolver.candidates(for: "Djarabulous", limit: 1)
        #expect(shared.first?.match == .romanised && (shared.first?.confidence ?? 1) < 0.8)
    }

    @Test("two GeoNames records of one town, and a town with its region, are one answer")
    func duplicates() throws {
        let resolver = Resolver(index: try TestGazetteer.index())
        // Leposaviq (XK, 788731, PPLA) and the region Leposavić it is the seat of.
        let town = try #require(try resolver.candidates(for: "Leposavic", limit: 1).first)
        #expect(town.place.id == 788731 && town.confidence >= Resolver.confidenceThreshold)
        // Al Bayda (YE, 79836, PPLA) rather than the region Al Bayda' around it.
        let bayda = try #require(try resolver.candidates(for: "Bayda", countryCode: "YE", limit: 1).first)
        #expect(bayda.place.id == 79836 && !bayda.isRegion)
        // With a region word, the region.
        let region = try #require(try resolver.candidates(for: "Bayda province", countryCode: "YE", limit: 1).first)
        #expect(region.isRegion)
    }

    @Test("regions by their names as news writes them", arguments: [
        ("Jawf province", "YE"), ("Sistan-Baluchestan province", "IR"), ("Northwest Region", "CM"), ("Basra province", "IQ"),
        ("Anbar", "IQ"),
    ])
    func regionNames(name: String, country: String) throws {
        let regions = try TestGazetteer.index().regions(exactlyNamed: name, allowingRomanised: true)
        #expect(regions.contains { $0.countryCode == country && $0.kind == .admin1 }, "\(regions.map(\.name))")
    }

    @Test("regions by the English names of region-aliases.tsv", arguments: [
        ("East Java", "Jawa Timur"), ("Central Sulawesi province", "Sulawesi Tengah"), ("Karen State", "Kayin"),
        ("Salahudin province", "Sala ad-Din"), ("Lower Shabelle region", "Shabeellaha Hoose"), ("West Darfur", "Western Darfur"),
    ])
    func aliases(name: String, recorded: String) throws {
        // (Natural Earth also gives Central Darfur the GeoNames name "West Darfur".)
        let regions = try TestGazetteer.index().regions(exactlyNamed: name)
        #expect(regions.contains { $0.name == recorded }, "\(regions.map(\.name))")
    }

    @Test("a region elsewhere that only shares the consonants is no answer when a country is expected")
    func looseRegions() throws {
        let index = try TestGazetteer.index()
        // Nariño (CO) shares the skeleton of "Narnia"; Kérouané (GN) that of "Karen".
        #expect(try index.regions(named: "Narnia", preferredCountry: "SY").isEmpty)
        #expect(try index.regions(named: "Karen State", preferredCountry: "MM").allSatisfy { $0.countryCode == "MM" })
        #expect(try index.regions(named: "Homs Governorate", preferredCountry: "SY").first?.countryCode == "SY")
    }

    @Test("a name several places bear, none likely enough, is ambiguous, not unknown")
    func ambiguous() throws {
        let resolver = Resolver(index: try TestGazetteer.index())
        // Towns of 15,000 people or more named San Fernando in Venezuela, the Philippines,
        // Trinidad and Tobago, Spain, Argentina, Chile, Mexico…
        var caught: GazetteerError?
        do { _ = try resolver.listing("San Fernando") } catch { caught = error }
        guard case let .ambiguousPlace(name, candidates, _)? = caught else {
            Issue.record("San Fernando alone: \(String(describing: caught))")
            return
        }
        #expect(name == "San Fernando" && candidates.count >= 2)
        #expect(try resolver.listing("San Fernando, TT").first?.place.countryCode == "TT")
        #expect(throws: GazetteerError.self) { try resolver.listing("Qxzvbtt") }
    }
}
