import Geodesy

extension SentenceScanner {
    /// Prepositions before "capital" and its name, with no article: "south of capital Lima".
    static let capitalPrepositions: Set<String> = ["of", "near", "in", "to", "from", "outside", "around", "toward", "towards", "into", "at"]

    /// Nouns after a region's name that make it a body's or an office's ("Minas Gerais state civil
    /// defense", "Kharkiv region police"), not a place's setting.
    static let bodyNouns: Set<String> = [
        "civil", "police", "government", "authorities", "administration", "council", "assembly", "legislature",
        "health", "emergency", "prosecutor", "prosecutors", "officials", "media", "television", "radio", "forces",
    ]

    /// Verbs that put a place somewhere: "X lies in the north of …", "X, located in …".
    static let placingVerbs: Set<String> = ["lies", "lie", "is", "was", "located", "situated", "sits", "lying", "stands"]

    /// Claims read from the noun phrases around each name, rather than from a trigger word:
    ///
    /// - an apposition that describes the place: "Zabadani, a western Syrian town" (position),
    ///   "Sulaymaniyah, capital of Iraq's Kurdistan region" (a regional capital), "Maiduguri,
    ///   capital of the northeastern state of Borno";
    /// - a place put in part of a country or region: "Tartus, a city in the far west of Syria",
    ///   "Manbij, in the north of the country", "Tal Abyad lies in the north of the Raqqa
    ///   governorate", "a town in the country's oil-rich southwest";
    /// - a capital named by its own phrase: "the provincial capital city of Daraa".
    func phraseClaims() -> [Claim] {
        var claims: [Claim] = []
        for name in names {
            var cursor = name.upperBound
            // "Mae Sot district, Tak province", "Huanta province, in Ayacucho": the unit's noun.
            // "Padang city, the capital of West Sumatra": a town's noun after its name.
            // "Quindío department, western Colombia", "the Kharkiv region in the east": a region's
            // noun, but no bare "Sumy region, Ukraine" (a region named with its country is no claim).
            var regionNamed = false
            // "Haluaghat upazila, Mymensingh", "Cisauk, Tangerang regency": any unit's noun.
            if let noun = word(cursor), ["township", "city", "town"].contains(noun) || Vocabulary.regionNouns.contains(noun),
               token(cursor + 1)?.text == "," || word(cursor + 1) == "in" {
                regionNamed = Vocabulary.firstLevelNouns.contains(noun)
                cursor += 1
            }
            guard token(cursor) != nil else { continue }
            // The apposition after the name.
            if token(cursor)?.text == ",", let description = nounPhrase(at: cursor + 1), description.name == nil
                || description.hasHead(in: ["capital"])
                || (description.determiner != .none && !description.heads.isEmpty && description.name.map { word($0.lowerBound - 1) == "of" } == true),
               // "In Yemen, the Houthi-controlled capital Sanaa": the phrase names its own place.
               nameStarting[description.end] == nil {
                // ("In Fukushima prefecture, the town of Tadami": a region is no town's part; "In
                // Normandy, the town of Vimoutiers saw …": after the sentence's opening phrase, a
                // phrase naming another place is the sentence's subject, no apposition.)
                let subjectAfterOpening = closesOpeningPhrase(cursor) && description.name != nil
                if let claim = appositionClaim(name, description), !(regionNamed && claim.kind == .containment), !subjectAfterOpening {
                    claims.append(claim)
                }
                cursor = description.end
            } else if token(cursor)?.text == ",", let region = nounPhrase(at: cursor + 1),
                      let claim = settingApposition(name, region) ?? (regionNamed ? nil : tentativeSetting(name, region)) {
                // "Nakano, central Japan", "Gaopo, Zhenxiong County".
                claims.append(claim)
                cursor = region.end
            } else if token(cursor)?.text == "," {
                cursor += 1
            }
            // Where the name (or the apposition) puts it: "in the north of …".
            while let w = word(cursor), Self.placingVerbs.contains(w) { cursor += 1 }
            if let claim = coastClaim(name, on: cursor) {
                claims.append(claim)
            } else if word(cursor) == "in", let place = nounPhrase(at: cursor + 1) {
                // "in Cianjur in West Java", "from Irun in Spain": a place and the region or
                // country it is in, or two settings; tentative like the comma's.
                // Only a name a preposition makes a place: "the African Union Mission in Somalia" is a body.
                let placed = ["in", "from", "at", "near", "to", "into", "reach", "reached"].contains(word(name.lowerBound - 1) ?? "")
                if let claim = partClaim(name, in: place) ?? (placed ? tentativeSetting(name, place) : nil) { claims.append(claim) }
            }
        }
        // "the capital" with no name in a report with a dateline: "… north of the capital" in a
        // report from BAMAKO says Bamako is the capital. (Without a dateline the place the text
        // was last about is too often no capital at all.)
        for index in tokens.indices where word(index) == "capital" && word(index - 1) == "the" {
            guard nameStarting[index + 1] == nil, word(index + 1) != "of", !(token(index + 1)?.text == "," && nameStarting[index + 2] != nil),
                  token(index - 2)?.text != ",", let standing = dateline else { continue }
            claims.append(Claim(kind: .capital, text: text(from: index - 1, through: index), span: span(from: index - 1, through: index),
                                subject: PlaceMention(name: standing.name, span: span(from: index - 1, through: index), isDescription: true)))
        }
        // "regional capital Makhachkala", without an article: the qualifier opens the phrase.
        // "provincial centre Batken": a region's seat by the word former Soviet states use.
        for index in tokens.indices where ["capital", "centre", "center"].contains(word(index) ?? "") {
            guard let qualifier = word(index - 1), Vocabulary.capitalQualifiers.contains(qualifier),
                  !["the", "a", "an", "'s", "\u{2019}"].contains(word(index - 2) ?? ""), !isCountryWord(index - 2) || word(index - 2) == nil,
                  let name = nameStarting[index + 1] else { continue }
            claims.append(Claim(kind: .capital, text: text(from: index - 1, through: name.upperBound - 1),
                                span: span(from: index - 1, through: name.upperBound - 1), subject: mention(name), isProvincialCapital: true))
        }
        // "south of capital Lima", "near capital Baku": no article, a preposition before.
        for index in tokens.indices where word(index) == "capital" {
            guard let before = word(index - 1), Self.capitalPrepositions.contains(before), !isPossessiveMark(index - 1),
                  let name = nameStarting[index + 1], !isPossessiveMark(name.upperBound) else { continue }
            claims.append(Claim(kind: .capital, text: text(from: index, through: name.upperBound - 1),
                                span: span(from: index, through: name.upperBound - 1), subject: mention(name)))
        }
        // "the provincial capital city of Daraa".
        for index in tokens.indices where word(index) == "the" {
            guard let phrase = nounPhrase(at: index), phrase.hasHead(in: ["capital"]), phrase.heads.count > 1,
                  let name = phrase.name, phrase.heads.last != "capital" else { continue }
            let provincial = phrase.isRegionalCapital
            // Without "provincial" the name may be the region ("Lanzhou, the capital city of Gansu"):
            // the apposition says which city; alone, the phrase names none.
            guard !(token(index - 1)?.text == "," && nameEnding[index - 1] != nil) else { continue }
            claims.append(Claim(kind: .capital, text: text(from: index, through: phrase.end - 1), span: span(from: index, through: phrase.end - 1),
                                subject: mention(name), countries: phrase.countryWords, isProvincialCapital: provincial))
        }
        return claims + settingClaims() + ownedPhraseClaims()
    }

    /// "Nakano, central Japan", "Guicán, northern Boyacá", "Gaopo, Zhenxiong County", "Vilcha,
    /// Chuhuiv district": a name
    /// set in a region by the name after its comma, when a position word or a region word says
    /// the second is a region (a bare "X, Y" may be a list), and no list goes on after it.
    private func settingApposition(_ name: Range<Int>, _ region: NounPhrase) -> Claim? {
        guard region.determiner == .none, let regionName = region.name, region.complement.isEmpty, !region.headIsCompass,
              // ("Vilcha, Chuhuiv district": a unit named after its town, measured by it.)
              region.position != nil || region.isCentral || region.hasHead(in: Vocabulary.firstLevelNouns.union(Vocabulary.regionNouns)),
              // "… northeast of Rio de Janeiro, Minas Gerais state civil defense said": the region
              // names a body that speaks, not where the place before it lies.
              !Self.bodyNouns.contains(word(region.end) ?? ""), !Self.personNouns.contains(word(region.end) ?? ""),
              word(region.end) != "and", !(token(region.end)?.text == "," && nameStarting[region.end + 1] != nil),
              !(token(name.lowerBound - 1)?.text == "," && nameEnding[name.lowerBound - 1] != nil) else { return nil }
        let last = region.end - 1
        let regionText = text(from: regionName.lowerBound, through: last)
        return Claim(kind: .containment, text: text(from: name.lowerBound, through: last), span: span(from: name.lowerBound, through: last),
                     subject: mention(name, countryHint: regionText), direction: region.position, isCentral: region.isCentral,
                     region: regionText)
    }

    /// "Tuban, East Java", "Guicán, Boyacá": a name and, after its comma, a bare name that may be
    /// its region, or the next place of a list. Read as containment, tentatively: the claim is
    /// kept only when the second name is a region or country the first place lies in. Not when
    /// a list goes on either side, nor when more words follow that make the second name a subject.
    private func tentativeSetting(_ name: Range<Int>, _ region: NounPhrase) -> Claim? {
        guard region.determiner == .none, let regionName = region.name, regionName.lowerBound == region.range.lowerBound,
              region.heads.isEmpty, region.complement.isEmpty, region.qualifiers.isEmpty,
              region.position == nil, !region.isCentral, !isPossessiveMark(region.end),
              // What follows ends the phrase: punctuation, or a lower-case word that goes on with the
              // sentence ("Depok, West Java felt a swaying"), not one that goes on with a list
              // ("Jakarta, Tangerang and Depok"; but "Buguruni, Dar es Salaam and a passenger").
              // The comma must not close an opening phrase ("Aside from East Java, Daryono noted").
              token(region.end).map({ [",", ".", ")", "(", ";", ":", "-", "\u{2014}", "\u{2013}"].contains($0.text)
                  || $0.isWord && !$0.isCapitalized && !["of", "'s", "\u{2019}", "or"].contains($0.lower)
                  && ($0.lower != "and" || token(region.end + 1).map { $0.isWord && !$0.isCapitalized } == true)
                  && (["on", "in", "at", "where", "when", "said", "after", "before", "to", "which", "is", "was", "has", "had"].contains($0.lower)
                      || !closesOpeningPhrase(name.upperBound)) }) ?? true,
              !(token(region.end)?.text == "," && nameStarting[region.end + 1] != nil),
              !(token(name.lowerBound - 1)?.text == "," && nameEnding[name.lowerBound - 1] != nil),
              word(name.lowerBound - 1) != "and",
              // A dateline ("KABUL, Afghanistan (Reuters) —") says where the report comes from: context, not a claim.
              !isDateline(name) else { return nil }
        let last = regionName.upperBound - 1
        let regionText = text(from: regionName.lowerBound, through: last)
        var claim = Claim(kind: .containment, text: text(from: name.lowerBound, through: last), span: span(from: name.lowerBound, through: last),
                          subject: mention(name, countryHint: regionText), region: regionText)
        claim.isTentative = true
        return claim
    }

    /// Whether the comma at `comma` closes a phrase the sentence opens with ("In Kharkiv,",
    /// "Aside from East Java,"): a preposition first and no comma before this one.
    func closesOpeningPhrase(_ comma: Int) -> Bool {
        // (A closing quote of the sentence before may lead the tokens.)
        guard let first = tokens.indices.first(where: { tokens[$0].isWord }), let opening = word(first),
              Self.openingPrepositions.contains(opening) else { return false }
        return !(first..<comma).contains { tokens[$0].text == "," }
    }

    /// Words that open a sentence's leading phrase: "In Kharkiv, …", "Aside from Java, …".
    static let openingPrepositions: Set<String> = [
        "in", "at", "from", "aside", "apart", "besides", "beyond", "outside", "across", "near", "after", "before", "like", "unlike",
    ]

    /// The claim an apposition makes about the place before it.
    private func appositionClaim(_ name: Range<Int>, _ description: NounPhrase) -> Claim? {
        let last = description.end - 1
        if description.hasHead(in: ["capital"]) {
            return capitalClaim(name, description)
        }
        // "Miran Shah, the main town of North Waziristan", "Kismayo, a port city of Jubaland": a
        // place in the region or city after "of".
        // "Chingola, a municipality of the Copperbelt province": a unit of a region named as one.
        let inner = description.complement.first.flatMap { $0.hasHead(in: Vocabulary.firstLevelNouns) && $0.position == nil ? $0.name : nil }
        if description.position == nil, !description.isCentral, description.owner == nil, let of = description.name ?? inner,
           description.hasHead(in: Vocabulary.settlementNouns),
           word(of.lowerBound - 1) == "of" || (word(of.lowerBound - 1) == "the" && word(of.lowerBound - 2) == "of"),
           case let regionEnd = end(ofRegionNamed: of),
           !description.hasHead(in: Vocabulary.regionNouns) || regionEnd > of.upperBound
               || Vocabulary.firstLevelNouns.contains(tokens[of.upperBound - 1].lower) {
            let regionText = text(from: of.lowerBound, through: regionEnd - 1)
            return Claim(kind: .containment, text: text(from: name.lowerBound, through: last), span: span(from: name.lowerBound, through: last),
                         subject: mention(name, countryHint: regionText), region: regionText)
        }
        // "Tajoura, an eastern suburb of Tripoli": east of the city.
        if let direction = description.position, description.hasHead(in: ["suburb", "suburbs", "outskirts"]), description.owner == nil,
           let city = description.name, word(city.lowerBound - 1) == "of" {
            return Claim(kind: .direction, text: text(from: name.lowerBound, through: last), span: span(from: name.lowerBound, through: last),
                         subject: mention(name), reference: mention(city), direction: direction)
        }
        // "a western Syrian town", "a southern Lebanese village": the place's position in its country.
        guard description.position != nil || description.isCentral, !description.headIsCompass,
              description.hasHead(in: Vocabulary.settlementNouns), description.complement.isEmpty else { return nil }
        var countries = description.countryWords
        if let owner = description.owner { countries.insert(text(from: owner.lowerBound, through: owner.upperBound - 1), at: 0) }
        return Claim(kind: .position, text: text(from: name.lowerBound, through: last), span: span(from: name.lowerBound, through: last),
                     subject: mention(name, countryHint: countries.first), direction: description.position,
                     isCentral: description.position == nil, countries: countries)
    }

    /// "X, capital of Iraq's Kurdistan region", "X, the capital of the northeastern state of Borno",
    /// "X, the Syrian capital", "X, Syria's capital".
    private func capitalClaim(_ name: Range<Int>, _ description: NounPhrase) -> Claim? {
        var last = description.end - 1
        // "the former capital of Kazakhstan": a capital once, which the gazetteer cannot check;
        // "the spiritual capital of the clergy": a figure of speech.
        guard description.qualifiers.allSatisfy({ !Self.pastCapitalWords.contains($0) && !Self.figurativeCapitalWords.contains($0) })
        else { return nil }
        // "provincial", "regional": the qualifier says a region's; a region named says which.
        var provincial = description.isRegionalCapital
        var countries = description.countryWords
        if let owner = description.owner { countries.append(text(from: owner.lowerBound, through: owner.upperBound - 1)) }
        if let of = description.name {
            // "capital of Helmand province", "capital of Syria", "capital of Jammu and Kashmir";
            // "capital of south China('s Guangdong province)", a region's capital.
            let owner = capitalOwner(of)
            countries.append(owner.text)
            provincial = provincial || owner.isRegion
            last = max(last, owner.last)
        } else if let owner = description.complement.first {
            if owner.determiner == .possessive || owner.hasHead(in: Vocabulary.firstLevelNouns) {
                // "capital of Iraq's Kurdish region", "capital of the northeastern state of Borno":
                // the region (a region the boundaries lack makes the claim unverifiable).
                if let region = owner.name {
                    let end = end(ofRegionNamed: region)
                    countries.append(text(from: region.lowerBound, through: end - 1) + (end == region.upperBound ? " " + (owner.heads.last ?? "") : ""))
                } else {
                    // "capital of Iraq's Kurdish region": a region with no name to check.
                    countries.append((owner.qualifiers + owner.heads).joined(separator: " "))
                }
            } else if let country = owner.name {
                // "capital of south China('s Guangdong province)": the phrase read "south" before
                // the name (not "North Darfur", a region's own name).
                let partOfCountry = (owner.position != nil || owner.isCentral) && token(owner.range.lowerBound)?.isCapitalized == false
                let found = capitalOwner(country, partOfCountry: partOfCountry)
                countries.append(found.text)
                provincial = provincial || found.isRegion
                last = max(last, found.last)
            } else {
                return nil
            }
        }
        return Claim(kind: .capital, text: text(from: name.lowerBound, through: last), span: span(from: name.lowerBound, through: last),
                     subject: mention(name), countries: countries.map { $0.trimmingCharacters(in: .whitespaces) },
                     isProvincialCapital: provincial)
    }

    /// "in the (far) north of Syria", "in the north of the country", "in the country's
    /// southwest", "in Syria's north": a place in part of a country or region.
    private func partClaim(_ name: Range<Int>, in place: NounPhrase) -> Claim? {
        // "in the north of", and "in the northern part of", "in the northeastern region of".
        let part = place.heads.count == 1 && ["part", "parts", "region"].contains(place.heads[0])
            && (place.heads[0] != "region" || word(place.range.lowerBound) == "the")
        guard place.headIsCompass || part, let direction = place.position else { return nil }
        let last = place.end - 1
        let text = text(from: name.lowerBound, through: last), span = span(from: name.lowerBound, through: last)
        // The country or region that is divided: "of X", "X's", "the country's", "of the country".
        var regionRange: Range<Int>?
        var ownCountry = place.ownerIsTheCountry
        if let owner = place.owner {
            regionRange = owner
        } else if let region = place.name {
            regionRange = region
        } else if let inner = place.complement.first {
            if inner.heads == ["country"], inner.determiner == .definite {
                ownCountry = true
            } else if let region = inner.name {
                regionRange = region
            }
        }
        // "Kunduz in the north": the country the place is in, unnamed.
        if place.determiner == .definite, place.owner == nil, place.name == nil, place.complement.isEmpty, word(place.end) != "of" {
            ownCountry = true
        }
        if ownCountry {
            return Claim(kind: .position, text: text, span: span, subject: mention(name), direction: direction)
        }
        guard let region = regionRange else { return nil }
        let end = end(ofRegionNamed: region)
        let regionText = self.text(from: region.lowerBound, through: end - 1)
        return Claim(kind: .containment, text: text, span: span, subject: mention(name, countryHint: regionText),
                     direction: direction, region: regionText)
    }
}
