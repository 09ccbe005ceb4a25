import Geodesy

extension SentenceScanner {
    /// "In Salahudin province, gunmen attacked … in the city of Tuz-Khurmato", "In northern
    /// Raqqa, … the villages of Qerma, Qazali and Bagdik": a sentence that opens with a region
    /// sets it for the places the sentence then introduces with a settlement noun ("the town of
    /// X", "the villages of A, B and C"); each is claimed to lie in it (in the part named).
    func settingClaims() -> [Claim] {
        let first = tokens.startIndex
        guard word(first) == "in", let setting = nounPhrase(at: first + 1), let region = setting.name,
              token(setting.end)?.text == ",", setting.complement.isEmpty,
              setting.hasHead(in: Vocabulary.regionNouns) || setting.position != nil || setting.isCentral else { return [] }
        let regionEnd = end(ofRegionNamed: region, nouns: Vocabulary.regionNouns)
        let regionText = text(from: region.lowerBound, through: regionEnd - 1)
        var claims: [Claim] = []
        var index = setting.end + 1
        while index < tokens.endIndex {
            guard let noun = word(index), Vocabulary.settlementNouns.contains(noun) || Self.pluralPlaceNouns.contains(noun),
                  !Vocabulary.regionNouns.contains(noun), word(index + 1) == "of", let opening = nameStarting[index + 2] else {
                index += 1
                continue
            }
            let last = listEnd(from: opening.lowerBound) ?? opening.upperBound - 1
            for name in list(from: opening.lowerBound, through: last) {
                claims.append(Claim(kind: .containment, text: text(from: first, through: name.upperBound - 1),
                                    span: span(from: first, through: name.upperBound - 1),
                                    subject: mention(name, countryHint: regionText), direction: setting.position,
                                    isCentral: setting.isCentral, region: regionText))
            }
            index = last + 1
        }
        return claims
    }
}

extension SentenceScanner {
    /// A first-level region a text names ("Katsina state", "Sumy Oblast", "the province of
    /// Idlib"), as written, with where its words end.
    struct NamedRegion: Sendable {
        var text: String
        var end: Int
    }

    /// The first-level regions the sentence names, in order.
    func namedRegions() -> [NamedRegion] {
        names.compactMap { name in
            // "Katsina state", "Sumy Oblast", "North Kivu Province".
            let end = end(ofRegionNamed: name)
            if end > name.upperBound || (name.count > 1 && Vocabulary.firstLevelNouns.contains(tokens[name.upperBound - 1].lower)) {
                return NamedRegion(text: text(from: name.lowerBound, through: end - 1), end: end)
            }
            // "the province of Idlib".
            if word(name.lowerBound - 1) == "of", let noun = word(name.lowerBound - 2), Vocabulary.firstLevelNouns.contains(noun) {
                return NamedRegion(text: text(from: name.lowerBound, through: name.upperBound - 1) + " " + noun, end: name.upperBound)
            }
            return nil
        }
    }

    /// "In the Donetsk region, … the village of Zarichne", "settlements of Sumy Oblast. … the
    /// communities of A, B and C", "the A, B and C villages … in Katsina state": places a
    /// sentence introduces with a settlement noun, set in the region the text named last
    /// before them (in the sentence, or in the two sentences before: `carried`), or, when
    /// none did, in the one the sentence names after them.
    ///
    /// The reading is a guess about where the text places them, so each claim is tentative:
    /// reported only when the place is in that region. `regions` are the sentence's
    /// (``namedRegions()``), `introduced` its ``introducedPlaces()``.
    func discourseSettings(regions: [NamedRegion], carried: NamedRegion?,
                           introduced: [(members: [Range<Int>], start: Int)]) -> [Claim] {
        var claims: [Claim] = []
        for (members, start) in introduced {
            let before = regions.last { $0.end <= start }
            // From a sentence before, only villages and lists: "the city of X" in a later sentence
            // is as often elsewhere.
            let villages: Set<String> = ["village", "villages"]
            let listed = members.count > 1 || villages.contains(word(start) ?? "") || villages.contains(word(members[0].upperBound) ?? "")
            guard let region = before ?? regions.first(where: { $0.end > start }) ?? (listed ? carried : nil) else { continue }
            for member in members {
                // Not the region itself, nor a place inside its own name.
                guard !region.text.hasPrefix(text(from: member.lowerBound, through: member.upperBound - 1)) else { continue }
                var claim = Claim(kind: .containment, text: text(from: member.lowerBound, through: member.upperBound - 1),
                                  span: span(from: member.lowerBound, through: member.upperBound - 1),
                                  subject: mention(member, countryHint: region.text), region: region.text)
                claim.isTentative = true
                claims.append(claim)
            }
        }
        return claims
    }

    /// Names a settlement noun introduces, with where the phrase starts: "the village of X",
    /// "the towns of A, B and C", "X village", "the A, B and C villages".
    func introducedPlaces() -> [(members: [Range<Int>], start: Int)] {
        var found: [(members: [Range<Int>], start: Int)] = []
        var index = tokens.startIndex
        while index < tokens.endIndex {
            guard let noun = word(index) else { index += 1; continue }
            let settlement = ["village", "town", "city", "hamlet", "settlement", "community", "locality"].contains(noun)
            let plural = ["villages", "towns", "settlements", "communities", "hamlets", "localities"].contains(noun)
            if settlement || plural, word(index + 1) == "of", let first = nameStarting[index + 2] {
                let last = plural ? (listEnd(from: first.lowerBound) ?? first.upperBound - 1) : first.upperBound - 1
                found.append((list(from: first.lowerBound, through: last), index))
                index = last + 1
                continue
            }
            if settlement || plural, let name = nameEnding[index] {
                // "Zakka village", "the Dantakuri, Tsayau and Zakka villages".
                var members = [name]
                if plural {
                    var cursor = name.lowerBound
                    while true {
                        if word(cursor - 1) == "and" || token(cursor - 1)?.text == ",", let previous = nameEnding[cursor - 1] {
                            members.insert(previous, at: 0)
                            cursor = previous.lowerBound
                        } else if word(cursor - 1) == "and", token(cursor - 2)?.text == ",", let previous = nameEnding[cursor - 2] {
                            members.insert(previous, at: 0)
                            cursor = previous.lowerBound
                        } else {
                            break
                        }
                    }
                }
                found.append((members, members[0].lowerBound))
            }
            index += 1
        }
        return found
    }
}

extension SentenceScanner {
    /// A part of a named place the text sets a scene in: "in northern Burkina Faso", "gripped
    /// southwestern Uganda", "in the north of Iraq". Whether the name is a country the extractor
    /// cannot tell; the check finds out.
    struct PositionSetting: Sendable {
        var direction: CompassDirection?
        var isCentral: Bool
        /// The place named, as written ("Burkina Faso").
        var place: String
        /// Where the setting's words end.
        var end: Int
    }

    /// The parts of places the sentence sets scenes in, in order: a position word and a bare
    /// name, not a region with its noun ("northern Idlib province" is read as containment), nor
    /// an owner ("Nigeria's northeast") or a phrase led by an article ("the northern city of").
    func positionSettings() -> [PositionSetting] {
        var settings: [PositionSetting] = []
        for index in tokens.indices {
            // Not coordinated parts ("in central and eastern Japan", "north and northeast Syria"):
            // the place may be in either.
            if let modifier = positionModifier(at: index), let name = nameStarting[index + 1],
               !["the", "a", "an", "and", "or", ","].contains(word(index - 1) ?? token(index - 1)?.text ?? ""),
               !isPossessiveMark(index - 1),
               !isPossessiveMark(name.upperBound), Demonyms.codes(in: word(index + 1) ?? "").isEmpty,
               !Vocabulary.regionNouns.contains(tokens[name.upperBound - 1].lower),
               !Vocabulary.regionNouns.contains(word(name.upperBound) ?? ""),
               !Vocabulary.settlementNouns.contains(word(name.upperBound) ?? "") {
                settings.append(PositionSetting(direction: modifier.direction, isCentral: modifier.direction == nil && modifier.central,
                                                place: text(from: name.lowerBound, through: name.upperBound - 1), end: name.upperBound))
            } else if word(index) == "in", word(index + 1) == "the", let direction = word(index + 2).flatMap(Vocabulary.direction),
                      word(index + 3) == "of", let name = nameStarting[index + 4], !isPossessiveMark(name.upperBound),
                      !Vocabulary.regionNouns.contains(word(name.upperBound) ?? "") {
                // "in the north of Iraq".
                settings.append(PositionSetting(direction: direction, isCentral: false,
                                                place: text(from: name.lowerBound, through: name.upperBound - 1), end: name.upperBound))
            }
        }
        return settings
    }

    /// "Ten people were killed in northern Burkina Faso when gunmen attacked the village of
    /// Sikire": places the sentence introduces after a scene it set, each claimed to lie in that
    /// part of the place. (A scene of a sentence before is not carried: on published news that
    /// reading was more often a claim the text never made.) A place is introduced by
    /// a settlement noun ("the village of X", "X village") or as where something happened ("in
    /// X", "at X", "attacked X": ``eventWords``).
    ///
    /// The reading is a guess about what the text means, so each claim is tentative: reported
    /// only when it holds, or when the place is missing from the gazetteer. `settings` are the
    /// sentence's (``positionSettings()``), `introduced` its ``introducedPlaces()``.
    func positionSettingClaims(settings: [PositionSetting], introduced places: [(members: [Range<Int>], start: Int)]) -> [Claim] {
        var claims: [Claim] = []
        var introduced = places.flatMap(\.members)
        let placing = Self.eventWords.union(["in", "outside"])
        for name in names where placing.contains(word(name.lowerBound - 1) ?? "") {
            introduced.append(name)
        }
        var seen = Set<Int>()
        for member in introduced.sorted(by: { $0.lowerBound < $1.lowerBound }) where seen.insert(member.lowerBound).inserted {
            guard let setting = settings.last(where: { $0.end <= member.lowerBound }) else { continue }
            let name = text(from: member.lowerBound, through: member.upperBound - 1)
            // Not the place of the setting, a country word, a first-level region with its noun
            // (a district is a place in the scene: "in Sri Bun Rueang district") or an owner.
            guard name != setting.place, !setting.place.hasPrefix(name), Demonyms.codes(in: tokens[member.lowerBound].lower).isEmpty,
                  !isPossessiveMark(member.upperBound), !Vocabulary.firstLevelNouns.contains(word(member.upperBound) ?? ""),
                  !Vocabulary.firstLevelNouns.contains(tokens[member.upperBound - 1].lower),
                  positionModifier(at: member.lowerBound - 1) == nil else { continue }
            var claim = Claim(kind: .position, text: name, span: span(from: member.lowerBound, through: member.upperBound - 1),
                              subject: mention(member), direction: setting.direction,
                              isCentral: setting.isCentral, countries: [setting.place], region: setting.place)
            claim.isTentative = true
            claims.append(claim)
        }
        return claims
    }
}
