import Foundation
import Testing
import TestSupport
import Verification

/// The labelled corpus (Tests/Fixtures/claims-corpus.jsonl) on the test gazetteer: the same
/// measures as Scripts/evaluate-claims.py, which runs it on the full index.
@Suite("Labelled claim corpus", .serialized)
struct ClaimCorpusTests {
    struct Sentence: Decodable {
        struct Expected: Decodable {
            let kind: String
            let subject: String
            let reference: String?
            let verdict: String
            /// The words the text uses instead of the name ("the town", "the capital"), when it does.
            let subjectAsWritten: String?
            let referenceAsWritten: String?

            private enum CodingKeys: String, CodingKey {
                case kind, subject, reference, verdict, subjectAsWritten = "subject_as_written", referenceAsWritten = "reference_as_written"
            }
        }
        let id: String
        let text: String
        let claims: [Expected]
    }

    /// The labelled corpus, or another file of the same format (claims-heldout.jsonl: sentences
    /// written after the extractor, first run unseen).
    static func corpus(_ file: String = "claims-corpus.jsonl") throws -> [Sentence] {
        let text = try String(contentsOf: Fixtures.url(file), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Sentence.self, from: Data($0.utf8)) }
    }

    private func matches(_ expected: Sentence.Expected, _ found: CheckedClaim) -> Bool {
        func allowed(_ name: String?, _ asWritten: String?) -> Set<String> { Set([name, asWritten].compactMap { $0?.lowercased() }) }
        guard expected.kind == found.claim.kind.rawValue,
              allowed(expected.subject, expected.subjectAsWritten).contains(found.claim.subject.name.lowercased()) else { return false }
        guard expected.reference != nil else { return true }
        let written = found.claim.reference?.name ?? found.claim.region ?? ""
        return allowed(expected.reference, expected.referenceAsWritten).contains(written.lowercased())
    }

    @Test("the corpus covers every kind, verdict and many countries")
    func coverage() throws {
        let corpus = try Self.corpus()
        #expect(corpus.count >= 80)
        let claims = corpus.flatMap(\.claims)
        #expect(Set(claims.map(\.kind)) == Set(ClaimKind.allCases.map(\.rawValue)))
        #expect(Set(claims.map(\.verdict)) == Set(Verdict.allCases.map(\.rawValue)))
        #expect(Set(corpus.map(\.id)).count == corpus.count, "ids are unique")
    }

    /// claims-news.jsonl: 237 claims in the constructions met in published reports (issue 10),
    /// written for the project with verdicts computed from geographiclib distances.
    @Test("detection recall and verdict accuracy of at least 90 %", arguments: ["claims-corpus.jsonl", "claims-heldout.jsonl", "claims-news.jsonl"])
    func recallAndAccuracy(file: String) throws {
        let verifier = Verifier(index: try TestGazetteer.index())
        var expectedCount = 0, detected = 0, right = 0, found = 0, unexpected = 0
        var misses: [String] = []
        for sentence in try Self.corpus(file) {
            let report = try verifier.check(sentence.text)
            found += report.claims.count
            var used = Set<Int>()
            for expected in sentence.claims {
                expectedCount += 1
                guard let hit = report.claims.indices.first(where: { !used.contains($0) && matches(expected, report.claims[$0]) }) else {
                    misses.append("\(sentence.id): missed \(expected.kind) \(expected.subject)")
                    continue
                }
                used.insert(hit)
                detected += 1
                if report.claims[hit].verdict.rawValue == expected.verdict {
                    right += 1
                } else {
                    misses.append("\(sentence.id): \(expected.verdict) expected, got \(report.claims[hit].verdict.rawValue): \(report.claims[hit].explanation)")
                }
            }
            unexpected += report.claims.count - used.count
        }
        let recall = Double(detected) / Double(expectedCount), accuracy = Double(right) / Double(detected)
        print("\(file): recall \(detected)/\(expectedCount), verdicts \(right)/\(detected), unlabelled claims \(unexpected)/\(found)")
        for miss in misses { print("  \(miss)") }
        #expect(recall >= 0.9, "\(misses)")
        #expect(accuracy >= 0.9, "\(misses)")
    }
}
