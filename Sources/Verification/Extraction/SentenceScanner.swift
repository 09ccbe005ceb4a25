import Gazetteer
import Geodesy

/// Reads the claims of one sentence. Each pattern starts at a trigger word (a number with a
/// unit, a direction, "border", "capital", "in", a position adjective) and looks a few words
/// either way, so a sentence of any length is read in linear time.
struct SentenceScanner {
    /// The sentence's tokens (indices are those of the whole text).
    let tokens: ArraySlice<Token>
    let scalars: [Unicode.Scalar]
    /// Place-name phrases, as token ranges, in order.
    private(set) var names: [Range<Int>] = []
    /// The name phrase that starts at a token, by index.
    private(set) var nameStarting: [Int: Range<Int>] = [:]
    /// The name phrase that ends just before a token, by that token's index.
    private(set) var nameEnding: [Int: Range<Int>] = [:]
    /// Country words seen, with counts.
    private(set) var countryWords: [String: Int] = [:]
    /// Tokens already read as part of a distance claim (so "north of" in "162 km north of" is
    /// not read again as a direction claim).
    var consumed = Set<Int>()
    /// The place the text named last before this sentence (or, once read, in it), for "the city".
    var previousName: (name: String, span: TextSpan)?
    /// The last name the sentence before named, for "the southern Israeli city" said of it.
    var previousLastName: (name: String, span: TextSpan)?
    /// The place of the text's dateline ("MOSUL, Iraq (AP) —"), if it has one.
    var dateline: (name: String, span: TextSpan)?
    /// Names the text gave storms ("Hurricane Eta", "Cyclone Alfred"): never places, here or
    /// later in the text ("It was centred 140 km northwest of La Ceiba").
    private(set) var stormNames: Set<String>

    /// The names the text gives people, lower-cased (see ``People``): never the place the text
    /// goes on about.
    let people: Set<String>

    /// Words that make the name after them a storm's.
    static let stormWords: Set<String> = ["hurricane", "typhoon", "cyclone", "storm", "depression"]

    /// The place a definite description stands for: "the city", "the port" and "the capital" the
    /// dateline's city when there is one (the city the report is filed from), else the place the
    /// sentence before was about; "the town", "the village", "it" that place first.
    func antecedent(for noun: String) -> (name: String, span: TextSpan)? {
        ["city", "port", "capital"].contains(noun) ? (dateline ?? previousName) : (previousName ?? dateline)
    }
    /// The subject of the last distance claim read and its last token, for "… and 45 km from Y".
    var lastDistance: (subject: Range<Int>, last: Int)?
    /// The figures of "A, B and C, respectively 75, 185 and 260 km …", one for each name in
    /// order, by the first token of the last name.
    var respectiveFigures: [Int: [StatedDistance]] = [:]

    /// Nouns for people that an aside gives a name ("Yoshihisa Wakui, an official in Motegi").
    static let personNouns: Set<String> = [
        "official", "officials", "resident", "residents", "spokesman", "spokeswoman", "spokesperson", "farmer", "villager",
        "teacher", "doctor", "mayor", "governor", "witness", "commander", "chief", "director", "member", "worker",
        "survivor", "student", "journalist", "reporter", "correspondent", "shopkeeper", "driver", "priest", "activist",
    ]

    /// The most words between a place and the claim that follows it ("Homs, located some …").
    static let maximumFillers = 12

    init(tokens: ArraySlice<Token>, scalars: [Unicode.Scalar], previousName: (name: String, span: TextSpan)? = nil,
         dateline: (name: String, span: TextSpan)? = nil, stormNames: Set<String> = [], people: Set<String> = []) {
        self.tokens = tokens
        self.scalars = scalars
        self.previousName = previousName
        self.dateline = dateline
        self.stormNames = stormNames
        self.people = people
        findNames()
    }

    /// The sentence's last name that is no country word, for the next sentence's descriptions.
    var lastName: (name: String, span: TextSpan)? {
        names.last { (Demonyms.codes(in: tokens[$0.lowerBound].lower).isEmpty || $0.count > 1) && !isOpeningPlural($0) }.map { (text(from: $0.lowerBound, through: $0.upperBound - 1), span(from: $0.lowerBound, through: $0.upperBound - 1)) }
    }

    /// The first name of the sentence that can be the place the text goes on about ("The city
    /// lies …" in the next sentence): not a country word.
    var topicName: (name: String, span: TextSpan)? {
        // "… an attack on the town of Markounda": a name a town's noun introduces is the place
        // the text goes on about ("residents of the town, which is about 50 km from …").
        // Adjectives may stand between: "the central town of Kaga Bandoro".
        if let introduced = names.last(where: {
            word($0.lowerBound - 1) == "of" && ["town", "city", "village", "port"].contains(word($0.lowerBound - 2) ?? "")
                && ["the", "a"].contains(article(before: $0.lowerBound - 2).flatMap(word) ?? "")
        }) {
            let last = introduced.upperBound - 1
            return (text(from: introduced.lowerBound, through: last), span(from: introduced.lowerBound, through: last))
        }
        for phrase in names {
            let words = phrase.map { tokens[$0].lower }
            if words.count == 1, !Demonyms.codes(in: words[0]).isEmpty { continue }
            if people.contains(text(from: phrase.lowerBound, through: phrase.upperBound - 1).lowercased()) { continue }
            // "the Federal Security Service": a body, not a place.
            if NotAPlaceList.namesOrganisation(words) { continue }
            // A capitalized word that opens the sentence and runs into a lower-case word is as
            // likely a common noun ("Rebel fighters pushed into Saraqib") as a place.
            // ("Eyes were gouged out …": a plural alone, more often people or things than a place.)
            if phrase.lowerBound == tokens.startIndex, let next = token(phrase.upperBound), next.isWord, !next.isCapitalized,
               !Self.locatingVerbs.contains(next.lower), names.count > 1 || isOpeningPlural(phrase) {
                continue
            }
            let last = phrase.upperBound - 1
            return (text(from: phrase.lowerBound, through: last), span(from: phrase.lowerBound, through: last))
        }
        return nil
    }

    mutating func claims() -> [Claim] {
        var claims: [Claim] = []
        for index in tokens.indices {
            let token = tokens[index]
            if token.isNumber || NumberWords.value(of: token.lower) != nil, let claim = distanceClaim(at: index) {
                claims.append(claim)
            } else if token.isWord {
                if !consumed.contains(index), Vocabulary.direction(token.lower) != nil, let claim = directionClaim(at: index) {
                    claims.append(claim)
                } else if token.lower == "across", let claim = acrossClaim(at: index) {
                    claims.append(claim)
                } else if token.lower == "border", case let adjoining = adjoiningClaims(at: index), !adjoining.isEmpty {
                    // "Mandera and Wajir counties, which border Somalia": the verb.
                    claims += adjoining
                } else if Vocabulary.borderWords.contains(token.lower)
                            || (["borders", "frontiers"].contains(token.lower) && word(index + 1) == "with" && (isPossessiveMark(index - 1) || word(index - 1) == "the")) {
                    // ("near Turkey's borders with Iraq and Syria": the noun, not the verb.)
                    claims += borderClaims(at: index)
                } else if token.lower == "capital" || (["centre", "center"].contains(token.lower) && word(index - 1) == "administrative")
                            // "Sumy, the regional center": a region's seat; "the regional centre of
                            // Ballarat" is a regional town (Australian usage).
                            || (["centre", "center"].contains(token.lower) && ["regional", "provincial"].contains(word(index - 1) ?? "")
                                && word(index + 1) != "of"),
                          let claim = capitalClaim(at: index) {
                    claims.append(claim)
                } else if token.lower == "in", let claim = containmentInRegion(at: index) {
                    claims.append(claim)
                } else if Self.regionTownNouns.contains(token.lower), let claim = regionTownClaim(at: index) {
                    claims.append(claim)
                } else if let singular = Self.singular(token.lower),
                          ["village", "town", "city", "hamlet", "district", "province", "region", "county", "municipality"].contains(singular),
                          word(index + 1) == "of",
                          let name = nameEnding[index], !coordinated(before: name).isEmpty,
                          // Not "the Tolima and Huila State towns of A, B and C": a list after
                          // "of" is the towns, and the names before are where they lie.
                          listEnd(from: index + 2) == nil,
                          let claim = regionContainment(subject: nil, range: name, start: name.lowerBound, after: index + 1, direct: false) {
                    // "Kara-Talaa and Ottuk villages of Ton district": the list's last name, which the others
                    // follow; also "the Sheki and Oghuz districts of Azerbaijan".
                    claims.append(claim)
                } else if case let listed = regionTownListClaims(at: index), !listed.isEmpty {
                    claims += listed
                } else if case let quarters = possessiveQuarterList(at: index), !quarters.isEmpty {
                    claims += quarters
                } else if case let owned = ownedRegionListClaims(at: index), !owned.isEmpty {
                    claims += owned
                } else if Vocabulary.quarterNouns.contains(token.lower) || (token.lower == "municipality" && ["a", "an"].contains(word(index - 1) ?? "")),
                          let claim = quarterClaim(at: index) {
                    // ("La Concepción, a municipality of Masaya".)
                    claims.append(claim)
                } else if token.lower == "region", word(index + 1) == "of", let unit = nameEnding[index], word(unit.lowerBound - 1) == "the",
                          let outer = nameStarting[index + 2],
                          Vocabulary.firstLevelNouns.contains(tokens[outer.upperBound - 1].lower) || Vocabulary.firstLevelNouns.contains(word(outer.upperBound) ?? ""),
                          var claim = quarterClaim(at: index) {
                    // "the Nookat region of Osh Oblast": a unit of a first-level region; reported when it
                    // holds ("the Far North region of Cameroon" is how a region is found, not a claim).
                    claim.isTentative = true
                    claims.append(claim)
                } else if Vocabulary.firstLevelNouns.contains(token.lower), word(index + 1) == "of", let claim = regionOfCountryClaim(at: index) {
                    claims.append(claim)
                } else if Vocabulary.position(token.lower) != nil || token.lower == "central" || isCompassAdjective(index),
                          let claim = positionClaim(at: index) {
                    claims.append(claim)
                } else if positionModifier(at: index) != nil, case let listed = positionListClaims(at: index), !listed.isEmpty {
                    claims += listed
                } else if token.lower == "'s" || token.text == "\u{2019}" || token.text == "'", let claim = possessiveContainment(at: index) {
                    claims.append(claim)
                } else if ["adjacent", "neighbouring", "neighboring"].contains(token.lower), let claim = adjacentTownClaim(at: index) {
                    claims.append(claim)
                } else if ["adjacent", "neighbouring", "neighboring", "adjoining"].contains(token.lower),
                          case let neighbours = neighbourClaims(at: index), !neighbours.isEmpty {
                    claims += neighbours
                } else if Self.adjoiningVerbs.contains(token.lower) {
                    claims += adjoiningClaims(at: index)
                }
                if Vocabulary.regionNouns.contains(token.lower) {
                    claims += regionClaims(at: index)
                }
            } else if token.text == "\u{2019}" || token.text == "'", let claim = possessiveContainment(at: index) {
                claims.append(claim)
            } else if token.text == "(", let claim = bracketedRegion(at: index) {
                claims.append(claim)
            }
        }
        return withoutCrossedReadings(expandingLists(merging(phraseClaims(), into: claims))).map(withSettingsFollowed)
            // "…, in the market town of Bawku" read after Bawku was found the subject: no place lies in itself.
            .filter { !($0.kind == .containment && $0.region?.lowercased() == $0.subject.name.lowercased()) }
    }

    /// Whether a name is one capitalized plural word opening the sentence ("Dozens", "Farmers"),
    /// more often people than a place.
    func isOpeningPlural(_ name: Range<Int>) -> Bool {
        guard name.count == 1, let opening = word(name.lowerBound), opening.hasSuffix("s"), opening.count > 3 else { return false }
        return name.lowerBound == tokens.startIndex || token(name.lowerBound - 1).map { ["–", "—", "-"].contains(scalars[$0.start]) } == true
    }

    /// "Meteorologists in southern Germany", "FISCHACH, Germany – Farmers in …": a capitalized
    /// plural that opens the sentence (or follows the dateline's dash) and is put somewhere is
    /// more often people than a place; the claim is reported only if a place of the name holds.
    func doubtingOpeningPlurals(_ claim: Claim) -> Claim {
        guard claim.kind == .containment || claim.kind == .position,
              let first = tokens.firstIndex(where: { $0.start == claim.subject.span.start }),
              let name = nameStarting[first], isOpeningPlural(name), word(first + 1) == "in" else { return claim }
        var claim = claim
        claim.reportOnlyIfItHolds()
        return claim
    }

    /// A distance or direction whose subject follows another place as its setting ("Guicán,
    /// Boyacá, about 240 miles …", "Paeroa in Waikato, which is about 900 km away") carries that
    /// place as its ``Claim/alternateSubject``: the check decides which is meant.
    private func withSettingsFollowed(_ claim: Claim) -> Claim {
        guard claim.kind == .distance || claim.kind == .direction || claim.kind == .border, claim.alternateSubject == nil,
              let subject = names.first(where: { tokens[$0.lowerBound].start == claim.subject.span.start }) else { return claim }
        // "X, Y", "X in Y", "X is located in the province of Y".
        var cursor = subject.lowerBound - 1
        if word(cursor) == "of", Vocabulary.regionNouns.contains(word(cursor - 1) ?? ""), word(cursor - 2) == "the" { cursor -= 3 }
        // "Marjayoun in southern Lebanon, around five miles north of the Israeli border".
        if word(cursor) != "in", Vocabulary.position(word(cursor) ?? "") != nil, word(cursor - 1) == "in" { cursor -= 1 }
        guard token(cursor)?.text == "," || word(cursor) == "in" else { return claim }
        if word(cursor) == "in" {
            while let w = word(cursor - 1), Self.placingVerbs.contains(w) || w == "," { cursor -= 1 }
        }
        guard let place = nameEnding[cursor], token(place.lowerBound - 1)?.text != "," || word(place.lowerBound - 2) == "of",
              word(place.lowerBound - 1) != "and" else { return claim }
        var claim = claim
        // The setting ties the place to it: "Roma, Texas" is the Roma there.
        claim.alternateSubject = mention(place, countryHint: claim.subject.name)
        return claim
    }

    /// Claims read tentatively ("Hama, Homs" as a place and its region) give way where another
    /// claim reads the second name as a place of its own ("…, Homs, 2 km north of Hama", "the
    /// capital of Nigeria, Abuja").
    private func withoutCrossedReadings(_ claims: [Claim]) -> [Claim] {
        let named = claims.filter { !$0.isTentative }.flatMap { [$0.subject.span] + ($0.reference.map { [$0.span] } ?? []) }
        return claims.filter { claim in
            guard claim.isTentative else { return true }
            // The words after the subject ("Homs" in "Hama, Homs"); none when the subject ends
            // the claim or lies past its text ("the Kut village of Gegharkunik Province").
            let second = claim.subject.span.end..<max(claim.subject.span.end, claim.span.end)
            return !named.contains { second.contains($0.start) }
        }
    }

    /// The claims read from noun phrases merged with those read from trigger words: a capital
    /// or a part of a country read from the whole phrase replaces what a trigger word made of
    /// part of it ("Sulaymaniyah, capital of Iraq" in "…, capital of Iraq's Kurdistan region";
    /// a direction "west of Syria" in "a city in the far west of Syria"; "Kilis, in Turkey" in
    /// "Kilis, in Turkey's south"); otherwise a phrase claim is added when no claim of its kind
    /// is about the same place there already.
    private func merging(_ phraseClaims: [Claim], into claims: [Claim]) -> [Claim] {
        var claims = claims
        func overlaps(_ a: Claim, _ b: Claim) -> Bool {
            a.subject.span.start == b.subject.span.start && a.span.start < b.span.end && b.span.start < a.span.end
        }
        let places: Set<ClaimKind> = [.position, .containment]
        for phrase in phraseClaims {
            switch phrase.kind {
            case .capital:
                claims.removeAll { $0.kind == .capital && $0.subject.span.start == phrase.subject.span.start }
            case .position, .containment:
                claims.removeAll { $0.kind == .direction && overlaps($0, phrase) && $0.span.end <= phrase.span.end }
                // What a trigger word read of part of the phrase ("Kilis, in Turkey" of "Kilis,
                // in Turkey's south") gives way; a claim read as far or farther stays.
                claims.removeAll { places.contains($0.kind) && overlaps($0, phrase) && $0.span.end < phrase.span.end
                    && $0.span.start >= phrase.span.start }
                // A reading that holds or goes ("Dorbel in Niger" read as a town in a town) gives
                // way to the phrase's own.
                claims.removeAll { $0.reportsOnlyIfHolds && overlaps($0, phrase) }
                if claims.contains(where: { places.contains($0.kind) && overlaps($0, phrase) }) { continue }
            default:
                break
            }
            claims.append(phrase)
        }
        return claims.enumerated().sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }.map(\.element)
    }

    /// Whether a compass word is used as an adjective of a place's noun: "the southeast village
    /// of Khiam", "the key north oil city of Bentiu" (one word may stand on either side).
    func isCompassAdjective(_ index: Int) -> Bool {
        // (Not a capitalized compass word that opens a name: "the South Island city of …".)
        guard let w = word(index), Vocabulary.direction(w) != nil, token(index)?.isCapitalized == false || nameStarting[index] == nil else { return false }
        func isPlainWord(_ i: Int) -> Bool {
            guard let token = token(i), token.isWord, !token.isCapitalized else { return false }
            return !Self.placeNoun(token.lower) && !Self.phraseStoppers.contains(token.lower) && !["a", "an", "the", "of"].contains(token.lower)
        }
        // Also after an owner ("Kenya's northeast border county of Mandera") and before a name
        // used as an adjective ("the south Lebanon city of Nabatieh").
        let opened = word(index - 1) == "the" || (isPlainWord(index - 1) && word(index - 2) == "the")
            || (isPossessiveMark(index - 1) && nameEnding[index - 1] != nil)
        let nouns = Vocabulary.settlementNouns.union(Vocabulary.firstLevelNouns).union(["county", "island"])
        let described = nameStarting[index + 1].map { $0.count <= 3 ? $0.upperBound : index + 1 } ?? index + 1
        guard opened, var noun = nouns.contains(word(index + 1) ?? "") ? index + 1
            : isPlainWord(index + 1) && nouns.contains(word(index + 2) ?? "") ? index + 2
            : described > index + 1 && nouns.contains(word(described) ?? "") ? described : nil else { return false }
        // "port city": the last noun.
        if Vocabulary.settlementNouns.contains(word(noun + 1) ?? "") { noun += 1 }
        return word(noun + 1) == "of"
    }

    /// A claim about the last of a list of names holds for each: "Kyaukwar, Chaunggyi and Manar,
    /// north of Mogoke" is three direction claims.
    private func expandingLists(_ claims: [Claim]) -> [Claim] {
        var result: [Claim] = []
        var seen = Set<String>()
        func add(_ claim: Claim) {
            // One claim of a kind about a place and what it is measured against (a place, or
            // the countries: "borders Afghanistan and Pakistan" is two).
            let key = "\(claim.kind) \(claim.subject.span.start) \(claim.reference?.span.start ?? -1) \(claim.span.start) \(claim.countries)"
            if seen.insert(key).inserted { result.append(claim) }
        }
        for claim in claims {
            // A region in brackets ("Kỳ Anh (Hà Tĩnh Province)") belongs to the name right before it only.
            if claim.kind != .capital, let phrase = names.first(where: { tokens[$0.lowerBound].start == claim.subject.span.start }),
               !(claim.kind == .distance || claim.kind == .direction) || !isBetweenPair(phrase), token(phrase.upperBound)?.text != "(" {
                let figures = respectiveFigures[phrase.lowerBound]
                for (n, member) in coordinated(before: phrase).enumerated() {
                    var copy = claim
                    copy.subject = mention(member, countryHint: claim.subject.countryHint, near: claim.subject.nearCountries)
                    if let figures, claim.kind == .distance { copy.distance = figures[n] }
                    add(copy)
                }
            }
            add(claim)
        }
        return result
    }

    /// Whether a name ends a pair after "between": "between the island of Polillo and Real town,
    /// about 70 km east of Manila" sets a scene, and the figure is the last place's.
    private func isBetweenPair(_ name: Range<Int>) -> Bool {
        guard word(name.lowerBound - 1) == "and", let first = nameEnding[name.lowerBound - 1] else { return false }
        return (max(tokens.startIndex, first.lowerBound - 5)..<first.lowerBound).contains { word($0) == "between" }
    }

    // MARK: Tokens

    func token(_ index: Int) -> Token? {
        tokens.indices.contains(index) ? tokens[index] : nil
    }

    func word(_ index: Int) -> String? {
        token(index).map(\.lower)
    }

    /// The text between two token indices, inclusive.
    func text(from first: Int, through last: Int) -> String {
        Token.text(from: tokens[first], through: tokens[last], in: scalars)
    }

    func span(from first: Int, through last: Int) -> TextSpan {
        TextSpan(start: tokens[first].start, end: tokens[last].end)
    }

    // MARK: Names

    /// "Sunni-majority", "rebel-held": a hyphenated word that describes and never names.
    static func isHyphenatedModifier(_ token: Token) -> Bool {
        guard token.isWord, let dash = token.lower.lastIndex(of: "-") else { return false }
        return Vocabulary.modifierSuffixes.contains(String(token.lower[token.lower.index(after: dash)...]))
    }

    /// Whether a token may be part of a place name: a capitalized word, or a lowercase article
    /// joined by a hyphen to a capitalized word ("al-Waer", "ar-Raqqa").
    private func isNameWord(_ token: Token) -> Bool {
        guard token.isWord, token.lower != "'s" else { return false }
        // "Houthi-held", "Turkish-backed", "Shia-majority": modifiers, never names.
        if Self.isHyphenatedModifier(token) { return false }
        if token.isCapitalized { return true }
        let parts = token.text.split(separator: "-", maxSplits: 1)
        if parts.count == 2, Vocabulary.articlePrefixes.contains(String(parts[0])),
           parts[1].unicodeScalars.first?.properties.isUppercase == true {
            return true
        }
        return false
    }

    /// The end of a name with "and" inside ("Jammu and Kashmir", "Bosnia and Herzegovina") whose
    /// words before `and` start at `start`; nil when the words make no such name.
    private func joinedByAnd(from start: Int, and: Int) -> Int? {
        let before = tokens[start..<and].map(\.lower).joined(separator: " ")
        var after: [String] = []
        var cursor = and + 1
        while cursor < tokens.endIndex, cursor <= and + 3, tokens[cursor].isWord {
            after.append(tokens[cursor].lower)
            cursor += 1
            if Vocabulary.namesWithAnd.contains(before + " and " + after.joined(separator: " ")) { return cursor }
        }
        return nil
    }

    private mutating func findNames() {
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let token = tokens[index]
            // "the Indian Ocean", "the Philippine Sea": a sea's name, not the country's adjective.
            if token.isWord, !Demonyms.codes(in: token.lower).isEmpty, token.isCapitalized,
               !(index + 1 < tokens.endIndex && ["Ocean", "Sea"].contains(tokens[index + 1].text)) {
                countryWords[token.text, default: 0] += 1
            }
            // "150-KM", "40 KMS": a unit in capitals after its figure is no name.
            let isUnit = Vocabulary.units[token.lower] != nil && (index - 2..<index).contains { self.token($0)?.isNumber == true }
            // "a predominantly Muslim town": a faith's adjective before a common noun describes it.
            let isFaith = Vocabulary.faithAdjectives.contains(token.lower)
                && (index + 1 < tokens.endIndex && tokens[index + 1].isWord && !tokens[index + 1].isCapitalized)
            guard isNameWord(token), !isUnit, !isFaith else {
                index += 1
                continue
            }
            var end = index + 1
            // A name runs on over capitalized words ("Deir ez-Zor", "Ras al-Ain"), but stops before a
            // word that never names a place ("Homs Saturday").
            // "Mexico City", "Gaza City": a capitalized City inside a name belongs to it; so does
            // "Most" ("bridge": "Sanski Most", "Bosanski Most"), which opens sentences elsewhere.
            func continues(_ token: Token) -> Bool {
                isNameWord(token) && (!Vocabulary.notPlaceNames.contains(token.lower) || ["City", "Most"].contains(token.text))
            }
            // "North Kordofan": a capitalized compass word carries the name on; so does "Far"
            // before one ("Cameroon's Far North region").
            // (Never over a line break: "South⏎Pattani".)
            func sameLine(_ next: Int) -> Bool { !scalars[tokens[next - 1].end..<tokens[next].start].contains("\n") }
            if Vocabulary.compassPrefixes.contains(token.lower), end < tokens.endIndex, sameLine(end), continues(tokens[end]) { end += 1 }
            if token.text == "Far", end < tokens.endIndex, Vocabulary.compassPrefixes.contains(tokens[end].lower), tokens[end].isCapitalized {
                end += 1
            }
            while end < tokens.endIndex {
                // "Indonesia⏎JAKARTA, INDONESIA": a name never runs over a line break.
                if !sameLine(end) { break }
                if continues(tokens[end]) {
                    end += 1
                } else if Vocabulary.nameConnectors.contains(tokens[end].text), end + 1 < tokens.endIndex,
                          continues(tokens[end + 1]) {
                    end += 2
                } else if tokens[end].lower == "and", let joined = joinedByAnd(from: index, and: end) {
                    // "Jammu and Kashmir": one name, not two places.
                    end = joined
                } else if tokens[end].text == ".", tokens[end - 1].text == "Co", end + 1 < tokens.endIndex, continues(tokens[end + 1]) {
                    // "Co. Donegal": an Irish county by its abbreviation.
                    end += 2
                } else {
                    break
                }
            }
            var start = index
            // "In Homs", "The Syrian": leading words that are not part of a name. A compass word
            // starts a name of its own ("North Kordofan", "South Sudan", "West Bank").
            while start < end - 1, Vocabulary.notPlaceNames.contains(tokens[start].lower) || isSentenceOpener(start),
                  !(Vocabulary.compassPrefixes.contains(tokens[start].lower) && start + 1 < end) {
                start += 1
            }
            // "northeast Nigerian Borno state": a country's adjective before a region's name.
            if start < end - 1, !Demonyms.codes(in: tokens[start].lower).isEmpty, end < tokens.endIndex,
               Vocabulary.firstLevelNouns.contains(tokens[end].lower) {
                start += 1
            }
            let phrase = start..<end
            // "Hurricane Eta", "Typhoon Mangkhut", "Tropical Storm Alberto": the storm's name, and
            // the name alone later.
            if let storm = phrase.last(where: { Self.stormWords.contains(tokens[$0].lower) }) ?? (Self.stormWords.contains(word(start - 1) ?? "") ? start - 1 : nil) {
                if storm + 1 < end { stormNames.insert(text(from: storm + 1, through: end - 1)) }
                index = end
                continue
            }
            if stormNames.contains(text(from: start, through: end - 1)) {
                index = end
                continue
            }
            if isPlaceName(phrase) {
                names.append(phrase)
                nameStarting[start] = phrase
                nameEnding[end] = phrase
                // One word ("Syria") or a country's name of several ("El Salvador", "South Sudan"):
                // the resolver keeps those that name a country.
                if phrase.count == 1 {
                    countryWords[tokens[start].text, default: 0] += 1
                } else if phrase.count <= 4 {
                    countryWords[text(from: start, through: end - 1), default: 0] += 1
                }
            }
            index = end
        }
    }

    /// Whether a name is a physical feature's by the lower-case noun beside it: "river Jhelum",
    /// "the Jhelum river", "the Mosul dam".
    func isFeature(_ name: Range<Int>) -> Bool {
        if let before = token(name.lowerBound - 1), before.isWord, !before.isCapitalized,
           Vocabulary.leadingFeatureNouns.contains(before.lower) {
            return true
        }
        if let after = token(name.upperBound), after.isWord, !after.isCapitalized, Vocabulary.trailingFeatureNouns.contains(after.lower) {
            return true
        }
        return false
    }

    /// Whether the token at `index` opens the sentence (after any opening quote) and is one of
    /// ``Vocabulary/sentenceOpeners``.
    private func isSentenceOpener(_ index: Int) -> Bool {
        guard Vocabulary.sentenceOpeners.contains(tokens[index].lower) else { return false }
        return tokens[tokens.startIndex..<index].allSatisfy { !$0.isWord && !$0.isNumber }
    }

    /// Whether a phrase can name a place: not a lone stop word and not a country adjective.
    private func isPlaceName(_ phrase: Range<Int>) -> Bool {
        let words = phrase.map { tokens[$0].lower }
        // A lone letter ("M23" tokenized "M", "23"; an initial) or a number ("Six villages") names no place.
        if words.count == 1, words[0].count == 1 || NumberWords.value(of: words[0]) != nil { return false }
        if words.count == 1, Vocabulary.notPlaceNames.contains(words[0]) || isSentenceOpener(phrase.lowerBound) { return false }
        if words.allSatisfy({ !Demonyms.codes(in: $0).isEmpty }) { return false }
        // "Syrians", "Afghans", "Iraqis": a people, by its adjective and a plural ending (not
        // "Philippines", a country named after its adjective).
        if words.count == 1, words[0].hasSuffix("ns") || words[0].hasSuffix("is"),
           !Demonyms.codes(in: String(words[0].dropLast())).isEmpty { return false }
        return true
    }

    /// The name that starts at `index`, skipping "the town of", "the city of" and the like.
    func name(at index: Int) -> Range<Int>? {
        var index = index
        if word(index) == "the" {
            var next = index + 1
            if let w = word(next), !Demonyms.codes(in: w).isEmpty { next += 1 }
            if let w = word(next), Vocabulary.settlementNouns.contains(w), w != "capital" {
                next += 1
                if word(next) == "of" { next += 1 }
                index = next
            } else if nameStarting[index + 1] != nil {
                index += 1
            }
        }
        return nameStarting[index]
    }

    /// Whether a name is the dateline's place ("NIAMEY" of "NIAMEY, Niger —").
    func isDateline(_ name: Range<Int>) -> Bool {
        dateline.map { $0.span.start == tokens[name.lowerBound].start } ?? false
    }

    /// Whether a name is the country or state after the dateline's place ("Niger" of "NIAMEY, Niger —").
    func isDatelineQualifier(_ name: Range<Int>) -> Bool {
        guard let dateline, token(name.lowerBound - 1)?.text == ",", let place = token(name.lowerBound - 2) else { return false }
        return place.end == dateline.span.end
    }

    /// Prepositions that make the name after them a setting, not the subject: "Qamishli, in
    /// northeastern Syria, sits on …", "Deir ez-Zor lies on the Euphrates about 450 km from …".
    static let settingPrepositions: Set<String> = ["in", "on", "along", "across", "over", "beside", "inside", "within"]

    /// The nearest name before `index` with only filler words between ("Homs, located some").
    /// A name that a preposition puts in a setting ("in northern Syria", "on the Euphrates")
    /// is passed over like a filler, unless the sentence opens with it ("In Raqqa, 160 km …").
    ///
    /// - Parameter skippingPairs: Whether "between X and Y" is passed over as a setting (not when
    ///   the pair is what the claim is about: "the distance between X and Y is …").
    func subject(before index: Int, skippingPairs: Bool = true) -> Range<Int>? {
        // "Tambaroora, near Hill End and about 80 km north of Bathurst": a setting and the figure,
        // both said of the place before them.
        if word(index - 1) == "and", let inner = nameEnding[index - 1], ["near", "outside"].contains(word(inner.lowerBound - 1) ?? ""),
           token(inner.lowerBound - 2)?.text == ",", let place = nameEnding[inner.lowerBound - 2] {
            return place
        }
        // "in al-Aghr village (60 km south of Mosul)": the figure in brackets is the name's.
        if token(index - 1)?.text == "(" {
            var before = index - 2
            if let noun = word(before), Vocabulary.settlementNouns.contains(noun) || Vocabulary.regionNouns.contains(noun) { before -= 1 }
            if let name = nameEnding[before + 1] { return name }
        }
        var cursor = index - 1
        var fillers = 0
        var lastComma: Int?
        // The nearest name a preposition made a setting: the subject after all when no other
        // name comes before it ("Police in Balad, 30 km north of Mogadishu, said …").
        var setting: Range<Int>?
        while cursor >= tokens.startIndex, fillers <= Self.maximumFillers {
            if let name = nameEnding[cursor + 1] {
                // "Lanzhou, the capital city of Gansu, which is 60 miles …": the clause is about Lanzhou.
                if self.token(name.upperBound)?.text == ",", Self.relativePronouns.contains(word(name.upperBound + 1) ?? "") {
                    let head = appositionHead(of: name)
                    if head != name { return head }
                    // "Palomas, a small town in northern Chihuahua, Mexico, which is …": a name that
                    // follows another after a comma is its setting; the clause is about the first.
                    if token(name.lowerBound - 1)?.text == ",",
                       nameEnding[name.lowerBound - 1] != nil || (Vocabulary.regionNouns.contains(word(name.lowerBound - 2) ?? "")
                                                                   && nameEnding[name.lowerBound - 2] != nil),
                       let described = subject(before: name.lowerBound - 1, skippingPairs: skippingPairs) {
                        return described
                    }
                }
                // "Pasto, capital of the state of Narino, 330 miles …", "Lanzhou, the capital city of
                // Gansu, 60 miles …": the aside names a capital's region; the claim is the capital's.
                // Also "Mosul, the capital city of Ninewa, lies 405 km …".
                // And "Wad Madani, the capital of Gezira State, is a vital transportation hub located
                // 140 km …": the sentence's verb and a description of the capital.
                if self.token(name.upperBound)?.text == ",", name.upperBound == index - 1 || Vocabulary.hedges.contains(word(name.upperBound + 1) ?? "")
                    || (name.upperBound < index && (name.upperBound + 1..<index).allSatisfy({
                        Vocabulary.hedges.contains(word($0) ?? "") || Vocabulary.subjectFillers.contains(word($0) ?? "") }))
                    || (name.upperBound + 1 < index && isDescribingVerbPhrase(name.upperBound + 1..<index)) {
                    let head = appositionHead(of: name)
                    if head != name, (head.upperBound..<name.lowerBound).contains(where: { word($0) == "capital" }) { return head }
                }
                var before = name.lowerBound - 1
                // "the Changyon-gun area of South Hwanghae province, 130 km …": the area, not the region.
                // Not "the small Victorian town of Dereel": a town's noun after an article and a
                // name used as an adjective; the town is the one named after "of".
                if word(name.lowerBound - 1) == "of", let noun = word(name.lowerBound - 2),
                   Vocabulary.quarterNouns.contains(noun) || Vocabulary.settlementNouns.contains(noun) || Vocabulary.regionNouns.contains(noun),
                   let head = nameEnding[name.lowerBound - 2], !(Self.regionTownNouns.contains(noun) && isAdjectiveName(head)) {
                    return head
                }
                // "Mamasapano town in Maguindanao province, 930 km …": the place, not its setting.
                // Also "the town of Ayorou in the Tillaberi region, 200 km …" and "Cheram in
                // Kohgiluyeh and Boyer-Ahmad province, about 544 km …".
                var regionStart = name.lowerBound
                if word(regionStart - 1) == "and", let first = nameEnding[regionStart - 1] { regionStart = first.lowerBound }
                let preposition = word(regionStart - 1) == "the" ? regionStart - 2 : regionStart - 1
                if word(preposition) == "in", Vocabulary.regionNouns.contains(word(name.upperBound) ?? "")
                    || Vocabulary.regionNouns.contains(tokens[name.upperBound - 1].lower) {
                    var before = preposition - 1
                    if let noun = word(before), Vocabulary.settlementNouns.contains(noun) { before -= 1 }
                    if let head = nameEnding[before + 1] { return head }
                }
                // "Hiratsuka, Kanagawa Prefecture, south of Tokyo": the region sets the place before it.
                if token(name.lowerBound - 1)?.text == ",", let place = nameEnding[name.lowerBound - 1],
                   Vocabulary.firstLevelNouns.contains(tokens[name.upperBound - 1].lower) || end(ofRegionNamed: name) > name.upperBound,
                   token(end(ofRegionNamed: name))?.text == "," {
                    return place
                }
                // "the Burkina Faso border": a country used as an adjective, not a subject.
                // "on the banks of river Jhelum", "the Mosul dam": a feature, not a settlement.
                if (Vocabulary.borderWords.contains(word(name.upperBound) ?? "")
                    && !Vocabulary.settlementNouns.contains(word(name.upperBound + 1) ?? "")) || isFeature(name) {
                    cursor = name.lowerBound - 1
                    fillers += name.count
                    continue
                }
                // "in the district of Ancuabe": a region word and "of" between the setting's
                // preposition and its name.
                // Also "in the northeastern region of Kenya".
                var namedArea = false
                // "Mantoudi on the island of Evia, some 90 km …": the island is the town's setting.
                if word(before) == "of", word(before - 1) == "island", word(before - 2) == "the",
                   Self.settingPrepositions.contains(word(before - 3) ?? ""), token(name.upperBound)?.text == ",",
                   let place = nameEnding[before - 3] {
                    return place
                }
                if word(before) == "of", let noun = word(before - 1), Vocabulary.regionNouns.contains(noun) || Vocabulary.quarterNouns.contains(noun)
                    || ["part", "parts"].contains(noun) {
                    var article = before - 2
                    if let w = word(article), Vocabulary.position(w) != nil || w == "central" { article -= 1 }
                    if word(article) == "the", Self.settingPrepositions.contains(word(article - 1) ?? "") {
                        before = article
                        namedArea = true
                    }
                }
                while let w = word(before), w == "the" || w == "central" || Vocabulary.position(w) != nil || !Demonyms.codes(in: w).isEmpty {
                    before -= 1
                }
                // "Odesa, the Black Sea port 475 km …": in an aside, a name describing the noun after
                // it; the place is the one before the comma.
                // Also "a busy Mediterranean port city": lower-case words between the article and the name.
                let article = (max(tokens.startIndex, name.lowerBound - 3)..<name.lowerBound).last { ["the", "a", "an"].contains(word($0) ?? "") }
                if let article, (article + 1..<name.lowerBound).allSatisfy({ self.token($0).map { $0.isWord && !$0.isCapitalized } == true }),
                   Vocabulary.settlementNouns.contains(word(name.upperBound) ?? ""),
                   token(article - 1)?.text == ",", let described = nameEnding[article - 1],
                   // "In Jordan, the Zaatari camp …": a setting that opens the sentence is not described.
                   !(Self.settingPrepositions.contains(word(described.lowerBound - 1) ?? "") && described.lowerBound - 1 == tokens.startIndex) {
                    return described
                }
                // "Sidon lies between Beirut and Tyre, some 40 km …": the pair is a setting.
                if skippingPairs, word(name.lowerBound - 1) == "and", let first = nameEnding[name.lowerBound - 1],
                   word(first.lowerBound - 1) == "between" {
                    cursor = first.lowerBound - 2
                    fillers += name.upperBound - first.lowerBound + 1
                    continue
                }
                guard let preposition = token(before), Self.settingPrepositions.contains(preposition.lower),
                      before > tokens.startIndex else { return name }
                // "Mantoudi on the island of Evia, some 90 km north of Athens": an area named as
                // one, right after a place, is that place's setting; the place is the subject.
                if namedArea, token(name.upperBound)?.text == ",", let place = nameEnding[before] { return place }
                // "Medics in Binnish, which lies 8 km …", "Police in Balad, 30 km …": the aside
                // after the name is about it. "Qamishli, in northeastern Syria, sits …": the
                // setting is itself an aside, and the subject comes before it.
                // "in Taplejung district, about 310 miles …": a region word may come between.
                // "an attack on Elwak town, about 436 km …": a town's noun as well.
                let noun = word(name.upperBound).map { Vocabulary.regionNouns.contains($0) || Vocabulary.quarterNouns.contains($0)
                    || Vocabulary.facilityNouns.contains($0) || Vocabulary.settlementNouns.contains($0) } ?? false
                let closing: Set<String> = [",", "\"", "\u{201D}"]
                let attached = closing.contains(token(name.upperBound)?.text ?? "") || word(name.upperBound) == "which"
                    || (noun && (token(name.upperBound + 1)?.text == "," || word(name.upperBound + 1) == "which"))
                    // "in the Sidi Bel Abbes region 440 kilometres west of …": the figure right after the noun.
                    || (noun && name.upperBound + 1 == index)
                // "in Garissa County in the northeastern region of Kenya, …": a setting of the name
                // before it, which is the one to weigh.
                if attached, let inner = nameEnding[before], token(before - 1)?.text != ",",
                   Self.settingPrepositions.contains(word(inner.lowerBound - 1) ?? "") {
                    let innerPlaced = Self.locatingVerbs.contains(word(inner.lowerBound - 2) ?? "") && openingDescription() != nil
                    if !innerPlaced { return inner }
                    if setting == nil { setting = name }
                    cursor = inner.lowerBound - 1
                    fillers += 1
                    continue
                }
                // "… is located in the Racha region, about 140 km …": a setting the verb gives
                // the subject before it is never the subject itself.
                let placed = Self.locatingVerbs.contains(word(before - 1) ?? "") && openingDescription() != nil
                // "Awdhigle, an agricultural district along the Shabelle River, 70 km …": a setting
                // inside an apposition describes the place the apposition is about.
                // "Yoshihisa Wakui, an official in Motegi, around 80 km …": an aside about a
                // person; the place is the setting.
                let aboutPerson = Self.personNouns.contains(word(before - 1) ?? "")
                // ("Aktau, a city of 160,000 on the Caspian Sea, some 2,600 km …": a figure as well.)
                let insideAside = self.token(before - 1).map { $0.isWord && !$0.isCapitalized || $0.isNumber } == true && !aboutPerson
                    && (max(tokens.startIndex, before - 5)..<before).contains { ["a", "an", "the"].contains(word($0) ?? "") && self.token($0 - 1)?.text == "," }
                if attached, token(before - 1)?.text != ",", !placed, !insideAside { return name }
                if setting == nil, attached, !placed { setting = name }
                cursor = before - 1
                // A setting passed over counts as one word, so that a chain of them ("in the area
                // of A, in the district of B,") leads back to the place they describe.
                fillers += 1
                continue
            }
            let token = tokens[cursor]
            // "Kandahar, Afghanistan's second city nearly 130 km …": an aside owned by a country;
            // also with adjectives after the owner, "Zinder, Niger's second biggest town some 450 km …".
            if let mark = (max(tokens.startIndex, cursor - 4)...cursor).last(where: { isPossessiveMark($0) }),
               (mark + 1..<cursor + 1).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }),
               let owner = nameEnding[mark], self.token(owner.lowerBound - 1)?.text == ",",
               let described = nameEnding[owner.lowerBound - 1] {
                return described
            }
            if token.text == "," {
                lastComma = cursor
                // "Jarablus, which lies on the west bank of the Euphrates, is about 110 km …".
                if let name = relativeAside(closingAt: cursor) { return name }
            }
            // "…, the capital of Gezira State, is a vital transportation hub located 140 km …": the
            // verb after an aside and a description of the subject lead back to the aside.
            if token.isWord, !token.isCapitalized,
               let verb = (max(tokens.startIndex, cursor - Self.maximumFillers)...cursor).last(where: { ["is", "was", "remains"].contains(word($0) ?? "") }),
               self.token(verb - 1)?.text == ",", isDescribingVerbPhrase(verb..<cursor + 1) {
                fillers += cursor - verb + 1
                cursor = verb - 1
                continue
            }
            // "Kocani, a town of 30,000 inhabitants located about …": a population is part of the aside.
            let population = token.isNumber && ["inhabitants", "people", "residents"].contains(word(cursor + 1) ?? "")
                || (["inhabitants", "people", "residents"].contains(token.lower) && self.token(cursor - 1)?.isNumber == true)
            // "the Umdloti beach resort north of Durban": a name before a noun and the settlement
            // noun it describes.
            // (Not "Chilpancingo, the Guerrero state capital 60 miles …", a region's capital.)
            if token.isWord, !token.isCapitalized, !Vocabulary.regionNouns.contains(token.lower),
               let noun = word(cursor + 1), Vocabulary.settlementNouns.contains(noun), noun != "capital",
               let described = nameEnding[cursor], ["the", "a", "an"].contains(word(described.lowerBound - 1) ?? "") {
                return described
            }
            // ("the Asni neighborhood, which is about 40 km …": a quarter's noun as well.)
            if population || Vocabulary.subjectFillers.contains(token.lower) || Vocabulary.hedges.contains(token.lower)
                || Vocabulary.settlementNouns.contains(token.lower) || Self.pluralPlaceNouns.contains(token.lower)
                || Vocabulary.quarterNouns.contains(token.lower)
                || !Demonyms.codes(in: token.lower).isEmpty || Vocabulary.faithAdjectives.contains(token.lower)
                || Self.isHyphenatedModifier(token) {
                cursor -= 1
                fillers += 1
                continue
            }
            // "lies on the coast, some 90 km …": a setting with a common noun.
            if token.isWord, !token.isCapitalized, ["the", "a", "an"].contains(word(cursor - 1) ?? ""),
               Self.settingPrepositions.contains(word(cursor - 2) ?? "") || ["near", "by"].contains(word(cursor - 2) ?? "") {
                cursor -= 3
                fillers += 3
                continue
            }
            // "on the Mediterranean coast about 120 km …": the same with a name before the noun.
            if token.isWord, !token.isCapitalized, let named = nameEnding[cursor], word(named.lowerBound - 1) == "the",
               Self.settingPrepositions.contains(word(named.lowerBound - 2) ?? "") || ["near", "by"].contains(word(named.lowerBound - 2) ?? "") {
                fillers += cursor - named.lowerBound + 3
                cursor = named.lowerBound - 3
                continue
            }
            // "Latakia, the main port, is about 185 miles …", "Kostiantynivka, home to about 70,000
            // people before the war, is just 20 km …": an aside between commas. Not one that opens
            // with a preposition ("Yustinus Murib, in a predawn raid on Wednesday in …,"), whose
            // setting is the place, nor one about a person ("…, an official at …,").
            if let comma = lastComma, let opening = (max(tokens.startIndex, cursor - Self.maximumAside)...cursor).last(where: {
                tokens[$0].text == "," && nameEnding[$0] != nil
            }), opening < comma, !Self.phraseStoppers.contains(word(opening + 1) ?? ""), !isAboutPerson(opening + 1..<comma) {
                return nameEnding[opening]
            }
            // "Tyre, the coastal city 80 km …": an aside whose adjectives lead to the claim; also
            // "La Serena, a popular Pacific coast beach town about 400 km …" (a name used as one)
            // and "Sibut, a regional capital on a major crossroads about 190 km …" (an aside of
            // words alone, articles within).
            if self.token(cursor).map({ $0.isWord && !$0.isCapitalized }) == true,
               let article = (max(tokens.startIndex, cursor - Self.maximumAside)...cursor).last(where: {
                   ["the", "a", "an"].contains(tokens[$0].lower) && self.token($0 - 1)?.text == "," && nameEnding[$0 - 1] != nil
               }),
               (article + 1...cursor).allSatisfy({ tokens[$0].isWord && (!tokens[$0].isCapitalized || $0 < cursor) }),
               !isAboutPerson(article + 1..<cursor + 1), let name = nameEnding[article - 1] {
                return name
            }
            return setting ?? openRelativeSubject(before: index)
        }
        return setting ?? openRelativeSubject(before: index)
    }

    /// Whether `range` is a verb of being and a description of the sentence's subject, ending
    /// where a figure follows: "is a vital transportation hub located", "was a small market
    /// town". Lower-case words only, with an indefinite article, and none that starts another
    /// relation ("near", "from", "and").
    func isDescribingVerbPhrase(_ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.count <= Self.maximumFillers, ["is", "was", "remains"].contains(word(range.lowerBound) ?? ""),
              ["a", "an"].contains(word(range.lowerBound + 1) ?? "") else { return false }
        return range.dropFirst(2).allSatisfy { index in
            guard let token = token(index), token.isWord, !token.isCapitalized else { return false }
            return Vocabulary.subjectFillers.contains(token.lower) || Vocabulary.hedges.contains(token.lower)
                || !Self.phraseStoppers.contains(token.lower)
        }
    }

    /// The article that opens a noun phrase whose modifiers end before `index`: "the" in "the
    /// disputed northern city", "the battered, government-controlled eastern city", "the
    /// junta-controlled capital". Looks back over lower-case words and commas, six at most.
    func article(before index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= max(tokens.startIndex, index - 7) {
            guard let token = token(cursor) else { return nil }
            if ["the", "a", "an"].contains(token.lower) { return cursor }
            guard token.text == "," || (token.isWord && !token.isCapitalized) || isCountryWord(cursor) else { return nil }
            cursor -= 1
        }
        return nil
    }

    /// The longest aside ("the main port", "Ukraine's second city") passed over between a place
    /// and its claim.
    static let maximumAside = 10

    /// A mention of the place a name phrase names, without a trailing region word
    /// ("Idlib Province" → "Idlib").
    /// A region word stays in the name, and a first-level one right after it joins it
    /// ("Hwanghae province", "Borno State"), so that the resolver looks for a region, not a town
    /// of that name. A district keeps the name of its town ("the Spin Boldak district").
    func mention(_ phrase: Range<Int>, countryHint: String? = nil, near countries: [String] = []) -> PlaceMention {
        var last = phrase.upperBound - 1
        if let next = word(phrase.upperBound), Vocabulary.firstLevelNouns.contains(next) { last += 1 }
        // "Mogoke Township", "Kfarjouz Village": the noun is no part of the place's name.
        if last > phrase.lowerBound, ["township", "village"].contains(tokens[last].lower) { last -= 1 }
        // "Iran's western province of Kermanshah", "the state of Borno": the region, as "Kermanshah
        // province" names it (not "the Kurdistan region of Iraq", where a name owns the noun).
        if last == phrase.upperBound - 1, word(phrase.lowerBound - 1) == "of", let noun = word(phrase.lowerBound - 2),
           Self.regionOfNouns.contains(noun), let before = token(phrase.lowerBound - 3),
           before.isWord, !before.isCapitalized || before.lower == "'s" {
            // "the province of Sistan and Baluchestan": one region, whose name has "and" in it
            // (the noun is singular).
            var nameEnd = last
            if word(phrase.upperBound) == "and", let second = nameStarting[phrase.upperBound + 1] { nameEnd = second.upperBound - 1 }
            var region = PlaceMention(name: text(from: phrase.lowerBound, through: nameEnd), span: span(from: phrase.lowerBound, through: last),
                                      countryHint: countryHint, nearCountries: countries)
            region.nameRegion(noun)
            return region
        }
        var mention = PlaceMention(name: text(from: phrase.lowerBound, through: last), span: span(from: phrase.lowerBound, through: last),
                                   countryHint: countryHint, nearCountries: countries)
        // "Kenya's counties of Mandera and Garissa": each a county, which its town stands for
        // only as a reading.
        if last == phrase.upperBound - 1, let noun = unitListNoun(before: phrase) { mention.unitNoun = noun }
        return mention
    }

    /// The singular unit noun of a list a name belongs to ("counties" in "the counties of
    /// Mandera and Garissa"), looking back over the list's commas and "and".
    func unitListNoun(before phrase: Range<Int>) -> String? {
        var start = phrase.lowerBound
        while true {
            if word(start - 1) == "and" || token(start - 1)?.text == "," {
                let back = word(start - 1) == "and" && token(start - 2)?.text == "," ? start - 2 : start - 1
                guard let previous = nameEnding[back] else { break }
                start = previous.lowerBound
            } else {
                break
            }
        }
        guard word(start - 1) == "of", let plural = word(start - 2), let noun = Self.singular(plural),
              ["county", "district", "province", "region", "state", "municipality", "prefecture", "oblast", "governorate"].contains(noun)
        else { return nil }
        return noun
    }

    /// First-level region nouns that, before "of", make the name after them a region: "the
    /// province of Kermanshah". Not "department" or "territory", which are second-level units in
    /// some countries ("the department of Tillia" in Niger is named after its town).
    static let regionOfNouns: Set<String> = [
        "province", "governorate", "state", "region", "oblast", "prefecture", "voivodeship", "krai", "wilayah", "wilayat",
    ]

    /// Whether a token, just before "border", "capital" or "city", names a country: an adjective
    /// ("Turkish", "Syrian-Turkish") or a capitalized name used as one ("the US border",
    /// "the Syria-Turkey border"); the verifier finds out which country, if any, it is.
    func isCountryWord(_ index: Int) -> Bool {
        guard let token = token(index), token.isWord else { return false }
        return !Demonyms.codes(in: token.lower).isEmpty || (token.isCapitalized && !Vocabulary.notPlaceNames.contains(token.lower))
    }

    /// The country adjectives or names in the words `range` ("Syrian-Turkish", "Turkey").
    func countryWords(in range: Range<Int>) -> [String] {
        range.flatMap { index -> [String] in
            guard let token = token(index), token.isWord else { return [] }
            let parts = token.text.split(separator: "-").map(String.init)
            if parts.allSatisfy({ !Demonyms.codes(in: $0).isEmpty }) { return parts }
            // "the Syria-Turkey border": two countries; "the Nord-Kivu capital": one region's
            // name, which the whole word gives first.
            return token.isCapitalized ? (parts.count > 1 ? [token.text] + parts : parts) : []
        }
    }
}
