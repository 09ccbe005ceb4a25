import Testing
@testable import Verification

@Suite struct ZZProbe: ExtractionProbe {
    @Test func probe() throws {
        let texts = (try? String(contentsOfFile: "/tmp/probe.txt", encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        for text in texts {
            print("## \(text)")
            for c in claims(text) { print("   \(c.kind) [\(c.text)] subj=\(c.subject.name) ref=\(c.reference?.name ?? "-") region=\(c.region ?? "-") countries=\(c.countries) tentative=\(c.isTentative) d=\(c.distance.map { "\($0.distance)" } ?? "-")") }
        }
    }
}
