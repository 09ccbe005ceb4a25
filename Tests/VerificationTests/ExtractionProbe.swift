import Testing
@testable import Verification

/// What the extractor reads in a sentence, for the reading tests.
protocol ExtractionProbe {}

extension ExtractionProbe {
    /// Every claim of `text`.
    func claims(_ text: String) -> [Claim] { ClaimExtractor().claims(in: text) }

    /// The one claim of `kind` in `text` (the test fails when there is none or more than one).
    func only(_ text: String, _ kind: ClaimKind, sourceLocation: SourceLocation = #_sourceLocation) throws -> Claim {
        let found = claims(text).filter { $0.kind == kind }
        try #require(found.count == 1, "\(claims(text).map { "\($0.kind): \($0.text)" })", sourceLocation: sourceLocation)
        return found[0]
    }
}
