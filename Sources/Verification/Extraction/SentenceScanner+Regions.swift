import Geodesy

/// Claims about first-level regions and the places a text lists in them:
/// "Ukraine's northeastern Kharkiv region", "the central Artibonite region", "the Kharkiv region
/// of northeastern Ukraine", "Mandalay Region's Mogoke Township", "the Kharkiv region villages
/// of Pletenivka, Ohirtseve and Pylna".
extension SentenceScanner {
    /// Plural nouns that introduce a list of places: "the villages of A, B and C".
    static let pluralPlaceNouns: Set<String> = [
        "villages", "towns", "cities", "districts", "settlements", "communities", "localities", "areas", "camps",
        "neighbourhoods", "neighborhoods", "provinces", "regions", "hamlets",
    ]

    /// The claims a region word starts, at `index` (a word of ``Vocabulary/regionNouns``): after
    /// a name ("Kharkiv region") or as the last word of one ("Kharkiv Oblast").
    func regionClaims(at index: Int) -> [Claim] {
        var found = nameEnding[index]
        if found == nil, let phrase = nameEnding[index + 1], phrase.count >= 2, phrase.upperBound - 1 == index {
            found = phrase.lowerBound..<index
        }
        guard let name = found else { return [] }
        let regionEnd = index
        let before = name.lowerBound - 1
        var claims: [Claim] = []
        // "the Dahan-I-Ghori district in northern Baghlan province": a district of the region.
        if word(index + 1) == "in", word(before) == "the", let claim = containmentInRegion(at: index + 1, subject: name) {
            claims.append(claim)
        }
        // The rest is about first-level regions ("Kharkiv region", not "Spin Boldak district").
        guard Vocabulary.firstLevelNouns.contains(tokens[index].lower) else { return claims }
        // "the (northeastern) Kharkiv region villages of A, B and C": each is in the region.
        if let plural = word(index + 1), Self.pluralPlaceNouns.contains(plural), word(index + 2) == "of",
           let last = listEnd(from: index + 3) {
            let region = text(from: name.lowerBound, through: regionEnd)
            // "the Tolima and Huila State towns of A, B and C": each in one of the regions, which
            // one unsaid: a claim for each, reported only where it holds.
            let others = coordinated(before: name)
            let opening = others.first?.lowerBound ?? name.lowerBound
            let regions = others.map { text(from: $0.lowerBound, through: $0.upperBound - 1) + " " + tokens[regionEnd].text } + [region]
            for member in list(from: index + 3, through: last) {
                for region in regions {
                    var claim = Claim(kind: .containment, text: text(from: opening, through: last), span: span(from: opening, through: last),
                                      subject: mention(member, countryHint: others.isEmpty ? region : nil), region: region)
                    if !others.isEmpty { claim.reportOnlyIfItHolds() }
                    claims.append(claim)
                }
            }
        }
        // "Ukraine's northeastern Kharkiv region", "the central Artibonite region" (not "the
        // southern Black Sea region of Adjara", whose region is named after "of").
        if let adjective = word(before), Vocabulary.position(adjective) != nil || adjective == "central",
           !(word(index + 1) == "of" && nameStarting[index + 2] != nil) {
            if word(before - 1) == "'s", let country = nameEnding[before - 1] {
                claims.append(regionPosition(name, through: regionEnd, adjective: adjective, country: country, opening: country.lowerBound))
            } else if word(before - 1) == "the" {
                claims.append(regionPosition(name, through: regionEnd, adjective: adjective, country: nil, opening: before - 1))
            }
        }
        // "the Kharkiv region of northeastern Ukraine", "Baghlan province in northern Afghanistan".
        if ["of", "in"].contains(word(index + 1) ?? ""), let adjective = word(index + 2),
           Vocabulary.position(adjective) != nil || adjective == "central", let country = nameStarting[index + 3],
           !Vocabulary.regionNouns.contains(word(country.upperBound) ?? "") {
            let opening = word(before) == "the" ? before : name.lowerBound
            claims.append(Claim(kind: .position, text: text(from: opening, through: country.upperBound - 1),
                                span: span(from: opening, through: country.upperBound - 1),
                                subject: mention(name), direction: Vocabulary.position(adjective), isCentral: adjective == "central",
                                countries: [text(from: country.lowerBound, through: country.upperBound - 1)]))
        }
        return claims
    }

    private func regionPosition(_ name: Range<Int>, through regionEnd: Int, adjective: String, country: Range<Int>?, opening: Int) -> Claim {
        Claim(kind: .position, text: text(from: opening, through: regionEnd), span: span(from: opening, through: regionEnd),
              subject: mention(name), direction: Vocabulary.position(adjective), isCentral: adjective == "central",
              countries: country.map { [text(from: $0.lowerBound, through: $0.upperBound - 1)] } ?? [])
    }

    /// "Mandalay Region's Mogoke Township", "Aleppo province's Afrin district": a place in the
    /// region that owns it. `index` is the "'s".
    func possessiveContainment(at index: Int) -> Claim? {
        // The owner: "Mandalay Region" (one name), or "Aleppo province" (a name and a region word).
        var owner: Range<Int>?
        if let name = nameEnding[index], Vocabulary.regionNouns.contains(tokens[name.upperBound - 1].lower) {
            owner = name
        } else if let noun = word(index - 1), Vocabulary.regionNouns.contains(noun), let name = nameEnding[index - 1] {
            owner = name.lowerBound..<index
        }
        guard let owner, let place = nameStarting[index + 1] else { return nil }
        // "Logar Province's Natural Disaster Management Ministry": a body of the region, no place.
        if [tokens[place.upperBound - 1].lower, word(place.upperBound) ?? ""].contains(where: { Vocabulary.bodyNouns.contains($0) }) { return nil }
        let region = text(from: owner.lowerBound, through: owner.upperBound - 1)
        var last = place.upperBound - 1
        if let noun = word(last + 1), Vocabulary.settlementNouns.contains(noun) || noun == "township" { last += 1 }
        return Claim(kind: .containment, text: text(from: owner.lowerBound, through: last), span: span(from: owner.lowerBound, through: last),
                     subject: mention(place, countryHint: region), region: region)
    }

    /// The last token of a list of names starting at `start` ("A, B, C and D"); nil unless it
    /// has at least two names.
    func listEnd(from start: Int) -> Int? {
        guard var name = nameStarting[start] else { return nil }
        var count = 1
        // A list ends with "and" or "or": "the border town of Vovchansk, Kyiv …" is a town and
        // something else said of it, not two towns.
        var closed = false
        while true {
            let next = name.upperBound
            if token(next)?.text == ",", let following = nameStarting[next + 1] {
                name = following
            } else if ["and", "or"].contains(word(next) ?? "") || (token(next)?.text == "," && ["and", "or"].contains(word(next + 1) ?? "")) {
                let at = token(next)?.text == "," ? next + 2 : next + 1
                // "the villages of A, B, C and the M4 highway": closed by what is no name.
                closed = true
                guard let following = nameStarting[at] else { break }
                name = following
                count += 1
                break
            } else {
                break
            }
            count += 1
        }
        return count >= 2 && closed ? name.upperBound - 1 : nil
    }

    /// The names of a list from `start` through `last`.
    func list(from start: Int, through last: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var cursor = start
        while cursor <= last {
            if let name = nameStarting[cursor] {
                result.append(name)
                cursor = name.upperBound
            } else {
                cursor += 1
            }
        }
        return result
    }

    /// Capitalized last words of a building's name: "Zion Church", "Al-Shifa Hospital".
    static let buildingNames: Set<String> = [
        "Church", "Cathedral", "Mosque", "Temple", "Shrine", "Hospital", "School", "University", "College", "Airport", "Station",
        "Hotel", "Stadium", "Prison", "Market", "Palace", "Museum",
    ]

    /// The other names of a list that `name` ends ("Kyaukwar, Chaunggyi and Manar, north of
    /// Mogoke": Kyaukwar and Chaunggyi for Manar), so that a claim about the last holds for each.
    func coordinated(before name: Range<Int>) -> [Range<Int>] {
        var members: [Range<Int>] = []
        var cursor = name.lowerBound - 1
        // (A building is no member of a list of places: "Negombo and Zion Church".)
        guard word(cursor) == "and", !Self.buildingNames.contains(tokens[name.upperBound - 1].text) else { return [] }
        if token(cursor - 1)?.text == "," { cursor -= 1 }
        while let previous = nameEnding[cursor] {
            // "Port Douglas, north of Cairns, and Proserpine, north of Mackay": a place measured
            // from is no member of the list.
            // ("residents from Concow and Yankee Hill, about 85 miles north of …" is a list).
            let before = word(previous.lowerBound - 1), measure = word(previous.lowerBound - 2) ?? ""
            let measured = Vocabulary.units[measure] != nil || Vocabulary.direction(measure) != nil || ["away", "kms"].contains(measure)
            // A comma before "and" ends a clause there ("… from Nusaybin, and Hasakah, some 75 km
            // south of Qamishli, hosts …"): the place after "from" is no member then either.
            let clauseEnds = word(name.lowerBound - 1) == "and" && token(name.lowerBound - 2)?.text == ","
            if (before == "from" && (measured || clauseEnds)) || (before == "of" && Vocabulary.direction(measure) != nil) { break }
            // "the western coastal town of Negombo and Zion Church in …": the name of a singular
            // noun's phrase is that phrase's, no member of a list after it.
            if before == "of", Vocabulary.settlementNouns.contains(measure) { break }
            members.insert(previous, at: 0)
            guard token(previous.lowerBound - 1)?.text == ",", nameEnding[previous.lowerBound - 1] != nil else { break }
            cursor = previous.lowerBound - 1
        }
        return members
    }
}
