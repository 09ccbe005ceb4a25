import Testing
import TestSupport
import Verification

/// Random texts through the extractor: it must never crash, and every claim it reports must
/// point at the words it quotes.
@Suite("Extractor fuzzing")
struct ExtractorFuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Words claims are made of, so random texts hit the patterns often, and words that are not.
    static let vocabulary = [
        "Homs", "Damascus", "al-Waer", "Ras al-Ain", "Deir ez-Zor", "Jarablus", "Turkey's", "Syrian", "Turkish-Syrian",
        "the", "capital", "border", "city", "town", "of", "from", "in", "on", "near", "north", "south-east", "northern",
        "central", "province", "neighbourhood", "km", "kilometres", "miles", "mi", "about", "some", "more than", "apart",
        "between", "and", "is", "lies", "located", "162", "1,100", "2.5", "40", "0", "99999999999999999999", ",", ".",
        ";", "(", ")", "'s", "’s", "—", "“", "”", "\n", "\n\n", "-", "/", "²", "Ḩimş", "حمص", "🚌", "\u{0301}", "\t",
        "within", "square", "to", "the", "provincial", "a", "'", "’",
    ]

    private func cut(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String? {
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    /// Sentences with claims, to be mutated word by word.
    static let templates = [
        "Homs, located 162 kilometers north of the capital, Damascus, was shelled.",
        "the border city of Jarablus, on the Turkish border",
        "the al-Waer neighbourhood of Homs",
        "Azaz, a town in northern Syria, 5 km from the border with Turkey.",
        "the western Syrian city of Homs and the Turkish capital, Ankara",
        "The distance between Homs and Hama is about 25 miles (40 km).",
    ]

    /// A claim sentence with words dropped, repeated, swapped or replaced.
    func mutatedTemplate(_ generator: inout SplitMix) -> String {
        var words = Self.templates.randomElement(using: &generator)!.split(separator: " ").map(String.init)
        for _ in 0..<Int.random(in: 0...3, using: &generator) where !words.isEmpty {
            let at = Int.random(in: 0..<words.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: words.remove(at: at)
            case 1: words.insert(words[at], at: at)
            case 2: words.swapAt(at, Int.random(in: 0..<words.count, using: &generator))
            default: words[at] = Self.vocabulary.randomElement(using: &generator)!
            }
        }
        return words.joined(separator: Bool.random(using: &generator) ? " " : "  ")
    }

    private func randomText(_ generator: inout SplitMix) -> String {
        if Bool.random(using: &generator) { return mutatedTemplate(&generator) }
        var text = ""
        for _ in 0..<Int.random(in: 0...80, using: &generator) {
            if Int.random(in: 0..<10, using: &generator) == 0 {
                // Any scalar at all, now and then.
                let value = UInt32.random(in: 0...0x10FFFF, using: &generator)
                if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            } else {
                text += Self.vocabulary.randomElement(using: &generator)!
            }
            if Bool.random(using: &generator) { text += " " }
        }
        return text
    }

    @Test("random texts: claims quote their spans", arguments: [1, 2, 3, 4])
    func randomTexts(seed: UInt64) {
        var generator = SplitMix(state: seed)
        let extractor = ClaimExtractor()
        var found = 0
        for round in 0..<1_500 {
            let text = randomText(&generator)
            let scalars = Array(text.unicodeScalars)
            let claims = extractor.claims(in: text)
            found += claims.count
            for claim in claims {
                #expect(cut(scalars, claim.span) == claim.text, "seed \(seed) round \(round): \(text.debugDescription)")
                #expect(claim.subject.span.start >= claim.span.start && claim.subject.span.end <= claim.span.end,
                        "seed \(seed) round \(round): subject outside the claim in \(text.debugDescription)")
                #expect(cut(scalars, claim.subject.span) == claim.subject.name || claim.subject.capitalOf != nil)
                if let distance = claim.distance { #expect(distance.distance.metres.isFinite && distance.distance.metres >= 0) }
            }
            #expect(extractor.claims(in: text) == claims, "the same text gives the same claims")
        }
        #expect(found > 0, "the vocabulary should produce some claims")
    }

    @Test("a line of thousands of numbers and units")
    func thousandsOfNumbers() {
        let line = (1...20_000).map { "\($0) km" }.joined(separator: " ")
        #expect(ClaimExtractor().claims(in: line).isEmpty)
        let named = (1...5_000).map { "Homs, \($0) km north of Hama," }.joined(separator: " ")
        let claims = ClaimExtractor().claims(in: named)
        #expect(claims.count == 5_000)
        #expect(claims.last?.distance?.distance.metres == 5_000_000)
    }

    @Test("one long word, one long sentence, control characters")
    func pathological() {
        #expect(ClaimExtractor().claims(in: String(repeating: "a", count: 1_000_000)).isEmpty)
        #expect(ClaimExtractor().claims(in: String(repeating: "Homs ", count: 200_000)).isEmpty)
        #expect(ClaimExtractor().claims(in: String(repeating: "\u{0}\u{1}\u{7F}", count: 10_000)).isEmpty)
    }
}

/// Random and mutated texts through the whole check (extraction, look-ups, every kind of check)
/// on the test gazetteer: every claim comes back with a verdict and an explanation, and nothing
/// throws.
@Suite("Checking random texts", .serialized)
struct VerifierFuzzTests {
    @Test("mutated claim sentences through the verifier", arguments: [11, 12])
    func mutatedTexts(seed: UInt64) throws {
        var generator = ExtractorFuzzTests.SplitMix(state: seed)
        let verifier = Verifier(index: try TestGazetteer.index())
        let fuzz = ExtractorFuzzTests()
        var checked = 0
        for _ in 0..<60 {
            let text = fuzz.mutatedTemplate(&generator)
            let report = try verifier.check(text)
            for claim in report.claims {
                #expect(!claim.explanation.isEmpty, "\(text.debugDescription)")
                if claim.verdict != .unverifiable { #expect(claim.subject != nil, "\(text.debugDescription)") }
            }
            checked += report.claims.count
        }
        #expect(checked > 0)
    }
}
