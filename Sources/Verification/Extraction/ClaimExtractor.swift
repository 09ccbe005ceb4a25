/// Finds the geographic claims in a text: distances, directions, borders, containment, positions
/// and capitals, as wire reports phrase them.
///
/// The extractor reads words, not places: it never looks anything up, so the same text always
/// gives the same claims, and ``Verifier`` resolves the names afterwards. It runs in one pass
/// over the words, in time linear in the length of the text.
///
/// ```swift
/// let extraction = ClaimExtractor().extract("Homs, 162 km north of the capital, Damascus.")
/// extraction.claims.map(\.kind)   // [.distance, .capital]
/// ```
public struct ClaimExtractor: Sendable {
    /// The most claims one text gives; the rest are dropped and ``Extraction/isTruncated`` says so.
    public var maximumClaims: Int

    public init(maximumClaims: Int = 10_000) {
        self.maximumClaims = maximumClaims
    }

    /// The claims of a text, in the order they appear.
    public struct Extraction: Sendable {
        public var claims: [Claim]
        /// Whether the text held more than ``ClaimExtractor/maximumClaims`` claims.
        public var isTruncated: Bool
        /// Country names and adjectives the text uses ("Syria", "Syrian"), with how often: the
        /// resolver prefers places in them.
        public var countryWords: [String: Int]
    }

    /// The claims in `text`.
    public func extract(_ text: String) -> Extraction {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(of: scalars)
        var claims: [Claim] = []
        var countryWords: [String: Int] = [:]
        var truncated = false
        var sentenceStart = 0
        // Discourse: "the city" and "the town" stand for the place named last, from the dateline on.
        var previousName: (name: String, span: TextSpan)?
        for index in 0...tokens.count {
            guard index == tokens.count || tokens[index].kind == .sentenceEnd else { continue }
            if index > sentenceStart {
                var scanner = SentenceScanner(tokens: tokens[sentenceStart..<index], scalars: scalars, previousName: previousName)
                let found = scanner.claims()
                previousName = scanner.lastPlaceName ?? previousName
                for (word, count) in scanner.countryWords { countryWords[word, default: 0] += count }
                if claims.count + found.count > maximumClaims {
                    claims += found.prefix(maximumClaims - claims.count)
                    truncated = true
                    break
                }
                claims += found
            }
            sentenceStart = index + 1
        }
        return Extraction(claims: claims, isTruncated: truncated, countryWords: countryWords)
    }

    /// The claims in `text` (at most ``maximumClaims``).
    public func claims(in text: String) -> [Claim] {
        extract(text).claims
    }
}
