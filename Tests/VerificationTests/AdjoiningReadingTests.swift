import Gazetteer
import Testing
import TestSupport
@testable import Verification

/// The report of `text` on the test gazetteer.
private func check(_ text: String) throws -> CheckReport {
    try Verifier(index: TestGazetteer.index()).check(text)
}

/// Shared borders said with a verb or "neighbouring" (batches 84–89 of the real-text
/// evaluation), in sentences of our own. The land neighbours are those of the CIA World
/// Factbook ("Land boundaries"): Turkmenistan borders Afghanistan, Iran, Kazakhstan and
/// Uzbekistan; Kenya borders Ethiopia, Somalia, South Sudan, Tanzania and Uganda; Kazakhstan and
/// Iran share only the Caspian Sea.
@Suite("Reading shared borders: verbs, lists and 'neighbouring'", .serialized)
struct AdjoiningReadingTests: ExtractionProbe {
    private func borders(_ text: String) throws -> [CheckedClaim] {
        try check(text).claims.filter { $0.claim.kind == .border }
    }

    @Test("a country that 'borders' or 'neighbours' others shares a border with each")
    func countryVerbs() throws {
        for text in ["Turkmenistan borders Iran and Afghanistan.",
                     "Turkmenistan, which neighbours Iran and Afghanistan, opened a port on the Caspian."] {
            let found = try borders(text)
            #expect(found.count == 2, "\(text): \(found.map(\.explanation))")
            #expect(found.allSatisfy { $0.verdict == .consistent }, "\(found.map(\.explanation))")
        }
        // No land border: the claim is wrong, and said so.
        let wrong = try borders("Kazakhstan borders Iran.")
        #expect(wrong.count == 1 && wrong.first?.verdict == .inconsistent, "\(wrong.map(\.explanation))")
    }

    @Test("'neighbours' as a noun says nothing of a border")
    func neighboursAsNoun() throws {
        #expect(try borders("Leaders of Iran and its neighbours Iraq and Turkey met on Monday.").isEmpty)
    }

    @Test("'borders both A and B' names two neighbours")
    func bordersBoth() throws {
        // Edirne (GeoNames 747712, 41.68 N 26.56 E) lies a few kilometres from the Greek and the
        // Bulgarian border; the province of Edirne borders both.
        let found = try borders("Migrants gathered in Edirne province, which borders both Bulgaria and Greece.")
        #expect(found.count == 2, "\(found.map(\.explanation))")
        #expect(found.allSatisfy { $0.verdict == .consistent }, "\(found.map(\.explanation))")
    }

    @Test("two regions and their plural noun before 'bordering' are each on the border")
    func pluralRegions() throws {
        // Natural Earth admin-1: both Khyber Pakhtunkhwa and Balochistan touch Afghanistan.
        let found = try borders("Attacks rose in Khyber Pakhtunkhwa and Balochistan provinces bordering Afghanistan.")
        #expect(found.count == 2, "\(found.map(\.explanation))")
        #expect(found.allSatisfy { $0.verdict == .consistent }, "\(found.map(\.explanation))")
    }

    @Test("'A and neighbouring B' of two countries is a shared border, reported when it holds")
    func neighbouringCountry() throws {
        let found = try borders("Floods hit Kenya and neighbouring Somalia last week.")
        #expect(found.count == 1 && found.first?.verdict == .consistent, "\(found.map(\.explanation))")
        // Kenya and Ghana are no neighbours, but the words may mean something else: nothing said.
        #expect(try borders("Floods hit Kenya and neighbouring Ghana last week.").isEmpty)
        // Two towns: nothing said either.
        #expect(try borders("Shelling hit Kharkiv and neighbouring Belgorod.").isEmpty)
    }

    @Test("'which border' after a list of counties: each county on the border, measured by its town only as a reading")
    func pluralVerbAfterList() throws {
        // Kenya's counties of Mandera and Wajir both touch Somalia (Kenya's 2010 county map);
        // the gazetteer has their towns: Mandera on the border, Wajir about 100 km from it.
        let found = try borders("Mandera and Wajir counties, which border Somalia, saw more attacks.")
        #expect(found.count == 2, "\(found.map(\.explanation))")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(\.explanation))")
        #expect(found.contains { $0.verdict == .consistent && $0.subject?.name == "Mandera" }, "\(found.map(\.explanation))")
        // "border" as a noun after "which" says nothing.
        #expect(try borders("The crossing, which border guards closed on Monday, reopened.").isEmpty)
    }
}
