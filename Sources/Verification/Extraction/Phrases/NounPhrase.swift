import Geodesy

/// A noun phrase as geographic claims use one, read from its words: "the disputed northern
/// Syrian city of Homs", "a southern Lebanese village", "Iraq's Kurdish region", "the far
/// southwest of Saudi Arabia", "the country's oil-rich southwest", "capital of the northeastern
/// state of Borno".
///
/// A phrase is a determiner (an article, or an owner: "Iraq's", "the country's"), modifiers
/// (position adjectives, country adjectives, other lower-case and hyphenated words), head nouns
/// (feature nouns such as city, village, province, capital, or a compass noun: "the north"),
/// the name it carries, and what follows "of" (its complement). Token indices are those of the
/// whole text.
struct NounPhrase: Sendable {
    enum Determiner: Sendable, Equatable {
        /// "the".
        case definite
        /// "a", "an".
        case indefinite
        /// "Iraq's", "the country's".
        case possessive
        /// A bare name or noun.
        case none
    }

    /// The phrase's tokens.
    var range: Range<Int>
    var determiner: Determiner = .none
    /// The name of the owner in "Iraq's Kurdish region".
    var owner: Range<Int>?
    /// Whether the owner is "the country" (the place's own country).
    var ownerIsTheCountry = false
    /// From a position adjective ("northern") or a compass noun ("the north of").
    var position: CompassDirection?
    var isCentral = false
    /// Lower-case modifiers that are neither positions nor countries: "provincial", "oil-rich", "far".
    var qualifiers: [String] = []
    /// Country adjectives and names used as adjectives: "Syrian", "Lebanese".
    var countryWords: [String] = []
    /// The feature nouns, in order: ["capital", "city"] for "capital city".
    var heads: [String] = []
    /// Whether the head is a compass noun ("the north of Syria", "the country's southwest").
    var headIsCompass = false
    /// The name the phrase carries: its own ("Idlib province"), or after "of" ("the city of Homs").
    var name: Range<Int>?
    /// The phrase after "of", when it is more than a name ("capital of the northeastern state of
    /// Borno"); at most one level deep.
    var complement: [NounPhrase] = []

    /// The last token index plus one.
    var end: Int { range.upperBound }

    /// Whether the phrase names a region's capital rather than a country's: "the provincial
    /// capital", "the state capital" (a qualifier, or a region noun before "capital").
    /// "Brazil's southernmost capital" is one of several: a state's.
    var isRegionalCapital: Bool {
        let before = heads.prefix { $0 != "capital" }
        return !Set(qualifiers + before).isDisjoint(with: Vocabulary.capitalQualifiers)
            || qualifiers.contains { $0.hasSuffix("most") }
    }

    /// Whether a head noun is one of `nouns`.
    func hasHead(in nouns: Set<String>) -> Bool {
        heads.contains { nouns.contains($0) }
    }
}
