extension SentenceScanner {
    /// "the capital, Damascus", "the Syrian capital Damascus", "Damascus, the Syrian capital",
    /// "the capital of Syria, Damascus", "Damascus, the capital of Syria", "Idlib, the provincial capital".
    func capitalClaim(at index: Int) -> Claim? {
        // "Almaty, the former capital of Kazakhstan", "the old royal capital": a capital once,
        // which the gazetteer cannot check.
        if Self.pastCapitalWords.contains(word(index - 1) ?? "") || Self.pastCapitalWords.contains(word(index - 2) ?? "") { return nil }
        // "the unofficial capital" of a rebel zone, "the de facto capital" of a group: a name
        // given, no seat of government the gazetteer records.
        if Self.figurativeCapitalWords.contains(word(index - 1) ?? "") || Self.figurativeCapitalWords.contains(word(index - 2) ?? "") {
            return nil
        }
        var start = index
        var provincial = Vocabulary.capitalQualifiers.contains(word(index - 1) ?? "")
        if provincial { start -= 1 }
        // "the republic's capital, Makhachkala", "the province's capital".
        if !provincial, isPossessiveMark(index - 1), let owner = word(index - 2), Vocabulary.firstLevelNouns.union(["republic"]).contains(owner),
           nameEnding[index - 1] == nil {
            provincial = true
            start = index - 2
        }
        while isCountryWord(start - 1) { start -= 1 }
        var countries = countryWords(in: start..<index)
        if word(start - 1) == "'s", let owner = nameEnding[start - 1] {
            countries.append(text(from: owner.lowerBound, through: owner.upperBound - 1))
            // "Damascus, Syria's capital".
            if token(owner.lowerBound - 1)?.text == ",", let name = nameEnding[owner.lowerBound - 1] {
                return claim(subject: name, from: name.lowerBound, through: index, countries: countries, provincial: provincial)
            }
            // "Sudan's capital Khartoum", "Kachin State's capital, Myitkyina".
            var after = index + 1
            if token(after)?.text == "," { after += 1 }
            guard let name = nameStarting[after] else { return nil }
            return claim(subject: name, from: owner.lowerBound, through: name.upperBound - 1, countries: countries, provincial: provincial)
        }
        // "Lashkar Gah, capital of Helmand province": no article.
        if token(start - 1)?.text == ",", let name = nameEnding[start - 1], word(index + 1) == "of", let named = nameStarting[index + 2] {
            let owner = capitalOwner(named)
            countries.append(owner.text)
            return claim(subject: name, from: name.lowerBound, through: owner.last, countries: countries,
                         provincial: provincial || owner.isRegion, owner: countries.last)
        }
        // "the capital", and "a provincial capital" ("Gaziantep, a major city and provincial capital").
        guard let opening = word(start - 1) == "the" ? start - 1 : article(before: start),
              word(opening) == "the" || (provincial && ["a", "an"].contains(word(opening) ?? "")) else { return nil }
        // "the regional capital of Kharkiv": the named place is the capital of its region.
        if provincial, word(index + 1) == "of", let name = nameStarting[index + 2],
           !(token(opening - 1)?.text == "," && nameEnding[opening - 1] != nil) {
            return claim(subject: name, from: opening, through: name.upperBound - 1, countries: [], provincial: true)
        }
        // "the Georgian capital of Tbilisi": with the country said before, "of" names the city.
        if !provincial, !countries.isEmpty, countries.allSatisfy({ !Demonyms.codes(in: $0.lowercased()).isEmpty }),
           word(index + 1) == "of", let name = nameStarting[index + 2],
           !Vocabulary.regionNouns.contains(word(name.upperBound) ?? ""), !isPossessiveMark(name.upperBound) {
            return claim(subject: name, from: opening, through: name.upperBound - 1, countries: countries, provincial: false)
        }
        var last = index
        // "the capital of Syria", "the capital of the Amhara region, Bahir Dar", "the capital of
        // the restive Jonglei State", "the administrative centre of the country's Samegrelo region".
        let ownerStart = word(index + 2) == "the" ? ownerName(after: index + 2) ?? index + 2 : index + 2
        var owner: String?
        if word(index + 1) == "of", let country = nameStarting[ownerStart] {
            last = ownerEnd(country)
            owner = text(from: country.lowerBound, through: last)
            countries.append(owner!)
        }
        if token(last + 1)?.text == ",", let name = nameStarting[last + 2] {
            return claim(subject: name, from: opening, through: name.upperBound - 1, countries: countries, provincial: provincial, owner: owner)
        }
        if last == index, let name = nameStarting[index + 1] {
            return claim(subject: name, from: opening, through: name.upperBound - 1, countries: countries, provincial: provincial)
        }
        if token(opening - 1)?.text == ",", let name = nameEnding[opening - 1] {
            return claim(subject: name, from: name.lowerBound, through: last, countries: countries, provincial: provincial, owner: owner)
        }
        // "Goma, which is eastern Congo's largest city and the capital of North Kivu province",
        // "Kandahar is the capital of Kandahar province".
        // Not after a preposition: "…, which is 136 miles from the capital of Port-au-Prince" measures
        // from the capital, it does not call the place one.
        if !["from", "of", "to", "near", "in", "at", "toward", "towards", "outside", "around"].contains(word(opening - 1) ?? ""),
           let name = relativeSubject(before: opening) {
            return claim(subject: name, from: name.lowerBound, through: last, countries: countries, provincial: provincial, owner: owner)
        }
        // "the capital of Port-au-Prince": a city named as the capital, or a country whose capital
        // goes unnamed; only the gazetteer tells, so the reading is tentative.
        if !provincial, word(index + 1) == "of", let named = nameStarting[index + 2], countries.count == 1,
           token(last + 1)?.text != "," || nameStarting[last + 2] == nil {
            var found = claim(subject: named, from: opening, through: last, countries: [], provincial: false)
            found.isTentative = true
            return found
        }
        return nil
    }

    /// What a capital is the capital of, from the name after "of": the name with its region
    /// word ("Helmand province"), the region a possessive owns ("south China's Guangdong
    /// province"), or a part of a country ("south China"); the last two are a region's, as is
    /// any when `partOfCountry` (a position the phrase read before the name).
    func capitalOwner(_ name: Range<Int>, partOfCountry: Bool = false) -> (text: String, last: Int, isRegion: Bool) {
        if isPossessiveMark(name.upperBound), let region = nameStarting[name.upperBound + 1] {
            let last = ownerEnd(region)
            return (text(from: region.lowerBound, through: last), last, true)
        }
        // "the capital of the Republic of Moldova": the country is the name after "of".
        if Self.stateTitles.contains(text(from: name.lowerBound, through: name.upperBound - 1)), word(name.upperBound) == "of",
           let country = nameStarting[name.upperBound + 1] {
            return (text(from: country.lowerBound, through: country.upperBound - 1), country.upperBound - 1, partOfCountry)
        }
        // (Not "North Darfur", a region's own name.)
        let first = tokens[name.lowerBound]
        let compass = !first.isCapitalized && (Vocabulary.direction(first.lower) != nil || Vocabulary.position(first.lower) != nil)
        let last = ownerEnd(name)
        return (text(from: name.lowerBound, through: last), last, partOfCountry || compass)
    }

    /// The titles a state's formal name opens with: "the Republic of Moldova", "the Kingdom of
    /// Morocco", "the Democratic Republic of Congo".
    static let stateTitles: Set<String> = [
        "Republic", "Kingdom", "Democratic Republic", "Federal Republic", "Islamic Republic", "People's Republic",
        "Federation", "Principality", "Sultanate", "State", "Commonwealth",
    ]

    /// Words that make a capital a figure of speech: "the unofficial capital", "the de facto
    /// capital", "the self-declared capital", "the spiritual capital".
    static let figurativeCapitalWords: Set<String> = [
        "unofficial", "facto", "self-declared", "self-proclaimed", "spiritual", "cultural", "symbolic", "informal", "rebel",
    ]

    /// Words that make a capital a past one: "the former capital", "the ancient royal capital".
    static let pastCapitalWords: Set<String> = ["former", "old", "ancient", "onetime", "one-time", "erstwhile", "historic", "historical", "colonial", "imperial"]

    /// Where an owner's name starts after "the" at `article`: at once, after the text's own
    /// country ("the country's Samegrelo region"), or after up to two adjectives ("the restive
    /// Jonglei State", "the oil-producing Upper Nile state"); nil when no name follows so.
    func ownerName(after article: Int) -> Int? {
        var cursor = article + 1
        if ["country", "nation"].contains(word(cursor) ?? ""), isPossessiveMark(cursor + 1) { cursor += 2 }
        while nameStarting[cursor] == nil, cursor < article + 3, let token = token(cursor), token.isWord, !token.isCapitalized,
              !Self.placeNoun(token.lower), !Self.phraseStoppers.contains(token.lower) {
            cursor += 1
        }
        return nameStarting[cursor] != nil ? cursor : nil
    }

    /// The last word of an owner's name, with a region word that follows it ("Helmand province"),
    /// and a second name joined by "and" ("Jammu and Kashmir", "Sistan and Baluchestan province").
    func ownerEnd(_ owner: Range<Int>) -> Int {
        var end = owner.upperBound
        if word(end) == "and", let second = nameStarting[end + 1] { end = second.upperBound }
        return Vocabulary.regionNouns.contains(word(end) ?? "") ? end : end - 1
    }

    /// The name a relative clause or a copula makes the subject of what follows: "X, which is …
    /// and the capital", "X is the capital". Looks back at most twelve words.
    func relativeSubject(before index: Int) -> Range<Int>? {
        if ["is", "was", "remains", "became"].contains(word(index - 1) ?? ""), let name = nameEnding[index - 1] { return name }
        // "Palu city, which was hit by a tsunami on Friday, is the capital of …": the copula after
        // a relative clause between commas, about the name (and its town's noun) before it.
        if ["is", "was", "remains"].contains(word(index - 1) ?? ""), token(index - 2)?.text == "," {
            var comma = index - 3
            while comma > max(tokens.startIndex, index - 30), token(comma)?.text != "," { comma -= 1 }
            guard token(comma)?.text == ",", ["which", "who"].contains(word(comma + 1) ?? "") else { return nil }
            if let name = nameEnding[comma] { return name }
            if let noun = word(comma - 1), Vocabulary.settlementNouns.contains(noun), let name = nameEnding[comma - 1] { return name }
            return nil
        }
        var cursor = index - 1
        while cursor >= max(tokens.startIndex, index - 12) {
            if ["which", "that"].contains(word(cursor) ?? ""), token(cursor - 1)?.text == ",", let name = nameEnding[cursor - 1] {
                return name
            }
            if token(cursor)?.text == "," && word(cursor + 1) != "which" && word(cursor + 1) != "that" { return nil }
            cursor -= 1
        }
        // "Perugia is an Italian city and the capital of the Umbria region": the sentence's
        // subject, its copula, a noun phrase of words alone and "and the capital".
        let first = tokens.startIndex
        if word(index - 1) == "and", let name = name(at: first) ?? nameStarting[first], name.upperBound < index,
           ["is", "was", "remains", "became"].contains(word(name.upperBound) ?? ""),
           ["a", "an", "the"].contains(word(name.upperBound + 1) ?? ""),
           (name.upperBound + 2..<index - 1).allSatisfy({ token($0)?.isWord == true && !Self.phraseStoppers.contains(word($0) ?? "") }) {
            return name
        }
        return nil
    }

    /// A capital claim; the place is looked for in the `owner` it is said to be the capital of,
    /// when one is named ("Bor is the capital of Jonglei State": the Bor there). An adjective
    /// ("the Andean capital") may name no country, so it is no owner.
    private func claim(subject: Range<Int>, from first: Int, through last: Int, countries: [String], provincial: Bool,
                       owner: String? = nil) -> Claim {
        Claim(kind: .capital, text: text(from: first, through: last), span: span(from: first, through: last),
              subject: mention(subject, countryHint: owner), countries: countries, isProvincialCapital: provincial)
    }
}
