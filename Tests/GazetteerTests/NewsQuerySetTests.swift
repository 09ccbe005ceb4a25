import Foundation
import Gazetteer
import Testing
import TestSupport

/// The news spellings and negatives (Tests/Fixtures/place-queries-news.tsv, written for the
/// project with ids looked up by hand) on the test subset of the gazetteer.
/// Scripts/evaluate-gazetteer.py runs the same set through `geocheck place` on the full index.
@Suite("News query set", .serialized)
struct NewsQuerySetTests {
    struct Row {
        let query: String
        let country: String?
        let expected: Int?
        let category: String
        let note: String
    }

    static func rows() throws -> [Row] {
        try String(contentsOf: Fixtures.url("place-queries-news.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                return Row(query: fields[0], country: fields[1].isEmpty ? nil : fields[1], expected: Int(fields[2]),
                           category: fields[3], note: fields.count > 4 ? fields[4] : "")
            }
    }

    @Test("news spellings: top-1 accuracy of at least 93 % on the places the subset holds")
    func spellings() throws {
        let index = try TestGazetteer.index()
        let resolver = Resolver(index: index)
        let rows = try Self.rows().filter { $0.category == "spelling" }
        #expect(rows.count >= 150)
        var asked = 0, right = 0
        var misses: [String] = []
        for row in rows {
            guard let expected = row.expected, try index.place(id: expected) != nil else { continue }
            asked += 1
            let best = try resolver.candidates(for: row.query, countryCode: row.country, limit: 1).first
            if best?.place.id == expected {
                right += 1
            } else {
                misses.append("\(row.query) (\(row.note)) → \(best.map { "\($0.place.name), \($0.place.countryCode)" } ?? "nothing")")
            }
        }
        #expect(asked >= 60)
        #expect(Double(right) / Double(asked) >= 0.93, "\(right)/\(asked); misses: \(misses.joined(separator: "; "))")
    }

    @Test("organisations, groups and physical features never resolve to a settlement with confidence")
    func notPlaces() throws {
        let resolver = Resolver(index: try TestGazetteer.index())
        let rows = try Self.rows().filter { $0.category == "not-a-place" || $0.category == "feature" }
        #expect(rows.count >= 60)
        var wrong: [String] = []
        for row in rows {
            let best = try resolver.candidates(for: row.query, countryCode: row.country, limit: 1).first
            if let best, best.confidence >= Resolver.confidenceThreshold, !best.isRegion {
                wrong.append("\(row.query) → \(best.place.name), \(best.place.countryCode) at \(best.confidence)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "; "))")
    }

    @Test("real places the data lacks: at most one in ten meets a namesake with confidence")
    func absentPlaces() throws {
        let resolver = Resolver(index: try TestGazetteer.index())
        let rows = try Self.rows().filter { $0.category == "absent" }
        #expect(rows.count >= 25)
        var wrong: [String] = []
        for row in rows {
            let best = try resolver.candidates(for: row.query, countryCode: row.country, limit: 1).first
            if let best, best.confidence >= Resolver.confidenceThreshold {
                wrong.append("\(row.query) → \(best.place.name), \(best.place.countryCode) at \(best.confidence)")
            }
        }
        // A spelling equivalence can meet a real namesake far away ("Sarmada" / Sarmede, Italy);
        // in a text, `check` sets such a match aside when it lies far from the text's places.
        #expect(wrong.count * 10 <= rows.count, "\(wrong.joined(separator: "; "))")
    }
}
