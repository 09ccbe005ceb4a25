import Geodesy

extension SentenceScanner {
    /// "the al-Waer neighbourhood of Homs", "Jobar, a district of Damascus",
    /// "Sheikh Maqsoud, a neighbourhood in Aleppo".
    func quarterClaim(at index: Int) -> Claim? {
        // "Homs’ al-Waer neighborhood", "Aleppo's Sheikh Maqsoud district": the city owns the quarter.
        if let quarter = nameEnding[index], let mark = token(quarter.lowerBound - 1),
           ["'s", "'", "\u{2019}"].contains(mark.lower), let city = nameEnding[quarter.lowerBound - 1] {
            return Claim(kind: .containment, text: text(from: city.lowerBound, through: index),
                         span: span(from: city.lowerBound, through: index), subject: mention(quarter), reference: mention(city))
        }
        guard let relation = word(index + 1), relation == "of" || relation == "in" else { return nil }
        var cityStart = index + 2
        if word(cityStart) == "the", nameStarting[cityStart + 1] != nil { cityStart += 1 }
        // "Wang Chao district of the western province of Tak": the region named in a phrase of its own.
        var regionPhrase: (name: Range<Int>, noun: String, last: Int)?
        if nameStarting[cityStart] == nil, word(cityStart) == "the", let phrase = nounPhrase(at: cityStart), let name = phrase.name,
           let noun = phrase.heads.last(where: { Vocabulary.firstLevelNouns.contains($0) }), word(name.lowerBound - 1) == "of" {
            regionPhrase = (name, noun, phrase.end - 1)
            cityStart = name.lowerBound
        }
        guard let city = nameStarting[cityStart] else { return nil }
        let subject: Range<Int>
        let opening: Int
        if let name = nameEnding[index], word(name.lowerBound - 1) == "the" {
            subject = name
            opening = name.lowerBound - 1
        } else if let name = nameEnding[index], ["in", "at", "near", "from", "into"].contains(word(name.lowerBound - 1) ?? "") {
            // Without the article: "in Zurmi area of Zamfara", "in Khok Pho district of Pattani".
            subject = name
            opening = name.lowerBound
        } else {
            var article = index - 1
            while let w = word(article), !["a", "an", "the"].contains(w), article > index - 4, token(article)?.isWord == true {
                article -= 1
            }
            guard ["a", "an", "the"].contains(word(article) ?? ""), token(article - 1)?.text == ",",
                  let name = nameEnding[article - 1] else { return nil }
            subject = name
            opening = name.lowerBound
        }
        if let regionPhrase {
            let region = text(from: city.lowerBound, through: city.upperBound - 1) + " " + regionPhrase.noun
            return Claim(kind: .containment, text: text(from: opening, through: regionPhrase.last),
                         span: span(from: opening, through: regionPhrase.last), subject: mention(subject), region: region)
        }
        var last = city.upperBound - 1
        // "the Bab al-Hawa area of Idlib province": a region named with its noun after it.
        if let w = word(city.upperBound), Vocabulary.firstLevelNouns.contains(w) { last += 1 }
        // "the Afrin district of Aleppo province": a region, not a city.
        if Vocabulary.regionNouns.contains(tokens[last].lower), last > city.lowerBound {
            return Claim(kind: .containment, text: text(from: opening, through: last), span: span(from: opening, through: last),
                         subject: mention(subject), region: text(from: city.lowerBound, through: last))
        }
        return Claim(kind: .containment, text: text(from: opening, through: last), span: span(from: opening, through: last),
                     subject: mention(subject), reference: mention(city))
    }

    /// "the Issyk-Kul region of Kyrgyzstan", "Batken province of Kyrgyzstan": a first-level
    /// region of a country. The outer name carries no region noun (that is ``quarterClaim(at:)``'s
    /// "the Nookat region of Osh Oblast"); a reading reported only when it holds, since "the
    /// region of X" may name what X is the centre of.
    func regionOfCountryClaim(at index: Int) -> Claim? {
        guard let unit = nameEnding[index], let outer = nameStarting[index + 2],
              !tokens[outer].contains(where: { Vocabulary.regionNouns.contains($0.lower) }),
              !Vocabulary.regionNouns.contains(word(outer.upperBound) ?? ""), token(outer.upperBound)?.text != "'s" else { return nil }
        let opening = word(unit.lowerBound - 1) == "the" ? unit.lowerBound - 1 : unit.lowerBound
        var subject = mention(unit)
        subject.nameRegion(tokens[index].lower)
        var claim = Claim(kind: .containment, text: text(from: opening, through: outer.upperBound - 1),
                          span: span(from: opening, through: outer.upperBound - 1), subject: subject,
                          region: text(from: outer.lowerBound, through: outer.upperBound - 1))
        claim.reportOnlyIfItHolds()
        return claim
    }

    /// "Saraqib, in Idlib province", "Azaz, a town in northern Syria", "Kilis in southern Turkey",
    /// "Reyhanli, in Turkey's Hatay province", "Tell Abyad, in the north of Syria".
    func containmentInRegion(at index: Int, subject given: Range<Int>? = nil) -> Claim? {
        // The subject: "X, in", "X, a (small) town in", or "X in" when a region word follows.
        var subject: Range<Int>? = given
        var direct = false
        var afterReference = false
        // The lower-case noun before "in" ("Munai town in"); a capitalized one ends a name ("Ozamiz
        // City in Misamis Occidental province").
        let nounBefore = nameEnding[index] == nil ? word(index - 1) : nil
        if subject != nil {
            // Given by the caller ("the Dahan-I-Ghori district in …").
        } else if token(index - 1)?.text == ",", let name = nameEnding[index - 1] {
            // "Sarpol-e Zahab, around 320 miles west of Tehran, in Kermanshah Province": the place
            // measured, not the one it is measured from.
            if let measured = lastDistance, measured.last == index - 2 { subject = measured.subject } else { subject = name }
        } else if token(index - 1)?.text == "(", let name = nameEnding[index - 1] {
            // "the town of Tuxpan (in Michoacan)".
            subject = name
        } else if [",", "("].contains(token(index - 1)?.text ?? ""), let noun = word(index - 2), Vocabulary.regionNouns.contains(noun),
                  let name = nameEnding[index - 2],
                  !["village", "town", "city", "hamlet"].contains(nameStarting[index + 1].flatMap { word($0.upperBound) } ?? "") {
            // "Huanta province, in Ayacucho Department", "Porgera district (in Enga)"; not "a notable
            // of al-Qayara district, in al-Aghr village", where the village is the scene.
            subject = name.lowerBound..<(index - 1)
        } else if ["located", "situated", "lying", "nestled"].contains(word(index - 1) ?? ""), token(index - 2)?.text == ",",
                  let name = nameEnding[index - 2] {
            // "the city of Nabatieh, located in southern Lebanon".
            subject = name
        } else if let noun = nounBefore, Vocabulary.settlementNouns.contains(noun) || ["township", "county"].contains(noun),
                  let name = nameEnding[index - 1] {
            // "Munai town in Lanao del Norte province", "Awantipora township in south Kashmir".
            subject = name
            // "Jishishan county in Gansu", "Berd region in Armenia": a unit is in a region or country.
            direct = !Vocabulary.regionNouns.union(["township"]).contains(noun)
        } else if let noun = nounBefore, noun.hasSuffix("s"), Vocabulary.settlementNouns.contains(String(noun.dropLast())),
                  let name = nameEnding[index - 1], !coordinated(before: name).isEmpty {
            // "Bacolod, Kauswagan and Linamon towns in Lanao del Norte": the list's last name,
            // which the list's others follow.
            subject = name
            direct = !Vocabulary.regionNouns.contains(String(noun.dropLast()))
        } else if let noun = nounBefore, Vocabulary.settlementNouns.contains(noun),
                  let name = (index - 4..<index - 1).reversed().lazy.compactMap({ self.nameEnding[$0] }).first,
                  (name.upperBound..<index - 1).allSatisfy({ self.token($0)?.isWord == true && self.token($0)?.isCapitalized == false
                      && !Self.phraseStoppers.contains(self.word($0) ?? "") && !["a", "an", "the"].contains(self.word($0) ?? "") }) {
            // "the Mora military base in northern Cameroon": a name, its modifiers, its noun.
            subject = name
            direct = true
        } else if let noun = nounBefore, Vocabulary.settlementNouns.contains(noun) {
            var article = index - 2
            while let token = token(article), token.isWord, !["a", "an", "the"].contains(token.lower), article > index - 5 {
                article -= 1
            }
            if ["a", "an", "the"].contains(word(article) ?? ""), token(article - 1)?.text == ",", let name = nameEnding[article - 1] {
                subject = name
            } else if ["a", "an"].contains(word(article) ?? ""), ["is", "was", "remains"].contains(word(article - 1) ?? ""),
                      let name = nameEnding[article - 1], name.lowerBound == tokens.startIndex || ["–", "—", "-"].contains(scalars[tokens[name.lowerBound - 1].start]) {
                // "Amchide is a small trading village in Cameroon's Far North province": the
                // sentence's subject, described.
                subject = name
            }
        } else if case let first = max(tokens.startIndex + 1, index - 8), let article = (first..<max(first, index - 1)).last(where: {
                      ["a", "an"].contains(word($0) ?? "") && token($0 - 1)?.text == "," && nameEnding[$0 - 1] != nil
                  }),
                  (article + 1..<index).allSatisfy({ token($0)?.isWord == true && token($0)?.isCapitalized == false && word($0) != "of" }),
                  (article + 1..<min(article + 4, index)).contains(where: { Vocabulary.settlementNouns.contains(word($0) ?? "") }),
                  !isAboutPerson(article + 1..<index), let name = nameEnding[article - 1] {
            // "Villanueva, a city plagued by violence in northwestern Honduras": words after the
            // apposition's noun, and then its setting.
            subject = name
        } else if let name = nameEnding[index] {
            subject = name
            // "the village of Kotcherwal in Rajouri": the noun says it is a place in another.
            direct = !(word(name.lowerBound - 1) == "of" && Vocabulary.settlementNouns.contains(word(name.lowerBound - 2) ?? ""))
            // "Altenahr, which is just south of Bonn in the state of Rhineland-Palatinate": after a
            // direction or a distance, the setting may be the first place's, not the reference's.
            if ["of", "from"].contains(word(name.lowerBound - 1) ?? ""), let w = word(name.lowerBound - 2),
               Vocabulary.direction(w) != nil || Vocabulary.units[w] != nil || w == "away" {
                afterReference = true
            }
        } else if Self.locatingVerbs.contains(word(index - 1) ?? ""), let opening = openingSubject(before: index) {
            // "It lies in the Tillaberi region", "The town is in northern Syria".
            return regionContainment(subject: opening.mention, start: opening.start, after: index)
        }
        guard let subject else { return nil }
        guard var claim = regionContainment(subject: nil, range: subject, start: subject.lowerBound, after: index, direct: direct) else { return nil }
        claim.isTentative = claim.isTentative || afterReference
        return claim
    }

    /// "the frontline town of Ocheretyne (Donetsk region)", "Bakhmut (Donetsk oblast)": a region
    /// in brackets after a name, with its noun, is where the place lies.
    func bracketedRegion(at index: Int) -> Claim? {
        guard let name = nameEnding[index], let region = nameStarting[index + 1], let noun = word(region.upperBound),
              Vocabulary.regionNouns.contains(noun), token(region.upperBound + 1)?.text == ")" else { return nil }
        let regionText = text(from: region.lowerBound, through: region.upperBound)
        return Claim(kind: .containment, text: text(from: name.lowerBound, through: region.upperBound + 1),
                     span: span(from: name.lowerBound, through: region.upperBound + 1),
                     subject: mention(name, countryHint: regionText), region: regionText)
    }

    /// "the Gulf of Mexico", "the Bay of Bengal": a feature named by its noun and what it is of,
    /// no region ("Veracruz in the Gulf of Mexico" is not in Papua New Guinea's Gulf province).
    func isFeatureOf(_ name: Range<Int>) -> Bool {
        name.count == 1 && Self.featureHeads.contains(tokens[name.lowerBound].lower) && word(name.upperBound) == "of"
            && nameStarting[name.upperBound + 1] != nil
    }

    /// Capitalized nouns that head a feature's name before "of".
    static let featureHeads: Set<String> = ["gulf", "bay", "sea", "strait", "straits", "lake", "cape", "isle", "islands", "mouth"]

    /// The rest of "X, in (the) (northern) Y (province)" after "in" at `index`, for a subject
    /// given as a name of the sentence (`range`) or as a mention (an opening subject).
    func regionContainment(subject given: PlaceMention?, range: Range<Int>? = nil, start: Int, after index: Int,
                           direct: Bool = false) -> Claim? {
        var cursor = index + 1
        let article = word(cursor) == "the"
        if article { cursor += 1 }
        var direction: CompassDirection?
        var central = false
        // "in the northeastern Norte de Santander Department": the adjective places the region in
        // its country, not the place in the region; "in northern Idlib province" places the place.
        // So does it before a country's adjective or a region's noun and "of": "in the southern
        // Philippine province of Lanao del Sur", "in the northern province of Idlib".
        let describesRegion = article && (nameStarting[cursor + 1] != nil || isCountryWord(cursor + 1)
            || (Vocabulary.regionNouns.contains(word(cursor + 1) ?? "") && word(cursor + 2) == "of"))
        // "northern", and a compass word used as one: "in south Kashmir", "in northeast Nigeria".
        if let w = word(cursor), let found = Vocabulary.position(w) ?? (nameStarting[cursor + 1] != nil ? Vocabulary.direction(w) : nil) {
            if !describesRegion { direction = found }
            cursor += 1
        } else if word(cursor) == "central" {
            central = !describesRegion
            cursor += 1
        } else if word(index + 1) == "the", let w = word(cursor), let found = Vocabulary.direction(w), word(cursor + 1) == "of" {
            // "in the north of Syria".
            direction = found
            cursor += 2
        }
        var countries: [String] = []
        var region: Range<Int>
        var hasRegionNoun = false
        var nounBefore: String?
        if let w = word(cursor), Vocabulary.regionNouns.contains(w), word(cursor + 1) == "of", let name = nameStarting[cursor + 2] {
            // "in the province of Idlib", "in the district of Maarat al-Numan".
            region = name
            hasRegionNoun = true
            nounBefore = w
        } else if let name = nameStarting[cursor], !isFeatureOf(name) {
            region = name
            // "in Kohgiluyeh and Boyer-Ahmad province": one region of two names.
            if word(name.upperBound) == "and", let second = nameStarting[name.upperBound + 1],
               Vocabulary.regionNouns.contains(word(second.upperBound) ?? "") {
                region = name.lowerBound..<second.upperBound
            }
            // "in Nigeria's Borno state", and "in Nigeria's northeast Borno state", where the
            // adjective places the region in its country (that is its own claim).
            let skipped = positionModifier(at: name.upperBound + 1) != nil && nameStarting[name.upperBound + 2] != nil ? 1 : 0
            if isPossessiveMark(name.upperBound), let inner = nameStarting[name.upperBound + 1 + skipped] {
                countries.append(text(from: name.lowerBound, through: name.upperBound - 1))
                region = inner
            }
            // "in Birnin Gwari area", "in Budalin township": a second-level unit named after its town.
            if let w = word(region.upperBound), Vocabulary.regionNouns.contains(w) || (direct && ["area", "township", "block", "constituency"].contains(w)) {
                region = region.lowerBound..<(region.upperBound + 1)
                hasRegionNoun = true
            } else if direct, word(region.upperBound) == "city", !(word(region.upperBound + 1).map(Vocabulary.regionNouns.contains) ?? false) {
                // "Rawdat Al-Rihan in Al-Mayadin city": a place in a city, the noun no part of its name.
                hasRegionNoun = true
            } else if Vocabulary.regionNouns.contains(tokens[region.upperBound - 1].lower) {
                hasRegionNoun = true
            }
        } else if let phrase = nounPhrase(at: index + 1), let name = phrase.name, !phrase.heads.isEmpty, phrase.owner == nil {
            // "in the Mozambican province of Cabo Delgado", "in the village of Cajerene": the
            // phrase read whole.
            region = name
            if let w = word(name.upperBound), Vocabulary.regionNouns.contains(w) { region = name.lowerBound..<(name.upperBound + 1) }
            // "in the state capital of Hermosillo": the last noun says what the place is, a city.
            hasRegionNoun = phrase.heads.last.map(Vocabulary.regionNouns.contains) ?? false
            if hasRegionNoun, region == name, let noun = phrase.heads.last(where: { Vocabulary.regionNouns.contains($0) }) {
                nounBefore = noun
            }
            countries = phrase.countryWords
            // "in the southern Philippine province of Lanao del Sur": after an article the
            // position is the region's in its country, not the place's in the region.
            if direction == nil, phrase.determiner == .none || !hasRegionNoun { direction = phrase.position }
        } else {
            return nil
        }
        // "Kauswagan town in Lanao del Norte": with no region word, the name after "in" may be a
        // region or another town ("a checkpoint town in Kalamansig"): a reading, reported only
        // when it holds.
        let unmarked = direct && !hasRegionNoun && direction == nil && !central
        let last = region.upperBound - 1
        // The place is looked for in that country or region first: "Rafah, in the Gaza Strip"
        // means the Rafah there, not its namesake across the border.
        let hint = countries.first ?? text(from: region.lowerBound, through: region.upperBound - 1)
        var subject: PlaceMention
        if let range {
            subject = mention(range, countryHint: hint)
        } else if let given {
            subject = given
            subject.countryHint = hint
        } else {
            return nil
        }
        var claim = Claim(kind: .containment, text: text(from: start, through: last), span: span(from: start, through: last),
                          subject: subject, direction: direction, isCentral: central, countries: countries,
                          region: text(from: region.lowerBound, through: last) + (nounBefore.map { " " + $0 } ?? ""))
        claim.isTentative = unmarked
        claim.reportsOnlyIfHolds = unmarked
        return claim
    }

    /// "the western Syrian city of Homs", "the northern city of Aleppo", "the central Turkish town Kirsehir".
    /// Also "the northern province of Badakhshan" (a region's position), "the southern port town
    /// of Marka", "the central, coastal town of Misrata".
    /// "the north-central provinces of Sukhothai, Phitsanulok and Phichit", "the southern towns
    /// of A and B": a position claim for each place of the list.
    func positionListClaims(at index: Int) -> [Claim] {
        guard let article = article(before: index), word(article) == "the" || isPossessiveMark(article - 1) || word(article) == "the" else { return [] }
        var cursor = index + 1
        var countries: [String] = []
        while isCountryWord(cursor), nameStarting[cursor] == nil || !Demonyms.codes(in: word(cursor) ?? "").isEmpty {
            countries += countryWords(in: cursor..<(cursor + 1))
            cursor += 1
        }
        guard let noun = word(cursor), ["provinces", "states", "regions", "towns", "cities", "villages", "districts", "islands", "ports", "communes",
                                             "municipalities", "counties"].contains(noun),
              word(cursor + 1) == "of", let last = listEnd(from: cursor + 2) else { return [] }
        let modifier = positionModifier(at: index)
        let direction = modifier?.direction
        let regions = ["provinces", "states", "regions"].contains(noun)
        return list(from: cursor + 2, through: last).map { member in
            var subject = mention(member, countryHint: countries.first)
            if regions { subject.nameRegion(String(noun.dropLast())) }
            var claim = Claim(kind: .position, text: text(from: article, through: last), span: span(from: article, through: last),
                              subject: subject, direction: direction, isCentral: direction == nil, countries: countries)
            // "the eastern islands of Samar and Leyte": an island is measured by the place of its
            // name, a reading reported only when it holds.
            if noun == "islands" { claim.reportOnlyIfItHolds() }
            return claim
        }
    }

    /// Whether a word names a kind of place, in the singular or the plural: "town", "villages",
    /// "district", "neighbourhoods".
    static func placeNoun(_ word: String) -> Bool {
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        return [word, singular].contains { Vocabulary.settlementNouns.contains($0) || Vocabulary.regionNouns.contains($0)
            || Vocabulary.quarterNouns.contains($0) || Vocabulary.facilityNouns.contains($0) || $0 == "area" || $0 == "part" }
    }

    /// "Floods hit central Quang Ngai province": a lower-case word before the position that is
    /// neither a place's noun, an article nor "of" (the region's position, not a part of a place).
    func isPlainVerb(_ index: Int) -> Bool {
        guard let token = token(index), token.isWord, !token.isCapitalized else { return false }
        return !Self.placeNoun(token.lower) && !["of", "a", "an", "the", "and", "or"].contains(token.lower)
    }

    func positionClaim(at index: Int) -> Claim? {
        var opening: Int
        var owner: [String] = []
        var bare = false
        var describesDateline = false
        if word(index - 1) == "'s", let country = nameEnding[index - 1] {
            // "Pakistan's southwestern province of Balochistan".
            opening = country.lowerBound
            owner = [text(from: country.lowerBound, through: country.upperBound - 1)]
        } else if let article = article(before: index), word(article) == "the" {
            opening = article
        } else if word(index - 1) == "this", dateline != nil {
            // "ANGRA DOS REIS, Brazil — … through this southeastern Brazilian city": the report's own place.
            opening = index - 1
            describesDateline = true
        } else if ["from", "in", "into", "to", "at", "near", "across", "throughout"].contains(word(index - 1) ?? "") {
            // Without the article: "a labourer from western Afghan city of Herat".
            opening = index
        } else if let before = token(index - 1), before.isWord, !before.isCapitalized, !["a", "an"].contains(before.lower) {
            // "tried to hit southern Saudi city of Najran": only with "city of" after (below).
            // Not "Tajoura, an eastern suburb of Tripoli", the suburb's place in the city.
            opening = index
            bare = true
        } else {
            return nil
        }
        // "the northern city of X", and a compass word used so: "the southeast village of Khiam".
        let direction = word(index).flatMap { Vocabulary.position($0) ?? Vocabulary.direction($0) }
        var cursor = index + 1
        // Other adjectives between: "the central, coastal town", "the northern border town".
        // Also a part and a town in it: "NSW's central west near the town of Dunedoo".
        var alongCoast = false
        while let token = token(cursor), token.text == "," || (token.isWord && !token.isCapitalized
                && !Vocabulary.settlementNouns.contains(token.lower) && !Vocabulary.firstLevelNouns.contains(token.lower)
                && !["island", "county"].contains(token.lower) && cursor < index + 4 && token.lower != "of") {
            if Self.coastNouns.contains(token.lower) { alongCoast = true }
            cursor += 1
        }
        // "deployed in southern Abyan province", "officials in south-eastern Minas Gerais state": a
        // region's position in its country, or a part of the region ("a town in southern Borno
        // state" is in the south of Borno): tentative, reported only when the region's position
        // holds. Not after a place or a place's noun, whose part it is.
        if !bare || isPlainVerb(index - 1), owner.isEmpty, direction != nil || word(index) == "central", let region = nameStarting[cursor],
           let noun = word(region.upperBound), Vocabulary.firstLevelNouns.contains(noun), word(region.upperBound + 1) != "of",
           Self.settingPrepositions.contains(word(index - 1) ?? "") || isPlainVerb(index - 1),
           // ("In central Carabobo state, …", "Elsewhere, in central Carabobo state": the sentence's own scene.)
           token(index - 2).map({ $0.isWord ? (!$0.isCapitalized || index - 2 == tokens.startIndex) && !Self.placeNoun($0.lower)
                                            : $0.text == "," && nameEnding[index - 2] == nil }) ?? true {
            var claim = Claim(kind: .position, text: text(from: index, through: region.upperBound), span: span(from: index, through: region.upperBound),
                              subject: mention(region), direction: direction, isCentral: direction == nil, countries: [])
            claim.isTentative = true
            return claim
        }
        let countryStart = cursor
        while isCountryWord(cursor) { cursor += 1 }
        var countries = owner + countryWords(in: countryStart..<cursor)
        // "the southern Black Sea region of Adjara", "the northern Shan State town of Lashio",
        // "the northern West Bank city of Nablus": capitalized words before a noun and the
        // place's own name describe it; only a country's adjective among them says its country.
        var describing = cursor
        while describing < cursor + 3, let token = token(describing), token.isWord, token.isCapitalized { describing += 1 }
        if describing > cursor, let w = word(describing), Vocabulary.settlementNouns.contains(w) || Vocabulary.firstLevelNouns.contains(w),
           word(describing + 1) == "of", nameStarting[describing + 2] != nil {
            cursor = describing
        }
        // (A single word stays a country's: "the northern Cameroon town of Mora".)
        if let w = word(cursor), Vocabulary.settlementNouns.contains(w) || Vocabulary.firstLevelNouns.contains(w),
           word(cursor + 1) == "of", nameStarting[cursor + 2] != nil,
           (countryStart..<cursor).filter({ Demonyms.codes(in: word($0) ?? "").isEmpty }).count >= 2 {
            countries = owner + countryWords(in: countryStart..<cursor).filter { !Demonyms.codes(in: $0.lowercased()).isEmpty }
        }
        // And adjectives after the country's: "the southern Tunisian desert town of Douz".
        let afterCountry = cursor
        while cursor > countryStart, cursor < afterCountry + 2, let token = token(cursor), token.isWord, !token.isCapitalized,
              !Vocabulary.settlementNouns.contains(token.lower), !Vocabulary.firstLevelNouns.contains(token.lower), token.lower != "county",
              !Vocabulary.borderWords.contains(token.lower), !Self.phraseStoppers.contains(token.lower) {
            cursor += 1
        }
        if Vocabulary.borderWords.contains(word(cursor) ?? "") { cursor += 1 }
        guard var noun = word(cursor), Vocabulary.settlementNouns.contains(noun) || Vocabulary.firstLevelNouns.contains(noun)
                || ["island", "county"].contains(noun), noun != "area" else { return nil }
        // "port town", "market town": the last noun counts.
        while let next = word(cursor + 1), Vocabulary.settlementNouns.contains(next) {
            cursor += 1
            noun = next
        }
        cursor += 1
        // "the northeastern region of Kenya" may be a part of a country as well as a region's
        // name ("the central region of Sagaing"): read as a region, tentatively.
        // "The northern district of Panchagarh" (a district named after its town, or a part of a
        // city), "the northern island of Thassos", "the southern county of Dolj" (measured by
        // their towns): likewise.
        // Only with the position word next to the noun: "the central business district of Jakarta" is a part of it.
        if noun == "district", cursor - 1 != index + 1 { return nil }
        // "the northern suburb of Edmond": a part of a city named before, not of a country.
        if ["suburb", "suburbs"].contains(noun), countries.isEmpty { return nil }
        let tentative = (noun == "region" && word(cursor) == "of") || ["district", "island", "county"].contains(noun)
        guard !bare || (word(cursor) == "of" && !Vocabulary.quarterNouns.contains(noun) && !["suburb", "suburbs", "outskirts"].contains(noun)) else { return nil }
        if word(cursor) == "of" { cursor += 1 }
        guard let name = nameStarting[cursor] else {
            guard word(cursor - 1) != "of", !Vocabulary.firstLevelNouns.contains(noun) else { return nil }
            if describesDateline, let dateline {
                let subject = PlaceMention(name: dateline.name, span: span(from: opening, through: cursor - 1), isDescription: true)
                return Claim(kind: .position, text: text(from: opening, through: cursor - 1), span: span(from: opening, through: cursor - 1),
                             subject: subject, direction: direction, isCentral: direction == nil, countries: countries)
            }
            // "… landed in Ashkelon. … after the missile hit the southern Israeli city": the place
            // named last before it (not a capitalized word opening the sentence, "Dozens"), as a
            // reading reported only when it holds.
            guard word(opening) == "the", !countries.isEmpty, ["city", "town", "village", "port"].contains(noun),
                  token(cursor)?.isCapitalized != true,
                  let previous = names.last(where: { $0.upperBound <= opening && (Demonyms.codes(in: tokens[$0.lowerBound].lower).isEmpty || $0.count > 1)
                      && !isOpeningPlural($0) })
                      .map({ (name: text(from: $0.lowerBound, through: $0.upperBound - 1), span: span(from: $0.lowerBound, through: $0.upperBound - 1)) })
                      ?? previousLastName else { return nil }
            let subject = PlaceMention(name: previous.name, span: span(from: opening, through: cursor - 1), isDescription: true)
            var claim = Claim(kind: .position, text: text(from: opening, through: cursor - 1), span: span(from: opening, through: cursor - 1),
                              subject: subject, direction: direction, isCentral: direction == nil, countries: countries)
            claim.reportOnlyIfItHolds()
            return claim
        }
        let last = name.upperBound - 1
        var subject = mention(name, countryHint: countries.first)
        if Vocabulary.firstLevelNouns.contains(noun) {
            // "the northern province of Badakhshan": the region, by its name and kind.
            subject.nameRegion(noun)
        }
        var claim = Claim(kind: .position, text: text(from: opening, through: last), span: span(from: opening, through: last),
                          subject: subject, direction: direction, isCentral: direction == nil, countries: countries)
        // "the southern coast near the town of Batabano": a coast is the edge, not the half (see
        // ``coastClaim(_:on:)``), so only a town that also lies in that half is reported.
        claim.isTentative = tentative || alongCoast
        return claim
    }
}

extension SentenceScanner {
    /// Nouns that, between a region's name and "of", introduce a town of it: "the Queensland
    /// city of Toowoomba", "the Guerrero township of Coyuca de Benítez".
    static let regionTownNouns: Set<String> = [
        "city", "town", "village", "port", "resort", "township", "municipality", "hamlet", "island", "community", "exclave",
        "enclave",
    ]

    /// "the Queensland city of Toowoomba", "the Canterbury town of Methven", "the South Island
    /// coastal town of Kaikoura": the place after "of" lies in the one named before the noun.
    ///
    /// The name before may also be a people or a party ("the Kurdish city of Erbil") rather than
    /// a region, so the claim is tentative: reported only when the name is a region the place
    /// lies in. A country's adjective ("the Syrian city of") is a position or setting read
    /// elsewhere; "the Afrin district of Aleppo" names the district, not its town.
    func regionTownClaim(at index: Int) -> Claim? {
        guard let noun = word(index), Self.regionTownNouns.contains(noun), let town = nameStarting[index + 2] else { return nil }
        return regionTownClaims(at: index, members: [town], last: end(ofRegionNamed: town) - 1).first
    }

    /// "the Azerbaijani cities of Terter and Horadiz", "the Lebanese villages of Khiam, Kfarkela
    /// and Odaisseh": each place of the list lies in the one named before the plural noun.
    func regionTownListClaims(at index: Int) -> [Claim] {
        guard let noun = word(index), let singular = Self.singular(noun), Self.regionTownNouns.contains(singular),
              let first = nameStarting[index + 2], let last = listEnd(from: first.lowerBound) else { return [] }
        return regionTownClaims(at: index, members: list(from: first.lowerBound, through: last), last: last)
    }

    /// The singular of a plural place noun ("cities" → "city", "towns" → "town"), nil for a singular.
    static func singular(_ noun: String) -> String? {
        if noun.hasSuffix("ies") { return String(noun.dropLast(3)) + "y" }
        if noun.hasSuffix("s"), !noun.hasSuffix("ss") { return String(noun.dropLast()) }
        return nil
    }

    /// The claims that `members`, named after the noun at `index` and "of", lie in the place or
    /// country named before the noun; `last` is the last token of the claims' text.
    private func regionTownClaims(at index: Int, members: [Range<Int>], last: Int) -> [Claim] {
        guard word(index + 1) == "of", !members.isEmpty else { return [] }
        // Up to two lower-case modifiers between the name and the noun: "coastal", "seaside".
        var cursor = index
        while cursor > index - 2, let previous = token(cursor - 1), previous.isWord, !previous.isCapitalized,
              !Self.phraseStoppers.contains(previous.lower), !["a", "an", "the"].contains(previous.lower),
              positionModifier(at: cursor - 1) == nil, !Vocabulary.regionNouns.contains(previous.lower) {
            cursor -= 1
        }
        func claims(opening: Int, region: String, countries: [String]) -> [Claim] {
            members.map { member in
                // The claim runs to the end of the subject, region word included ("… of Gegharkunik Province").
                var claim = Claim(kind: .containment, text: text(from: opening, through: last), span: span(from: opening, through: last),
                                  subject: mention(member, countryHint: region), countries: countries, region: region)
                claim.isTentative = true
                return claim
            }
        }
        // "the Thai city of Mae Sot", "the Pakistani border town of Taftan": in the adjective's
        // country (tentative too: a people's adjective may stand for a region, "the Kurdish city").
        // Not a border town: the border claim says more ("the Tajik border town of Isfara"),
        // nor a town two adjectives share ("the Egyptian-Gaza border city of Rafah").
        let bordering = (cursor..<index).contains { Vocabulary.borderWords.contains(word($0) ?? "") }
        if let adjective = token(cursor - 1), adjective.isCapitalized, word(cursor - 2) == "the", !adjective.lower.contains("-"),
           Demonyms.codes(in: adjective.lower).count == 1, !bordering {
            return claims(opening: cursor - 2, region: adjective.text, countries: [adjective.text])
        }
        guard let region = nameEnding[cursor], word(region.lowerBound - 1) == "the" else { return [] }
        // "the Lebanese Bekaa Valley town of Arsal", "the Ukrainian Danube port of Reni": the
        // country's adjective opens a name the noun follows; the rest only describes.
        let opening = tokens[region.lowerBound]
        if region.count > 1, Demonyms.codes(in: opening.lower).count == 1, !bordering,
           region.dropFirst().allSatisfy({ Demonyms.codes(in: tokens[$0].lower).isEmpty }) {
            return claims(opening: region.lowerBound - 1, region: opening.text, countries: [opening.text])
        }
        guard region.allSatisfy({ Demonyms.codes(in: tokens[$0].lower).isEmpty }) else { return [] }
        return claims(opening: region.lowerBound - 1, region: text(from: region.lowerBound, through: region.upperBound - 1), countries: [])
    }
}

extension SentenceScanner {
    /// "Ukraine's Kharkiv, Sumy and Chernihiv regions", "Azerbaijan's Ujar and Ganja regions":
    /// each region of the list, named with the plural's noun, in the owner.
    func ownedRegionListClaims(at index: Int) -> [Claim] {
        guard let noun = word(index), let singular = Self.singular(noun), Vocabulary.regionNouns.contains(singular),
              let last = nameEnding[index] else { return [] }
        var members = coordinated(before: last)
        guard !members.isEmpty else { return [] }
        members.append(last)
        let first = members[0]
        guard isPossessiveMark(first.lowerBound - 1), let owner = nameEnding[first.lowerBound - 1] else { return [] }
        let region = text(from: owner.lowerBound, through: owner.upperBound - 1)
        return members.map { member in
            var subject = mention(member, countryHint: region)
            subject.nameRegion(singular)
            return Claim(kind: .containment, text: text(from: owner.lowerBound, through: index), span: span(from: owner.lowerBound, through: index),
                         subject: subject, region: region)
        }
    }

    /// "Aden's districts of Khor Maksar, Crater and Moalla": each a quarter of the owner.
    func possessiveQuarterList(at index: Int) -> [Claim] {
        guard let noun = word(index), ["districts", "neighbourhoods", "neighborhoods", "suburbs", "quarters"].contains(noun),
              isPossessiveMark(index - 1), let owner = nameEnding[index - 1], word(index + 1) == "of",
              let first = nameStarting[index + 2] else { return [] }
        let last = listEnd(from: first.lowerBound) ?? first.upperBound - 1
        return list(from: first.lowerBound, through: last).map { member in
            Claim(kind: .containment, text: text(from: owner.lowerBound, through: last), span: span(from: owner.lowerBound, through: last),
                  subject: mention(member), reference: mention(owner))
        }
    }
}
