extension SentenceScanner {
    /// The verbs that say a place shares a border: "Saada province borders Saudi Arabia".
    static let adjoiningVerbs: Set<String> = [
        "borders", "bordering", "bordered", "adjoins", "adjoining", "abuts", "abutting", "neighbours", "neighbors",
    ]

    /// "Saada province borders Saudi Arabia", "the province of Sistan-Baluchestan, which borders
    /// Afghanistan and Pakistan", "Hatay, bordering Syria": a border claim for each country named
    /// after the verb, about the place before it (a region with its region word).
    func adjoiningClaims(at index: Int) -> [Claim] {
        // Not the noun: "the borders of", "its borders".
        guard !["the", "its", "their", "his", "her", "of", "'s", "our", "and", "with"].contains(word(index - 1) ?? ""),
              !isPossessiveMark(index - 1) else { return [] }
        // "neighbours" is a verb only after its subject or a relative pronoun, with a name next;
        // "border", a noun as often, only after the pronoun ("A and B counties, which border C").
        if word(index) == "border" {
            guard nameStarting[index + 1] != nil, ["which", "that"].contains(word(index - 1) ?? "") else { return [] }
        }
        if ["neighbours", "neighbors"].contains(word(index) ?? "") {
            guard nameStarting[index + 1] != nil,
                  nameEnding[index - 1] != nil || ["which", "that"].contains(word(index - 1) ?? "") else { return [] }
        }
        var before = index - 1
        // "which also borders", "that itself borders".
        if ["also", "itself", "directly"].contains(word(before) ?? "") { before -= 1 }
        if ["which", "that"].contains(word(before) ?? "") { before -= 1 }
        if token(before)?.text == "," { before -= 1 }
        // "Yala, Pattani and Narathiwat, all provinces bordering Malaysia": each of the list.
        // Also "Khyber Pakhtunkhwa and Balochistan provinces bordering Afghanistan".
        var members: [Range<Int>]?
        let pluralNouns: Set<String> = ["provinces", "states", "regions", "districts", "counties", "towns"]
        let listEnding: Int? = {
            guard let plural = word(before), pluralNouns.contains(plural) else { return nil }
            if ["all", "both"].contains(word(before - 1) ?? ""), token(before - 2)?.text == "," { return before - 2 }
            return nameEnding[before] != nil ? before : nil
        }()
        if let listEnding, let lastName = nameEnding[listEnding] {
            var first = lastName
            while true {
                if token(first.lowerBound - 1)?.text == "," || word(first.lowerBound - 1) == "and" || word(first.lowerBound - 1) == "or",
                   let previous = nameEnding[first.lowerBound - 1] {
                    first = previous
                } else if word(first.lowerBound - 1) == "and", token(first.lowerBound - 2)?.text == ",", let previous = nameEnding[first.lowerBound - 2] {
                    first = previous
                } else {
                    break
                }
            }
            if first != lastName, listEnd(from: first.lowerBound) == lastName.upperBound - 1 {
                members = list(from: first.lowerBound, through: lastName.upperBound - 1)
            }
        }
        if let members {
            var start = index + 1
            if word(start) == "with" { start += 1 }
            guard let country = nameStarting[start] else { return [] }
            let named = text(from: country.lowerBound, through: country.upperBound - 1)
            let noun = word(before).flatMap(Self.singular) ?? ""
            return members.map { member in
                var subject = mention(member)
                // "Mandera and Wajir counties": each a unit, measured by its town only as a reading.
                if Vocabulary.regionNouns.contains(noun) { subject.nameRegion(noun) }
                var claim = Claim(kind: .border, text: text(from: members[0].lowerBound, through: country.upperBound - 1),
                                  span: span(from: members[0].lowerBound, through: country.upperBound - 1),
                                  subject: subject, countries: [named], borderRelation: .on)
                claim.isAdjoining = true
                return claim
            }
        }
        var regionNoun: String?
        var described: Range<Int>?
        if let w = word(before), Vocabulary.firstLevelNouns.contains(w) {
            regionNoun = w
            before -= 1
        } else if let w = word(before), ["district", "county", "municipality", "township"].contains(w), nameEnding[before] != nil {
            // "Tengnoupal district bordering Myanmar": the unit, by its noun.
            regionNoun = w
            before -= 1
        } else if let w = word(before), Vocabulary.settlementNouns.contains(w) {
            // "Saravena, a town bordering Venezuela", "Ureña, a small market town bordering …":
            // the place the apposition describes.
            var article = before - 1
            while article > before - 4, let token = token(article), token.isWord, !token.isCapitalized,
                  !["a", "an", "the"].contains(token.lower), !Self.phraseStoppers.contains(token.lower) {
                article -= 1
            }
            if ["a", "an"].contains(word(article) ?? ""), token(article - 1)?.text == ",", let name = nameEnding[article - 1] {
                described = name
            }
        }
        guard let name = described ?? nameEnding[before + 1] else { return [] }
        // "the province of Sistan-Baluchestan, which borders …": the region, by its word.
        if regionNoun == nil, word(name.lowerBound - 1) == "of", let w = word(name.lowerBound - 2), Vocabulary.firstLevelNouns.contains(w) {
            regionNoun = w
        }
        var subject = mention(name)
        if let regionNoun { subject.nameRegion(regionNoun) }
        var start = index + 1
        if word(start) == "with" || word(start) == "on" { start += 1 }
        // "which borders neighbouring Afghanistan and Uzbekistan", "which borders both Bulgaria and Greece".
        if ["both", "also"].contains(word(start) ?? "") { start += 1 }
        if ["neighboring", "neighbouring", "the"].contains(word(start) ?? "") { start += 1 }
        guard let first = nameStarting[start] else { return [] }
        let last = listEnd(from: start) ?? first.upperBound - 1
        return list(from: start, through: last).map { country in
            let named = text(from: country.lowerBound, through: country.upperBound - 1)
            var claim = Claim(kind: .border, text: text(from: name.lowerBound, through: last), span: span(from: name.lowerBound, through: last),
                              subject: subject, countries: [named], borderRelation: .on)
            claim.isAdjoining = true
            return claim
        }
    }
}

extension SentenceScanner {
    /// "in Elazig and six more in the neighbouring province of Malatya", "Idlib province and
    /// parts of neighbouring Aleppo and Latakia": first-level regions said to border the one the
    /// sentence named before them. Each is a border claim between the two regions, tentative:
    /// which place "neighbouring" looks back to is a reading, so it is reported only when it holds.
    func neighbourClaims(at index: Int) -> [Claim] {
        guard ["in", "into", "of", "and", "to", "from", "the"].contains(word(index - 1) ?? "") else { return [] }
        var start = index + 1
        var noun: String?
        // "the neighbouring province of Malatya".
        if let w = word(start), Vocabulary.firstLevelNouns.contains(w), word(start + 1) == "of" {
            noun = w
            start += 2
        }
        guard let first = nameStarting[start] else { return [] }
        let last = listEnd(from: start) ?? first.upperBound - 1
        let members = list(from: start, through: last)
        // "neighbouring Laguna province".
        if noun == nil, let w = word(last + 1), Vocabulary.firstLevelNouns.contains(w) { noun = w }
        // The claim's words end with the noun when it follows the names.
        let claimEnd = noun != nil && word(last + 1) == noun ? last + 1 : last
        // The region looked back to: the nearest name before, with its noun if it has one.
        let opening = word(index - 1) == "the" ? index - 1 : index
        guard let reference = names.last(where: { $0.upperBound <= opening - 1 }) else {
            // "… in Rizal province. … in neighboring Laguna province": the place the sentence
            // before named last, when the noun says which kind of region is meant.
            guard let noun, let previous = previousLastName, !(dateline.map { $0.span == previous.span } ?? false) else { return [] }
            return neighbours(members, of: previous.name + " " + noun, noun: noun, opening: opening, end: claimEnd)
        }
        guard !isDateline(reference), Demonyms.codes(in: tokens[reference.lowerBound].lower).isEmpty || reference.count > 1 else { return [] }
        let referenceEnd = end(ofRegionNamed: reference)
        // "Idlib province", "Wardak Province": the noun after the name or ending it.
        let referenceNoun = referenceEnd > reference.upperBound ? word(referenceEnd - 1)
            : Vocabulary.firstLevelNouns.contains(tokens[reference.upperBound - 1].lower) && reference.count > 1 ? tokens[reference.upperBound - 1].lower : nil
        // Only regions: a region's noun on one side or the other says so.
        guard let regionNoun = noun ?? referenceNoun.flatMap({ Vocabulary.firstLevelNouns.contains($0) ? $0 : nil }) else {
            // "in Afghanistan and neighbouring Pakistan": two countries, reported when they are
            // neighbours (of two towns or regions without their nouns, nothing is said).
            guard word(index - 1) == "and", reference.upperBound == index - 1, members.count == 1 else { return [] }
            let named = text(from: members[0].lowerBound, through: members[0].upperBound - 1)
            var claim = Claim(kind: .border, text: text(from: reference.lowerBound, through: claimEnd),
                              span: span(from: reference.lowerBound, through: claimEnd),
                              subject: mention(reference), countries: [named], borderRelation: .on)
            claim.isAdjoining = true
            claim.reportOnlyIfItHolds()
            return [claim]
        }
        let written = text(from: reference.lowerBound, through: reference.upperBound - 1)
        let referenceText = written.lowercased().hasSuffix(" " + (referenceNoun ?? regionNoun)) ? written : written + " " + (referenceNoun ?? regionNoun)
        return neighbours(members, of: referenceText, noun: regionNoun, opening: opening, end: claimEnd)
    }

    /// The tentative border claims of ``neighbourClaims(at:)``: each member, a region of kind
    /// `noun`, borders `reference`.
    private func neighbours(_ members: [Range<Int>], of reference: String, noun: String, opening: Int, end: Int) -> [Claim] {
        members.map { member in
            var subject = mention(member)
            subject.nameRegion(noun)
            var claim = Claim(kind: .border, text: text(from: opening, through: end), span: span(from: opening, through: end),
                              subject: subject, countries: [reference], borderRelation: .on)
            claim.reportOnlyIfItHolds()
            return claim
        }
    }
}
