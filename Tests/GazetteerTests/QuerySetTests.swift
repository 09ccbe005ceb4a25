import Foundation
import Gazetteer
import Testing
import TestSupport

/// The project's query set (Tests/Fixtures/place-queries.tsv) on the test subset of the
/// gazetteer. Scripts/evaluate-gazetteer.py runs the same set through `geocheck place` on the
/// full index.
@Suite("Query set", .serialized)
struct QuerySetTests {
    struct Query {
        let text: String
        let country: String?
        let expected: Int
        let variant: String
    }

    static func queries() throws -> [Query] {
        try String(contentsOf: Fixtures.url("place-queries.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                return Query(text: fields[0], country: fields[1].isEmpty ? nil : fields[1], expected: Int(fields[2])!,
                             variant: fields[3])
            }
    }

    @Test("top-1 accuracy of at least 95 %")
    func accuracy() throws {
        let index = try TestGazetteer.index()
        let resolver = Resolver(index: index)
        let queries = try Self.queries()
        #expect(queries.count >= 150)
        var asked = 0, right = 0
        var misses: [String] = []
        for query in queries where try index.place(id: query.expected) != nil {
            asked += 1
            let best = try resolver.candidates(for: query.text, countryCode: query.country, limit: 1).first
            if best?.place.id == query.expected {
                right += 1
            } else {
                misses.append("\(query.text) (\(query.variant)) → \(best.map { "\($0.place.name), \($0.place.countryCode)" } ?? "nothing")")
            }
        }
        // Nearly every expected place is in the subset (Syria, Turkey, 15,000 people or more).
        #expect(asked >= queries.count - 10)
        let accuracy = Double(right) / Double(asked)
        #expect(accuracy >= 0.95, "misses: \(misses.joined(separator: "; "))")
    }
}
