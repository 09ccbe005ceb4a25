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
        /// Names the text calls villages ("the border village of La Victoria", "Kulawi village"),
        /// lower-cased: a city of the name is likely not the place meant.
        public var villages: Set<String> = []
    }

    /// The claims in `text`.
    public func extract(_ text: String) -> Extraction {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(of: scalars)
        var claims: [Claim] = []
        var countryWords: [String: Int] = [:]
        var truncated = false
        var sentenceStart = 0
        // Discourse: "It", "the city" and "the town" stand for the place the sentence before was
        // about (its first place name), from the dateline on.
        let dateline = Self.dateline(tokens, scalars: scalars)
        // People's names: no claim is about them, and "the town" never stands for one.
        let people = People.names(in: tokens, scalars: scalars)
        var previousName = dateline
        var previousLastName: (name: String, span: TextSpan)?
        // Places a sentence described before naming them ("a town in northern Burkina Faso"),
        // waiting for the next sentence to name them.
        var pending: [PendingDescription] = []
        // The region the text named last, and for how many more sentences it sets the scene.
        var setting: (region: SentenceScanner.NamedRegion, sentences: Int)?
        // Names given to storms so far ("Hurricane Eta"), never places.
        var stormNames: Set<String> = []
        for index in 0...tokens.count {
            guard index == tokens.count || tokens[index].kind == .sentenceEnd else { continue }
            if index > sentenceStart {
                var scanner = SentenceScanner(tokens: tokens[sentenceStart..<index], scalars: scalars, previousName: previousName,
                                              dateline: dateline, stormNames: stormNames, people: people)
                scanner.previousLastName = previousLastName
                var found = scanner.claims()
                let described = scanner.claims(naming: pending)
                found += described.filter { claim in
                    !found.contains { $0.kind == claim.kind && $0.subject.span.start == claim.subject.span.start }
                }
                let regions = scanner.namedRegions()
                let introduced = scanner.introducedPlaces()
                let settings = scanner.discourseSettings(regions: regions, carried: setting?.region, introduced: introduced)
                // A reading of the sentence's own that may not hold ("Mucojo village in Macomia",
                // where Macomia may be a town) leaves room for the setting: the one that holds is reported.
                found += settings.filter { claim in
                    !found.contains { ($0.kind == .containment || $0.kind == .position) && $0.subject.span.start == claim.subject.span.start
                        && !$0.isTentative }
                }
                let scenes = scanner.positionSettings()
                // Only the sentence's own scene: a scene carried from a sentence before ("in northern Burkina
                // Faso. … near Bourzanga") was read as a claim the text never made more often than not.
                let placed = scanner.positionSettingClaims(settings: scenes, introduced: introduced)
                found += placed.filter { claim in
                    !found.contains { ($0.kind == .containment || $0.kind == .position) && $0.subject.span.start == claim.subject.span.start }
                }
                found = found.map(scanner.doubtingOpeningPlurals)
                if let region = regions.last {
                    setting = (region, Self.settingReach)
                } else if let current = setting {
                    setting = current.sentences > 1 ? (current.region, current.sentences - 1) : nil
                }
                pending = scanner.pendingDescriptions()
                previousName = scanner.topicName ?? previousName
                previousLastName = scanner.lastName ?? previousLastName
                stormNames = scanner.stormNames
                for (word, count) in scanner.countryWords { countryWords[word, default: 0] += count }
                if claims.count + found.count > maximumClaims {
                    claims += found.prefix(maximumClaims - claims.count)
                    truncated = true
                    break
                }
                claims += found.filter { claim in
                    ([claim.subject] + (claim.reference.map { [$0] } ?? [])).allSatisfy { !people.contains($0.name.lowercased()) }
                }
            }
            sentenceStart = index + 1
        }
        // "PETROPOLIS, Brazil (AP) —": the country or state after the dateline's place says which
        // namesake the text means wherever it names that place again, unless the text ties the
        // name to a place of its own ("NAGA, Philippines … Naga city in Cebu province").
        if let dateline, let qualifier = Self.datelineQualifier(tokens, scalars: scalars, after: dateline.span),
           !claims.contains(where: { claim in
               [claim.subject, claim.reference].contains { $0?.countryHint != nil && $0?.name.lowercased() == dateline.name.lowercased() }
           }) {
            claims = claims.map { $0.qualifying(dateline.name, by: qualifier) }
        }
        // "the capital, Bangui … north of the capital": once the text has named the capital, "the
        // capital" again stands for it and says nothing new.
        var namedCapital = false
        claims = claims.filter { claim in
            guard claim.kind == .capital else { return true }
            if !claim.subject.isDescription {
                namedCapital = namedCapital || !claim.isProvincialCapital
                return true
            }
            return !namedCapital
        }
        // "TURKMENABAT, Turkmenistan (TCA) —" after a headline: where the report is filed from, not a claim.
        if let dateline {
            claims.removeAll { ($0.kind == .containment || $0.kind == .position) && $0.subject.span.start == dateline.span.start }
        }
        // "Russian Region on Ukraine Border": in a title-case headline any word may look like a
        // name, so its claims are reported only when they hold.
        if let headline = Headline.titleCaseLine(in: scalars) {
            claims = claims.map { claim in
                guard headline.contains(claim.span.start), claim.span.end <= headline.upperBound else { return claim }
                var doubted = claim
                doubted.reportOnlyIfItHolds()
                return doubted
            }
        }
        var extraction = Extraction(claims: claims, isTruncated: truncated, countryWords: countryWords)
        extraction.villages = Villages.names(in: tokens, scalars: scalars)
        return extraction
    }

    /// How many sentences after it a region a text names sets the scene for the places the
    /// text introduces ("In the Donetsk region, … . Shelling hit the village of Zarichne").
    static let settingReach = 2

    /// The place of a dateline that opens a text, "MOSUL, Iraq (AP) —", "NEAR VOVCHANSK, Ukraine
    /// (Reuters) -", "BEIRUT —": words in capitals followed by a comma, a bracket or a dash.
    /// A headline may come first: the dateline then opens one of the next lines ("Rebels attack
    /// three towns⏎⏎BANGUI, Central African Republic (AP) —").
    static func dateline(_ tokens: [Token], scalars: [Unicode.Scalar]) -> (name: String, span: TextSpan)? {
        var lines = 0
        for first in tokens.indices.prefix(80) {
            guard first == 0 || isLineStart(tokens[first], scalars: scalars) else { continue }
            if let found = dateline(tokens[first...], scalars: scalars) { return found }
            lines += 1
            if lines == 3 { break }
        }
        return nil
    }

    /// Whether a token opens a line.
    private static func isLineStart(_ token: Token, scalars: [Unicode.Scalar]) -> Bool {
        var i = token.start - 1
        while i >= 0, scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "\r" { i -= 1 }
        return i >= 0 && scalars[i] == "\n"
    }

    private static func dateline(_ tokens: ArraySlice<Token>, scalars: [Unicode.Scalar]) -> (name: String, span: TextSpan)? {
        let tokens = Array(tokens)
        var end = 0
        while end < tokens.count, end < 6, tokens[end].isWord, tokens[end].text.count >= 2,
              tokens[end].text.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) {
            end += 1
        }
        guard end > 0, end < tokens.count, [",", "(", "—", "–", "-"].contains(tokens[end].text) else { return nil }
        var start = 0
        if tokens[0].lower == "near" || tokens[0].lower == "outside" { start = 1 }
        guard start < end else { return nil }
        return (Token.text(from: tokens[start], through: tokens[end - 1], in: scalars), TextSpan(start: tokens[start].start, end: tokens[end - 1].end))
    }

    /// The country or state that qualifies a dateline's place: "Brazil" in "PETROPOLIS, Brazil
    /// (AP) —", "Ill." in "SPRINGFIELD, Ill. (AP) —"; nil without one.
    static func datelineQualifier(_ tokens: [Token], scalars: [Unicode.Scalar], after place: TextSpan) -> String? {
        // The comma right after the dateline's place.
        guard let comma = tokens.firstIndex(where: { $0.text == "," && $0.start >= place.end }), comma > 0,
              tokens[comma - 1].end == place.end else { return nil }
        var end = comma + 1
        while end < tokens.count, end <= comma + 4, tokens[end].isWord && tokens[end].isCapitalized || tokens[end].text == "." {
            end += 1
        }
        guard end > comma + 1, end < tokens.count, ["(", "—", "–", "-", ","].contains(tokens[end].text) else { return nil }
        return Token.text(from: tokens[comma + 1], through: tokens[end - 1], in: scalars)
    }

    /// The claims in `text` (at most ``maximumClaims``).
    public func claims(in text: String) -> [Claim] {
        extract(text).claims
    }
}
