import Geodesy

extension SentenceScanner {
    /// A word that says where in something a place lies, as a phrase's modifier: "northern",
    /// "central", a compass word used as an adjective ("northeast", "southwest"), and the
    /// compounds with "central" ("north-central", which counts as central: the looser claim).
    /// Nil for any other word. Whether a compass word is a modifier there is the caller's call.
    func positionModifier(at index: Int) -> (direction: CompassDirection?, central: Bool)? {
        guard let token = token(index), token.isWord, !token.isCapitalized else { return nil }
        let lower = token.lower
        if let direction = Vocabulary.position(lower) ?? Vocabulary.direction(lower) { return (direction, false) }
        if lower == "central" { return (nil, true) }
        let parts = lower.split(separator: "-")
        if parts.count == 2, parts[1] == "central", Vocabulary.direction(String(parts[0])) != nil
            || Vocabulary.position(String(parts[0])) != nil {
            return (nil, true)
        }
        return nil
    }

    /// Claims read from a phrase that names its owner:
    ///
    /// - "Nigeria's northeastern Borno state", "Ukraine's northeast Kharkiv region", "Pakistan's
    ///   northwest province of Khyber Pakhtunkhwa", "Mali's central town of Mopti": the place's
    ///   position in the owner country;
    /// - "southwest China's Yunnan Province", "north-central Nigeria's Kaduna State": the same,
    ///   the position said of the owner's part the place lies in;
    /// - "the country's eastern North Kivu province", "Northwest Nigeria's Zamfara State": the
    ///   same, with the place's own country, or a compass word opening the owner's name;
    /// - "Yunnan's capital city of Kunming": the owner's capital;
    /// - "Azerbaijan's Ganja city": a town in the owner (not "Turkey's Hatay province": a region
    ///   in its country is how the region is found, not a claim);
    /// - "Quito's northern Carcelen district": a quarter of the owner city.
    ///
    /// An owner that is itself a region ("Ituri province's Djugu territory") is read by
    /// ``possessiveContainment(at:)``.
    func ownedPhraseClaims() -> [Claim] {
        var claims: [Claim] = []
        var index = tokens.startIndex
        while index < tokens.endIndex {
            var start = index
            var leading: (direction: CompassDirection?, central: Bool)?
            if let modifier = positionModifier(at: index), let owner = nameStarting[index + 1], isPossessiveMark(owner.upperBound) {
                leading = modifier
                start = index + 1
            }
            // "the country's eastern North Kivu province": a position in the place's own country.
            if word(index) == "the", word(index + 1) == "country", isPossessiveMark(index + 2), let phrase = nounPhrase(at: index),
               phrase.ownerIsTheCountry, let name = phrase.name, phrase.position != nil || phrase.isCentral, !phrase.headIsCompass {
                let last = phrase.end - 1
                claims.append(Claim(kind: .position, text: text(from: index, through: last), span: span(from: index, through: last),
                                    subject: mention(name), direction: phrase.position, isCentral: phrase.position == nil))
                index = phrase.end
                continue
            }
            // "Northwest Nigeria's Zamfara State": a capitalized compass word opens the owner's name.
            // Not a cardinal one, which names ("South Africa's Limpopo province", "North Kivu's
            // Rutshuru territory") far more often than it places.
            if leading == nil, let owner = nameStarting[index], owner.count > 1, isPossessiveMark(owner.upperBound),
               !["north", "south", "east", "west"].contains(tokens[index].lower),
               let direction = Vocabulary.direction(tokens[index].lower),
               let phrase = nounPhrase(at: owner.upperBound + 1), let name = phrase.name, phrase.determiner == .none {
                let ownerText = text(from: index + 1, through: owner.upperBound - 1)
                let last = phrase.end - 1
                claims.append(Claim(kind: .position, text: text(from: index, through: last), span: span(from: index, through: last),
                                    subject: mention(name, countryHint: ownerText), direction: direction, countries: [ownerText]))
                index = max(phrase.end, index + 1)
                continue
            }
            guard let owner = nameStarting[start], isPossessiveMark(owner.upperBound),
                  !Vocabulary.regionNouns.contains(tokens[owner.upperBound - 1].lower),
                  let phrase = nounPhrase(at: start), phrase.owner == owner, let name = phrase.name else {
                index += 1
                continue
            }
            index = max(phrase.end, index + 1)
            let ownerText = text(from: owner.lowerBound, through: owner.upperBound - 1)
            let opening = leading == nil ? start : start - 1
            let last = phrase.end - 1
            let direction = leading?.direction ?? phrase.position
            let central = leading?.central ?? (phrase.isCentral && phrase.position == nil)
            let regionNoun = phrase.heads.last(where: { Vocabulary.firstLevelNouns.contains($0) })
            let namedRegion = Vocabulary.firstLevelNouns.contains(tokens[name.upperBound - 1].lower)
                || Vocabulary.firstLevelNouns.contains(word(name.upperBound) ?? "")
            if phrase.hasHead(in: Vocabulary.quarterNouns), regionNoun == nil, !namedRegion, leading == nil {
                claims.append(Claim(kind: .containment, text: text(from: opening, through: last), span: span(from: opening, through: last),
                                    subject: mention(name), reference: mention(owner)))
                continue
            }
            // "Sichuan's Yanyuan county": a unit below the first level describes a place as well.
            let described = regionNoun != nil || namedRegion || phrase.hasHead(in: Vocabulary.settlementNouns)
                || phrase.hasHead(in: Vocabulary.regionNouns)
            if phrase.hasHead(in: ["capital"]), leading == nil {
                // "Yunnan's capital city of Kunming", "Syria's capital Damascus".
                let provincial = phrase.isRegionalCapital
                claims.append(Claim(kind: .capital, text: text(from: opening, through: last), span: span(from: opening, through: last),
                                    subject: mention(name), countries: [ownerText], isProvincialCapital: provincial))
                continue
            }
            if direction == nil, !central, described, regionNoun == nil, !namedRegion, phrase.complement.isEmpty {
                // "Azerbaijan's Ganja city": a town in its owner (a region in its country, "Turkey's
                // Hatay province", is how the region is found, not a claim a reader would check).
                claims.append(Claim(kind: .containment, text: text(from: opening, through: last), span: span(from: opening, through: last),
                                    subject: mention(name, countryHint: ownerText), region: ownerText))
                continue
            }
            // (Not the setting of a claim about another place: "Reyhanli, in Turkey's Hatay province".)
            let isSetting = word(opening - 1) == "in" && (nameEnding[opening - 1] != nil || token(opening - 2)?.text == ",")
            if direction == nil, !central, regionNoun != nil || namedRegion, phrase.complement.isEmpty, !isSetting {
                // "Ukraine's Sumy region", "Yemen's oil-rich province of Marib": a region of its
                // owner, reported when it holds (the owner may be no country: "Gazprom's Moscow region office").
                var subject = mention(name, countryHint: ownerText)
                if let regionNoun, !namedRegion { subject.nameRegion(regionNoun) }
                var claim = Claim(kind: .containment, text: text(from: opening, through: last), span: span(from: opening, through: last),
                                  subject: subject, region: ownerText)
                claim.reportOnlyIfItHolds()
                claims.append(claim)
                continue
            }
            // "western Sudan's Darfur": a position said of the owner's part needs no noun.
            guard direction != nil || central, described || leading != nil else { continue }
            var subject = mention(name, countryHint: ownerText)
            // "the province of Khyber Pakhtunkhwa": the region, by its name and kind.
            if let regionNoun, !namedRegion { subject.nameRegion(regionNoun) }
            claims.append(Claim(kind: .position, text: text(from: opening, through: last), span: span(from: opening, through: last),
                                subject: subject, direction: direction, isCentral: direction == nil, countries: [ownerText]))
        }
        return claims
    }
}
