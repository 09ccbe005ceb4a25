import Geodesy

extension SentenceScanner {
    /// The most modifiers a noun phrase has between its determiner and its head.
    static let maximumModifiers = 6

    /// Words that end a noun phrase's modifiers: prepositions, conjunctions, verbs of place.
    static let phraseStoppers: Set<String> = [
        "of", "in", "on", "at", "near", "from", "to", "and", "or", "but", "by", "with", "for", "is", "was", "are", "were",
        "lies", "lie", "sits", "which", "that", "who", "where", "has", "have", "had", "said", "says", "some", "about",
        "north", "south", "east", "west", "its", "their", "his", "her", "while", "after", "before", "as", "than",
    ]

    /// Feature nouns a phrase may have as its head.
    static var headNouns: Set<String> {
        Vocabulary.settlementNouns.union(Vocabulary.regionNouns).union(Vocabulary.firstLevelNouns)
            .union(Vocabulary.quarterNouns).union(["country", "capital", "countryside", "territory", "strip", "part", "parts"])
    }

    /// The noun phrase that starts at `start`, or nil when none does (see ``NounPhrase``).
    /// Reads at most a dozen tokens, and one complement after "of".
    func nounPhrase(at start: Int, readingComplement: Bool = true) -> NounPhrase? {
        guard token(start) != nil else { return nil }
        var phrase = NounPhrase(range: start..<start)
        var cursor = start
        // Determiner.
        if word(cursor) == "the" {
            phrase.determiner = .definite
            cursor += 1
            // "the country's southwest".
            if word(cursor) == "country", isPossessiveMark(cursor + 1) {
                phrase.determiner = .possessive
                phrase.ownerIsTheCountry = true
                cursor += 2
            }
        } else if ["a", "an"].contains(word(cursor) ?? "") {
            phrase.determiner = .indefinite
            cursor += 1
        } else if let owner = nameStarting[cursor], isPossessiveMark(owner.upperBound) {
            // "Iraq's Kurdish region", "Ituri province's Djugu territory".
            phrase.determiner = .possessive
            phrase.owner = owner
            cursor = owner.upperBound + 1
        }
        // Modifiers.
        var modifiers = 0
        while modifiers < Self.maximumModifiers, let token = token(cursor) {
            let lower = token.lower
            if token.text == ",", let next = self.token(cursor + 1), next.isWord, !next.isCapitalized,
               !Self.phraseStoppers.contains(next.lower), modifiers > 0 {
                // "the battered, government-controlled city".
                cursor += 1
                continue
            }
            // A compass word before a head noun or a name is a position ("Ukraine's northeast
            // Kharkiv region", "the northwest province of …"); "north-central" is central.
            if let modifier = positionModifier(at: cursor), Vocabulary.position(lower) == nil,
               Self.headNouns.contains(word(cursor + 1) ?? "") || nameStarting[cursor + 1] != nil {
                if let direction = modifier.direction { phrase.position = direction } else { phrase.isCentral = true }
                modifiers += 1
                cursor += 1
                continue
            }
            // Prepositions and verbs end the modifiers, and so does a compass noun ("the north-east of").
            // An article inside ("became the capital") means the words before were no modifiers.
            if ["the", "a", "an"].contains(lower) { return nil }
            guard token.isWord, !Self.phraseStoppers.contains(lower), Vocabulary.direction(lower) == nil else { break }
            if let direction = Vocabulary.position(lower) {
                phrase.position = direction
            } else if lower == "central" {
                phrase.isCentral = true
            } else if !Demonyms.codes(in: lower).isEmpty {
                phrase.countryWords += countryWords(in: cursor..<(cursor + 1))
            } else if Self.headNouns.contains(lower) {
                break
            } else if token.isCapitalized, Self.isHyphenatedModifier(token) {
                // "the Houthi-held capital", "the Russian-occupied city".
                phrase.qualifiers.append(lower)
            } else if Vocabulary.faithAdjectives.contains(lower), Self.headNouns.contains(word(cursor + 1) ?? "") {
                // "a predominantly Muslim town".
                phrase.qualifiers.append(lower)
            } else if token.isCapitalized || nameStarting[cursor] != nil {
                // A name ("Homs", "al-Qayara") ends the modifiers.
                break
            } else {
                phrase.qualifiers.append(lower)
            }
            modifiers += 1
            cursor += 1
        }
        // Head nouns ("port city", "capital city"), or a compass noun after an article or owner.
        // A capitalized noun that opens a longer name is the name's ("County Donegal").
        while let w = word(cursor), Self.headNouns.contains(w), !(token(cursor)?.isCapitalized == true && (nameStarting[cursor]?.count ?? 0) > 1) {
            phrase.heads.append(w)
            cursor += 1
        }
        // Not a capitalized compass word that begins a name ("the Northwest Region").
        if phrase.heads.isEmpty, phrase.determiner == .definite || phrase.determiner == .possessive,
           let w = word(cursor), let direction = Vocabulary.direction(w),
           token(cursor)?.isCapitalized == false || nameStarting[cursor] == nil || word(cursor + 1) == "of" {
            phrase.heads = [w]
            phrase.headIsCompass = true
            phrase.position = direction
            cursor += 1
        }
        // A name as the head: "Idlib province", "the Bab al-Hawa area" (the name, then the noun).
        if phrase.heads.isEmpty, let name = nameStarting[cursor] {
            phrase.name = name
            cursor = name.upperBound
            while let w = word(cursor), Self.headNouns.contains(w) {
                phrase.heads.append(w)
                cursor += 1
            }
            // "the Kurdish capital of Erbil", "the Sunni town of Tal Afar": a capitalized
            // adjective, and the name after "of".
            if !phrase.heads.isEmpty, word(cursor) == "of", let named = nameStarting[cursor + 1], !isPossessiveMark(named.upperBound) {
                phrase.qualifiers.append(text(from: name.lowerBound, through: name.upperBound - 1))
                phrase.name = named
                cursor = end(ofRegionNamed: named)
            }
        }
        guard !phrase.heads.isEmpty || phrase.name != nil else { return nil }
        // The complement: "the city of Homs", "capital of the northeastern state of Borno".
        if word(cursor) == "of", phrase.name == nil {
            if let name = nameStarting[cursor + 1], !isPossessiveMark(name.upperBound) {
                phrase.name = name
                cursor = end(ofRegionNamed: name)
            } else if readingComplement, let inner = nounPhrase(at: cursor + 1, readingComplement: false) {
                phrase.complement = [inner]
                cursor = inner.end
            }
        }
        phrase.range = start..<cursor
        return phrase
    }

    /// Where a name ends with the region word that follows it, if one of `nouns` does ("Idlib
    /// province", "Borno State"): the index after the last token.
    func end(ofRegionNamed name: Range<Int>, nouns: Set<String> = Vocabulary.firstLevelNouns) -> Int {
        if let w = word(name.upperBound), nouns.contains(w) { return name.upperBound + 1 }
        return name.upperBound
    }

    /// Whether the token at `index` is a possessive mark ("'s", "’", "'").
    func isPossessiveMark(_ index: Int) -> Bool {
        guard let token = token(index) else { return false }
        return token.lower == "'s" || token.text == "\u{2019}" || token.text == "'"
    }
}
