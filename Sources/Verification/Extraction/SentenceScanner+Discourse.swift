/// Subjects a sentence does not name where the claim is: a pronoun or a definite description
/// standing for the place the text went on about ("It lies in the Tillaberi region", "The city
/// sits … 120 km east of the capital"), and a name that opens the sentence as its subject
/// ("Makalondi is the last major town in Niger before the Burkina Faso border, some 100 km …").
extension SentenceScanner {
    /// Verbs that tie a sentence's opening subject to where it is.
    static let locatingVerbs: Set<String> = [
        "is", "was", "lies", "lay", "sits", "sat", "stands", "remains", "located", "situated", "has", "had",
    ]
    /// The head noun of a description of a place that opens the sentence and is followed by a
    /// locating verb: "The popular mountain resort is located …", "The district lies …".
    func openingDescription() -> Int? {
        let first = tokens.startIndex
        // "The Shiite-majority town is …": a capitalized word may modify ("Shiite-majority",
        // "Kurdish-held").
        func isModifier(_ index: Int) -> Bool {
            guard let token = token(index), token.isWord, word(index) != "of" else { return false }
            guard token.isCapitalized else { return true }
            return token.lower.split(separator: "-").last.map { Vocabulary.modifierSuffixes.contains(String($0)) } == true
        }
        guard ["the", "this"].contains(word(first) ?? ""),
              let head = (first + 1...first + 5).first(where: { Self.locatingVerbs.contains(word($0 + 1) ?? "") }),
              (first + 1...head).allSatisfy(isModifier),
              let w = word(head), Self.placeDescriptionNouns.contains(w) else { return nil }
        return head
    }

    /// Nouns that describe a place a sentence opens with ("The remote mountain resort is …").
    static let placeDescriptionNouns: Set<String> = [
        "city", "town", "village", "port", "hamlet", "settlement", "camp", "oasis", "resort", "destination", "locality",
        "enclave", "outpost", "garrison", "municipality", "district",
    ]
    /// How far into a sentence a claim may stand from the subject that opens it.
    static let maximumOpeningReach = 30

    /// "… killed in Kalar, said the director of the hospital in the town about 70 km south of
    /// Darbandikhan": "the town" right before a distance stands for the nearest place named
    /// before it in the sentence, else for the place the sentence before was about.
    func definiteSubject(before index: Int) -> (mention: PlaceMention, start: Int)? {
        var cursor = index - 1
        // "the town, 30 km south-west of Belgrade", "the community that's 30 miles south of
        // Houston", "this poor city located about 300 km southwest of Tunis".
        while let token = token(cursor), Vocabulary.hedges.contains(token.lower) || token.text == ","
                || ["which", "that", "'s", "lies", "is", "located", "situated", "sits"].contains(token.lower) {
            cursor -= 1
        }
        guard let noun = word(cursor), ["town", "city", "port", "village", "camp", "community"].contains(noun) else { return nil }
        var article = cursor - 1
        // "his city, 75 miles west of Rio" (a mayor's): a possessive stands for the place as well.
        let determiners: Set<String> = ["the", "this", "his", "her", "its", "their"]
        while article > cursor - 3, let token = token(article), token.isWord, !token.isCapitalized, !determiners.contains(token.lower),
              !Self.phraseStoppers.contains(token.lower) {
            article -= 1
        }
        guard let determiner = word(article), determiners.contains(determiner) else { return nil }
        let start = article
        let nounSpan = span(from: start, through: cursor)
        // The phrase read as the older rule reads it (right before the figure, no adjectives):
        // the nearest name before it in the sentence may be what it stands for. Read in the wider
        // forms, it stands only for the place the text went on about, and as a reading, never
        // grounds to call the claim wrong (the sentence's names before it were as often a people's,
        // a person's or another town's).
        let plain = ["the", "this"].contains(determiner) && article == cursor - 1
            && (cursor + 1..<index).allSatisfy { token($0)?.text != "," && word($0) != "'s" }
        if plain, let name = names.last(where: { $0.upperBound <= start }) {
            let last = name.upperBound - 1
            return (PlaceMention(name: text(from: name.lowerBound, through: last), span: nounSpan), start)
        }
        guard let previous = antecedent(for: noun) else { return nil }
        return (PlaceMention(name: previous.name, span: nounSpan, isDescription: !plain), start)
    }

    /// Participles that open a sentence with where its subject lies: "Located 25 km north of
    /// Kharkiv, …, Slatyne found itself …".
    static let preposedParticiples: Set<String> = ["located", "situated", "lying", "nestled", "perched"]

    /// The subject a sentence names after a claim that opens it with a participle: the first
    /// name after a comma that a lower-case word (its verb) follows, within 40 words. Nil when
    /// the claim does not open the sentence.
    func preposedSubject(before index: Int) -> Range<Int>? {
        let first = tokens.startIndex
        guard Self.preposedParticiples.contains(word(first) ?? ""), index - first <= 4 else { return nil }
        var cursor = index
        while cursor < min(tokens.endIndex, index + 40) {
            if token(cursor)?.text == ",", let name = nameStarting[cursor + 1], let next = token(name.upperBound),
               next.isWord, !next.isCapitalized, !isPossessiveMark(name.upperBound),
               !Self.phraseStoppers.contains(next.lower) || Self.locatingVerbs.contains(next.lower) {
                return name
            }
            cursor += 1
        }
        return nil
    }

    /// A sentence that opens with the figure names its subject after the reference (ending at
    /// `last`): "About 330 km west of Tbilisi lies the city of Zugdidi", "Some 800 miles from
    /// the capital, in the market town of Bawku, …" (firm), or "Roughly 30 km south of the
    /// border, al-Bab fell …" (a name that opens the main clause: `firm` false, since it may
    /// name a people or a force as well as a place).
    func invertedSubject(opening index: Int, after last: Int) -> (name: Range<Int>, firm: Bool)? {
        guard index - tokens.startIndex <= 1 else { return nil }
        /// "the (adjectives) town of X" from `cursor`: X's start, or nil.
        func introduced(at cursor: Int) -> Int? {
            guard word(cursor) == "the" else { return nil }
            var cursor = cursor + 1
            while cursor < last + 8, let token = token(cursor), token.isWord, !token.isCapitalized,
                  !Vocabulary.settlementNouns.contains(token.lower) { cursor += 1 }
            guard let noun = word(cursor), Vocabulary.settlementNouns.contains(noun), word(cursor + 1) == "of" else { return nil }
            return cursor + 2
        }
        if let verb = word(last + 1), ["lies", "lie", "sits", "stands", "is"].contains(verb) {
            let start = word(last + 2) == "the" ? introduced(at: last + 2) : last + 2
            return start.flatMap { nameStarting[$0] }.map { ($0, true) }
        }
        guard token(last + 1)?.text == "," else { return nil }
        if ["in", "at"].contains(word(last + 2) ?? ""), let start = introduced(at: last + 3), let name = nameStarting[start] {
            return (name, true)
        }
        if let name = nameStarting[last + 2], let next = token(name.upperBound), next.isWord, !next.isCapitalized,
           !Self.phraseStoppers.contains(next.lower), !isPossessiveMark(name.upperBound) {
            return (name, false)
        }
        return nil
    }

    /// The subject of a claim at `index` when the words before it name none: the sentence's
    /// opening name followed by a locating verb, or "It" / "The city" for the place the text
    /// named before (``previousName``).
    func openingSubject(before index: Int) -> (mention: PlaceMention, start: Int)? {
        let first = tokens.startIndex
        guard index - first <= Self.maximumOpeningReach else { return nil }
        // "Makalondi is …", "The town of Afrin lies …".
        if let name = name(at: first) ?? nameStarting[first], name.upperBound < index,
           Self.locatingVerbs.contains(word(name.upperBound) ?? "") {
            return (mention(name), first)
        }
        // "It lies …", "The city sits …", "This town is …".
        var end: Int?
        var noun = "town"
        if word(first) == "it", Self.locatingVerbs.contains(word(first + 1) ?? "") {
            end = first
        } else if ["the", "this"].contains(word(first) ?? ""), ["city", "town", "village", "camp"].contains(word(first + 1) ?? ""),
                  nameStarting[first + 2] == nil, word(first + 2) != "of" {
            end = first + 1
            noun = word(first + 1) ?? noun
        } else if let head = openingDescription(), let w = word(head) {
            // "The popular mountain resort is located …": a description of the place before.
            end = head
            noun = Vocabulary.settlementNouns.contains(w) ? w : "town"
        }
        guard let end, end < index, let previous = antecedent(for: noun) else { return nil }
        // "It" may stand for an event as well as a place ("It was about 26 km from Nurdagi", of
        // an earthquake): a reading, never grounds to call the claim wrong. "The city" names a place.
        return (PlaceMention(name: previous.name, span: span(from: first, through: end), isDescription: word(first) == "it"), first)
    }
}
