import Foundation
import Testing
import TestSupport
@testable import Verification

/// The tokenizer keeps the period of a region's abbreviation after a town ("Paradise, Calif.");
/// the abbreviations themselves are data, in `Gazetteer/region-aliases.tsv`. The two lists must
/// agree, or an alias would be looked up that the tokenizer cut off at its period.
@Suite("Region abbreviations")
struct RegionAbbreviationTests {
    @Test("every abbreviation alias written with a period keeps it in the tokenizer, and no other")
    func tokenizerAgreesWithData() throws {
        let file = TestExtract.packageRoot.appendingPathComponent("Gazetteer/region-aliases.tsv")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        // The block after the comment that introduces abbreviations; all-capital ones ("NSW") are
        // written without a period.
        guard let start = lines.firstIndex(where: { $0.hasPrefix("# Abbreviations") }) else {
            Issue.record("no abbreviation block in region-aliases.tsv")
            return
        }
        let aliases = lines[start...].filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").last.map(String.init) }
        let dotted = Set(aliases.filter { $0.uppercased() != $0 }.map { $0.lowercased() })
        #expect(!dotted.isEmpty)
        #expect(dotted == Tokenizer.regionAbbreviations, "only in the data: \(dotted.subtracting(Tokenizer.regionAbbreviations)); only in the tokenizer: \(Tokenizer.regionAbbreviations.subtracting(dotted))")
    }
}
