extension SentenceScanner {
    /// Prepositions that put a place on or near a border, and how near.
    static let borderPrepositions: [String: BorderRelation] = [
        "on": .on, "at": .on, "along": .on, "straddling": .on, "astride": .on,
        "near": .near, "by": .near, "nearby": .near, "before": .near, "across": .on,
    ]

    /// "the border city of Jarablus", "the Turkish border town of Akcakale", "Jarablus, a border
    /// town", "Kilis, near the Syrian border", "Azaz, on the border with Turkey".
    func borderClaims(at index: Int) -> [Claim] {
        // "across the border from Mexicali" is read as towns facing each other (``acrossClaim(at:)``).
        if word(index - 1) == "the", word(index - 2) == "across", acrossClaim(at: index - 2) != nil { return [] }
        // "from the border" belongs to a distance claim.
        if let from = (index - 3..<index).last(where: { word($0) == "from" }), (from + 1..<index).allSatisfy({ word($0) == "the" || isCountryWord($0) }) {
            return []
        }
        // "the border town of", and one modifier between: "the border trading town of Moreh".
        for noun in [index + 1, index + 2] {
            // ("the border states of Punjab, Gujarat and Rajasthan").
            guard let w = word(noun), Vocabulary.settlementNouns.contains(w) || Self.pluralPlaceNouns.contains(w) || w == "states" else { continue }
            if noun == index + 2, !Self.borderTownModifiers.contains(word(index + 1) ?? "") { continue }
            if ["region", "province", "regions", "provinces", "area", "areas"].contains(w) { break }
            return borderTownClaims(at: index, noun: noun)
        }
        guard let claim = nearBorderClaim(at: index) else { return [] }
        // "near Turkey's borders with Iraq and Syria": a claim for each border.
        guard word(index + 1) == "with", let last = listEnd(from: index + 2) else { return [claim] }
        // The owner is the side the place is on ("Turkey's"), not a border of its own.
        let owners = isPossessiveMark(index - 1) ? [] : Array(claim.countries.dropLast())
        let end = claim.span.start..<max(claim.span.end, tokens[last].end)
        return list(from: index + 2, through: last).map { member in
            var copy = claim
            copy.countries = owners + [text(from: member.lowerBound, through: member.upperBound - 1)]
            copy.text = String(String.UnicodeScalarView(scalars[end]))
            copy.span = TextSpan(start: end.lowerBound, end: end.upperBound)
            return copy
        }
    }

    /// Words between "border" and a town's noun: "the border trading town of Moreh".
    static let borderTownModifiers: Set<String> = ["trading", "market", "crossing", "garrison", "transit", "mining", "farming", "fishing"]

    /// "the border town of X", "the border towns of A and B", "X, a border town"; `noun` is the
    /// town's noun after "border".
    private func borderTownClaims(at index: Int, noun: Int) -> [Claim] {
        var start = index
        while isCountryWord(start - 1) || word(start - 1).flatMap(Vocabulary.position) != nil
                || ["small", "key", "strategic", "northern", "southern", "remote", "frontline", "main"].contains(word(start - 1) ?? "") {
            start -= 1
        }
        let countries = countryWords(in: start..<index)
        var after = noun + 1
        if word(after) == "of" { after += 1 }
        // ("… attack on border base⏎Bamako : …": a headline's last words and the dateline's town.)
        if let name = nameStarting[after], !scalars[tokens[noun].end..<tokens[after].start].contains("\n") {
            let opening = ["the", "a", "an"].contains(word(start - 1) ?? "") ? start - 1 : start
            let last = listEnd(from: after) ?? name.upperBound - 1
            // "the northern border state of Tamaulipas": a region, by its name and kind.
            let regionNoun = word(noun).flatMap { Self.singular($0) ?? $0 }.flatMap { Vocabulary.firstLevelNouns.contains($0) ? $0 : nil }
            return list(from: after, through: last).map { member in
                var subject = mention(member, countryHint: countries.count == 1 ? countries[0] : nil, near: countries)
                if let regionNoun { subject.nameRegion(regionNoun) }
                return Claim(kind: .border, text: text(from: opening, through: last), span: span(from: opening, through: last),
                             subject: subject, countries: countries, borderRelation: .borderTown)
            }
        }
        // "Jarablus, a border town", "Sungai Kolok, a tough border town": the name comes first.
        var article = start - 1
        while article > start - 3, let w = word(article), !["a", "an", "the"].contains(w), token(article)?.isCapitalized == false,
              !Self.phraseStoppers.contains(w) {
            article -= 1
        }
        // "in Sungai Kolok border city": the name right before "border", with no article before
        // it (not "the US border town", a country's name used as an adjective).
        if let name = nameEnding[index], !["the", "a", "an"].contains(word(name.lowerBound - 1) ?? ""), word(noun + 1) != "of",
           name.allSatisfy({ Demonyms.codes(in: tokens[$0].lower).isEmpty }) {
            return [Claim(kind: .border, text: text(from: name.lowerBound, through: noun), span: span(from: name.lowerBound, through: noun),
                          subject: mention(name), borderRelation: .borderTown)]
        }
        guard ["a", "an", "the"].contains(word(article) ?? ""), token(article - 1)?.text == ",",
              let name = nameEnding[article - 1] else { return [] }
        return [Claim(kind: .border, text: text(from: name.lowerBound, through: noun),
                      span: span(from: name.lowerBound, through: noun), subject: mention(name, near: countries),
                      countries: countries, borderRelation: .borderTown)]
    }

    /// "the adjacent Turkish town of Akcakale", "the neighbouring Syrian town of Kobani": a town
    /// across a border from the place before.
    func adjacentTownClaim(at index: Int) -> Claim? {
        guard word(index - 1) == "the" else { return nil }
        var cursor = index + 1
        while isCountryWord(cursor), nameStarting[cursor] == nil || !Demonyms.codes(in: word(cursor) ?? "").isEmpty { cursor += 1 }
        let countries = countryWords(in: index + 1..<cursor)
        guard !countries.isEmpty, let noun = word(cursor), Vocabulary.settlementNouns.contains(noun) else { return nil }
        var after = cursor + 1
        if word(after) == "of" { after += 1 }
        guard let name = nameStarting[after] else { return nil }
        return Claim(kind: .border, text: text(from: index - 1, through: name.upperBound - 1),
                     span: span(from: index - 1, through: name.upperBound - 1),
                     subject: mention(name, countryHint: countries[0], near: countries), countries: countries, borderRelation: .borderTown)
    }

    private func nearBorderClaim(at index: Int) -> Claim? {
        var start = index
        while isCountryWord(start - 1) { start -= 1 }
        var countries = countryWords(in: start..<index)
        var preposition = start - 2
        if word(index - 1) == "'s", let owner = nameEnding[index - 1] {
            // "on Gaza's border with Egypt".
            countries = [text(from: owner.lowerBound, through: owner.upperBound - 1)]
            preposition = owner.lowerBound - 1
        } else if word(index - 1) == "'s", word(index - 2) == "country", word(index - 3) == "the" {
            // "near the country's border with Burkina Faso": the country named after "with".
            preposition = index - 4
        } else if !countries.isEmpty || word(index + 1) == "with",
                  word(start - 1).flatMap({ Self.borderPrepositions[$0] }) != nil || word(start - 1) == "to" {
            // Headline style, without the article: "near Somalia border", "close to border with Ukraine".
            preposition = start - 1
        } else {
            guard word(start - 1) == "the" else { return nil }
        }
        var relation = word(preposition).flatMap { Self.borderPrepositions[$0] }
        if relation == nil, word(preposition) == "to", word(preposition - 1) == "close" || word(preposition - 1) == "next" {
            preposition -= 1
            relation = .near
        }
        guard let relation else { return nil }
        var last = index
        var named = countries
        if word(index + 1) == "with", let country = nameStarting[index + 2] {
            named.append(text(from: country.lowerBound, through: country.upperBound - 1))
            last = country.upperBound - 1
        } else if word(index + 1) == "between", let first = nameStarting[index + 2], word(first.upperBound) == "and",
                  let second = nameStarting[first.upperBound + 1] {
            named += [text(from: first.lowerBound, through: first.upperBound - 1),
                      text(from: second.lowerBound, through: second.upperBound - 1)]
            last = second.upperBound - 1
        }
        // "… 860 km northeast of Lima near the border with Ecuador": the place the distance is
        // about, not the place it is measured from.
        if let previous = lastDistance, previous.last == preposition - 1 || (previous.last == preposition - 2 && token(preposition - 1)?.text == ",") {
            let subject = previous.subject
            return Claim(kind: .border, text: text(from: subject.lowerBound, through: last), span: span(from: subject.lowerBound, through: last),
                         subject: mention(subject, near: named), countries: named, borderRelation: relation)
        }
        // "an attack in Mandera county near the Somalia border", "a post in Cizre near the border
        // with Syria": the place right before the preposition, after its own "in".
        var attached: Range<Int>?
        var before = preposition - 1
        if let noun = word(before), Vocabulary.regionNouns.contains(noun) || ["town", "city", "village"].contains(noun), nameEnding[before] != nil {
            before -= 1
        }
        if let name = nameEnding[before + 1], ["in", "at", "on", "of"].contains(word(name.lowerBound - 1) ?? "") {
            attached = name.lowerBound..<(preposition)
        }
        if let attached, subjectMention(before: preposition, near: named) == nil {
            // ("Mandera county": the unit, by its noun, which a town may stand in for.)
            let isUnit = before + 1 < preposition && Vocabulary.regionNouns.contains(word(before + 1) ?? "")
            let subject = mention(isUnit ? attached : attached.lowerBound..<(before + 1), near: named)
            return Claim(kind: .border, text: text(from: attached.lowerBound, through: last), span: span(from: attached.lowerBound, through: last),
                         subject: subject, countries: named, borderRelation: relation)
        }
        guard let found = subjectMention(before: preposition, near: named) else { return nil }
        return Claim(kind: .border, text: text(from: found.start, through: last),
                     span: span(from: found.start, through: last), subject: found.mention,
                     countries: named, borderRelation: relation)
    }

    /// "the (Turkish) border (with Turkey)", after "from" in a distance claim.
    func borderReference(at index: Int) -> (countries: [String], last: Int)? {
        guard word(index) == "the" else { return nil }
        var cursor = index + 1
        while isCountryWord(cursor) { cursor += 1 }
        guard let border = word(cursor), Vocabulary.borderWords.contains(border) else { return nil }
        var countries = countryWords(in: index + 1..<cursor)
        var last = cursor
        if word(cursor + 1) == "with", let country = nameStarting[cursor + 2] {
            countries.append(text(from: country.lowerBound, through: country.upperBound - 1))
            last = country.upperBound - 1
        }
        return (countries, last)
    }

    /// "Brownsville, a city across from Matamoros", "Calexico, across the border from Mexicali",
    /// "Myawaddy, directly across the Moei river from Mae Sot": towns facing each other across a
    /// border. `index` is "across".
    func acrossClaim(at index: Int) -> Claim? {
        var cursor = index + 1
        if word(cursor) == "the" {
            // "the border", "the Rio Grande", "the Moei river": up to four words, then "from".
            var next = cursor + 1
            while next < cursor + 5, let token = token(next), token.isWord, token.lower != "from" { next += 1 }
            cursor = next
        }
        // A town, not a country's or a region's side: "across the border from Russia's Belgorod
        // region" is read as a border claim.
        guard word(cursor) == "from", let reference = nameStarting[cursor + 1], !isPossessiveMark(reference.upperBound),
              !Vocabulary.regionNouns.contains(word(reference.upperBound) ?? "") else { return nil }
        var start = index
        while let w = word(start - 1), ["directly", "just", "right"].contains(w) { start -= 1 }
        guard let found = subjectMention(before: start) else { return nil }
        let last = reference.upperBound - 1
        return Claim(kind: .border, text: text(from: found.start, through: last), span: span(from: found.start, through: last),
                     subject: found.mention, reference: mention(reference), borderRelation: .across)
    }
}
