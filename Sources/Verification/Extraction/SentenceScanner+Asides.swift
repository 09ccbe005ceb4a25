/// Asides between a place and what the sentence says of it: relative clauses, appositions, and
/// the words that tell an aside about a place from one about a person or a modifier.
extension SentenceScanner {
    /// The place a relative clause still open at `index` is about: "Guayaquil, which is
    /// Ecuador's second largest city and sits around 170 miles southwest of Quito". No comma may
    /// come between the clause's start and `index`; "who" opens a clause about people, not places.
    func openRelativeSubject(before index: Int) -> Range<Int>? {
        var cursor = index - 1
        while cursor > max(tokens.startIndex, index - Self.maximumRelativeClause) {
            if token(cursor)?.text == "," {
                guard ["which", "that"].contains(word(cursor + 1) ?? ""),
                      let name = nameEnding[cursor] else { return nil }
                return appositionHead(of: name)
            }
            cursor -= 1
        }
        return nil
    }

    /// Whether a name stands as an adjective after an article and up to two lower-case words:
    /// "Victorian" in "the small Victorian town of Dereel", "Queensland" in "the Queensland city
    /// of Toowoomba".
    func isAdjectiveName(_ name: Range<Int>) -> Bool {
        var cursor = name.lowerBound - 1
        while cursor > name.lowerBound - 3, let token = token(cursor), token.isWord, !token.isCapitalized,
              !["the", "a", "an"].contains(token.lower), !Self.phraseStoppers.contains(token.lower) {
            cursor -= 1
        }
        return ["the", "a", "an"].contains(word(cursor) ?? "")
    }

    /// Whether the words of an aside describe a person ("an official at Kurihara City"): the
    /// name before it is no place.
    func isAboutPerson(_ range: Range<Int>) -> Bool {
        range.prefix(3).contains { Self.personNouns.contains(word($0) ?? "") }
    }

    /// Words that open a relative clause.
    static let relativePronouns: Set<String> = ["which", "whose", "who", "that", "where"]
    /// The longest relative clause passed over between a place and its claim.
    static let maximumRelativeClause = 25

    /// The place a relative clause between commas is about, for the comma that closes it:
    /// "Gao, which was held by jihadists for most of 2012," or "Kismayo, a port city that was
    /// the militants' main source of revenue until 2012,".
    func relativeAside(closingAt comma: Int) -> Range<Int>? {
        var cursor = comma - 1
        var sawPronoun = false
        while cursor >= max(tokens.startIndex, comma - Self.maximumRelativeClause) {
            guard let token = token(cursor) else { return nil }
            if Self.relativePronouns.contains(token.lower) { sawPronoun = true }
            if token.text == ",", let name = nameEnding[cursor] {
                let opener = word(cursor + 1) ?? ""
                guard Self.relativePronouns.contains(opener) || (sawPronoun && ["a", "an"].contains(opener)) else { return nil }
                // "the town of Moreh in Tengnoupal, where …, is about 115 km from Imphal": the
                // clause follows the place's setting; the place is the subject.
                if word(name.lowerBound - 1) == "in", let place = nameEnding[name.lowerBound - 1],
                   word(place.lowerBound - 1) == "of", Vocabulary.settlementNouns.contains(word(place.lowerBound - 2) ?? "") {
                    return place
                }
                return appositionHead(of: name)
            }
            if token.text == "," { return nil }
            cursor -= 1
        }
        return nil
    }

    /// The place an apposition describes when `name` ends it: "Lanzhou" for "Gansu" in "Lanzhou,
    /// the capital city of Gansu, which …"; `name` itself otherwise.
    func appositionHead(of name: Range<Int>) -> Range<Int> {
        guard word(name.lowerBound - 1) == "of" else { return name }
        var cursor = name.lowerBound - 2
        while cursor > max(tokens.startIndex, name.lowerBound - 7), let token = token(cursor), token.isWord, !token.isCapitalized {
            cursor -= 1
        }
        // Also "Pasto, capital of the state of Narino": "capital" needs no article.
        if token(cursor)?.text == ",", let head = nameEnding[cursor], ["the", "a", "an", "capital"].contains(word(cursor + 1) ?? "") { return head }
        return name
    }
}
