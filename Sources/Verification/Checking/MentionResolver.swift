import Gazetteer
import Geodesy

/// Turns the place mentions of a text into places, using the text as context: the countries it
/// names are preferred, and a name with namesakes goes to the one nearest the text's other
/// *confident* places. A mention whose best candidate stays below
/// ``Resolver/confidenceThreshold`` gets no place: a guess never becomes evidence.
struct MentionResolver {
    /// What a mention turned out to be.
    enum Resolution: Sendable {
        /// A place to stand behind, with how its name matched (``PlaceCandidate``).
        case place(PlaceCandidate)
        /// Nothing by that name in the gazetteer.
        case notFound
        /// The name is an organisation, a group or a physical feature.
        case notAPlace(NotAPlace)
        /// Only a weak match: the best candidate, below the confidence threshold.
        case weak(PlaceCandidate)
        /// Several places fit and none clears the threshold.
        case ambiguous([PlaceCandidate])

        /// The name a place was found by only loosely (vowels that meet by class, a looser
        /// transliteration, a typo), when the mention has a place: "‘Qerma’ matched ‘Al Karmah’".
        var looseMatch: String? {
            guard case .place(let candidate) = self, candidate.nameConfidence < Resolver.nameConfidence(.romanised) else { return nil }
            return "‘\(candidate.matchedName)’ (a \(candidate.match.rawValue) match)"
        }

        /// The place, when the mention has one to stand behind.
        var place: Place? {
            if case .place(let candidate) = self { return candidate.place }
            return nil
        }
    }

    let index: GazetteerIndex
    let resolver: Resolver
    /// ISO codes of the countries the text names, most named first.
    let textCountries: [String]
    /// Those countries and their land neighbours, worked out once per text.
    let textNeighbourhood: Set<String>
    /// The countries of the text's confident places, most frequent first (set by ``resolveAll(_:)``).
    var placeCountries: [String] = []
    private var cache: [PlaceMention.Key: Resolution] = [:]
    /// Mentions the text puts far apart ("Aktau, … some 2,600 km southwest of the capital
    /// Astana"): neither is context for the other, since the text says they are not near.
    var apart: [PlaceMention.Key: Set<PlaceMention.Key>] = [:]
    private var countryCodes: [String: String?] = [:]

    /// A rival at this confidence or more makes a name that clears no threshold ambiguous
    /// rather than weak.
    static let rivalConfidence = 0.15
    /// How many unknown names of one text are looked for again with typos ("Jarabuls"): each
    /// costs a full-text search.
    static let typoBudget = 40

    /// How many of a text's places serve as context for telling namesakes apart.
    static let maximumAnchors = 100

    init(index: GazetteerIndex, countryWords: [String: Int]) throws(GazetteerError) {
        self.index = index
        resolver = Resolver(index: index)
        var counts: [String: Int] = [:]
        var codes: [String: String?] = [:]
        // The most frequent words and names first; a text names few countries, so 60 are plenty.
        for (word, count) in countryWords.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(60) {
            let code = try Self.countryCode(for: word, in: index)
            codes[word.lowercased()] = code
            if let code { counts[code, default: 0] += count }
        }
        countryCodes = codes
        textCountries = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        textNeighbourhood = try Self.neighbourhood(of: Set(textCountries), in: index)
    }

    /// The country the text is most probably about: the one it names most, else the one most
    /// of its confident places are in.
    var probableCountry: String? { textCountries.first ?? placeCountries.first }

    /// The ISO code of a country adjective ("Syrian") or name ("Syria", "Turkey").
    mutating func countryCode(for word: String) throws(GazetteerError) -> String? {
        let key = word.lowercased()
        if let known = countryCodes[key] { return known }
        let code = try Self.countryCode(for: word, in: index)
        countryCodes[key] = code
        return code
    }

    /// The ISO code of a country name or adjective, `preferred` when the word is one two
    /// countries share ("Congo", "Korean") and `preferred` is either: "Goma, in Congo's east"
    /// means the Democratic Republic, where Goma is.
    mutating func countryCode(for word: String, preferring preferred: String?) throws(GazetteerError) -> String? {
        if let preferred, Self.sharedCountryNames[word.lowercased()]?.contains(preferred) == true { return preferred }
        return try countryCode(for: word)
    }

    /// Every country a name or adjective may stand for: both for one two countries share
    /// ("Congo": CD and CG), else the one ``countryCode(for:)`` gives.
    mutating func countryCodes(for word: String) throws(GazetteerError) -> [String] {
        if let shared = Self.sharedCountryNames[word.lowercased()] { return shared }
        return try countryCode(for: word).map { [$0] } ?? []
    }

    /// Names and adjectives that reports use for either of two countries.
    static let sharedCountryNames: [String: [String]] = [
        "congo": ["CD", "CG"], "congolese": ["CD", "CG"], "korea": ["KR", "KP"], "korean": ["KR", "KP"],
    ]

    /// The ISO code of a country ("Syria", "Turkish"), or of the country a first-level region is
    /// in ("Idlib province", "Gaza Strip").
    mutating func countryCode(ofCountryOrRegion text: String) throws(GazetteerError) -> String? {
        if let code = try countryCode(for: text) { return code }
        if let region = try index.regions(named: text).first(where: { Self.sameQuarter(text, $0.name) }) { return region.countryCode }
        return try seat(ofRegionNamed: text, allowingTypos: false)?.countryCode
    }

    /// Whether two region names point to the same quarter: a loose match never turns "West
    /// Darfur" into "Central Darfur" or "North Kivu" into "South Kivu".
    static func sameQuarter(_ written: String, _ found: String) -> Bool {
        func quarters(_ name: String) -> Set<CompassDirection?> {
            Set(name.lowercased().split(whereSeparator: { !$0.isLetter }).compactMap { word -> CompassDirection?? in
                let word = String(word)
                if word == "central" || word == "middle" { return .some(nil) }
                if let direction = Vocabulary.direction(word) ?? Vocabulary.position(word) { return .some(direction) }
                return nil
            })
        }
        let a = quarters(written), b = quarters(found)
        return a.isEmpty || b.isEmpty || a == b
    }

    /// `regions` with those whose own name keeps the quarter of `written` first ("West Darfur":
    /// Western Darfur before Central Darfur, which Natural Earth also lists under that name).
    static func quarterFirst(_ regions: [Region], for written: String) -> [Region] {
        regions.filter { sameQuarter(written, $0.name) } + regions.filter { !sameQuarter(written, $0.name) }
    }

    /// The seat a region's name is made from: "Raqqa province" (where the boundaries say
    /// "Ar Raqqah") → the first-level seat (PPLA, or a capital) Raqqa, in `country` when there
    /// is one there. Nil unless the name ends in a region word.
    func seat(ofRegionNamed text: String, preferring country: String? = nil, allowingTypos: Bool = true) throws(GazetteerError) -> Place? {
        var words = text.split(separator: " ")
        guard words.count > 1, let last = words.last, Vocabulary.regionNouns.contains(last.lowercased()) else { return nil }
        words.removeLast()
        let seats = try resolver.candidates(for: words.joined(separator: " "), preferredCountries: country.map { [$0] } ?? [],
                                            allowingTypos: allowingTypos, limit: 5)
            .map(\.place).filter { $0.featureCode == "PPLA" || $0.featureCode == "PPLC" }
        return seats.first { $0.countryCode == country } ?? seats.first
    }

    private static func countryCode(for word: String, in index: GazetteerIndex) throws(GazetteerError) -> String? {
        if let code = Demonyms.codes(in: word).first { return code }
        // An ISO code ("SY") is taken as one; other short words ("the", "us") are not country names,
        // nor are capitals that are abbreviations or words of a headline ("an MP for Enga", "IN").
        guard word.count >= 4 || (word.count == 2 && word.uppercased() == word && !notCountryCodes.contains(word)) else { return nil }
        return try index.countryCode(named: word)
    }

    /// Two capital letters that news uses for something else than the country with that code.
    static let notCountryCodes: Set<String> = [
        "MP", "PM", "TV", "AM", "ID", "IT", "IN", "IS", "NO", "OR", "ME", "AT", "BE", "TO", "SO", "DO", "GO", "MA", "PA",
        "AL", "CO", "DE", "MD", "ST", "AD", "AS", "BY", "MY", "IF", "AI", "BA", "GM", "PR", "SA", "SE", "UN",
    ]

    /// Resolves every mention: first alone, then, for a name without a clear answer, again with
    /// the text's confident places as context.
    mutating func resolveAll(_ mentions: [PlaceMention]) throws(GazetteerError) -> [PlaceMention.Key: Resolution] {
        var order: [PlaceMention.Key] = []
        var queries: [Resolver.Query?] = []
        var seen = Set<PlaceMention.Key>()
        for mention in mentions where cache[mention.key] == nil && seen.insert(mention.key).inserted {
            order.append(mention.key)
            queries.append(try query(for: mention))
        }
        // The look-ups themselves run in parallel, a connection per core; first without typos,
        // then with them for the names that found nothing (up to a budget per text, so that a text
        // of thousands of unknown names stays fast).
        let asked = queries.compactMap { $0 }
        var found = try resolver.lookups(forEach: asked.map { var q = $0; q.allowsTypos = false; return q })
        let retry = found.indices.filter { found[$0].candidates.isEmpty && found[$0].notAPlace == nil }.prefix(Self.typoBudget)
        let retried = try resolver.lookups(forEach: retry.map { asked[$0] })
        for (slot, lookup) in zip(retry, retried) { found[slot] = lookup }
        var firstPass: [PlaceMention.Key: Resolver.Lookup] = [:]
        var next = 0
        for (key, query) in zip(order, queries) where query != nil {
            firstPass[key] = found[next]
            next += 1
        }
        // Context comes from confident places spelled as the text spells them only (at most `maximumAnchors`, so that a text
        // of thousands of names costs time in proportion to its length): one guess cannot pull others. A
        // first-level region the text names ("Idlib province") counts by its point, not a country.
        var anchorKeys: [Int: Set<PlaceMention.Key>] = [:]
        var anchors = Array(order.lazy.compactMap { key in firstPass[key]?.candidates.first.map { (key, $0) } }
            .filter { $0.1.confidence >= Resolver.confidenceThreshold && $0.1.match <= .normalized && $0.1.region?.kind != .country }
            .map { key, candidate in
                anchorKeys[candidate.place.id, default: []].insert(key)
                return candidate.place
            }.prefix(Self.maximumAnchors))
        // In a text that names its countries, a small place elsewhere is no anchor: it may be a
        // namesake of a place the gazetteer lacks.
        let near = textNeighbourhood
        if !near.isEmpty {
            anchors = anchors.filter { near.contains($0.countryCode) || $0.population >= 200_000 || $0.isCapital }
        }
        var counts: [String: Int] = [:]
        for anchor in anchors { counts[anchor.countryCode, default: 0] += 1 }
        placeCountries = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        // Names the text qualifies with their region ("Naga city in Cebu province"): the text says
        // which namesake it means, and the places around it do not overrule that.
        var qualified = Set<PlaceMention.Key>()
        var qualifyingRegion: [PlaceMention.Key: String] = [:]
        for (key, query) in zip(order, queries) where query?.name.contains(",") == true && !key.mention.name.contains(",") {
            qualified.insert(key)
            if let region = query?.name.split(separator: ",").last { qualifyingRegion[key] = NameKey.folded(region.trimmingCharacters(in: .whitespaces)) }
        }
        for key in order {
            guard let lookup = firstPass[key] else {
                cache[key] = .notFound
                continue
            }
            var candidates = lookup.candidates
            if let best = candidates.first, !(qualified.contains(key) && best.confidence >= Resolver.confidenceThreshold),
               candidates.count > 1 || best.confidence < Resolver.confidenceThreshold {
                // The other confident places of the text, and their countries, decide between
                // namesakes: "Barcelona" next to Madrid is the Spanish one.
                let distant = apart[key] ?? []
                let others = anchors.filter { anchor in
                    !candidates.contains { $0.place.id == anchor.id } && anchorKeys[anchor.id, default: []].isDisjoint(with: distant)
                }
                if !others.isEmpty {
                    candidates = resolver.reranked(candidates, context: others.map(\.coordinate),
                                                   preferredCountries: Set(others.map(\.countryCode)),
                                                   alreadyPreferred: Set(textCountries))
                }
            }
            var resolution = Self.resolution(candidates: candidates, notAPlace: lookup.notAPlace)
            // ("Wabag in Enga province, about 600 km northwest of Port Moresby": found in the
            // region the text names, a village is where the text puts it, however far the others.)
            let inNamedRegion = qualifyingRegion[key].map { region in candidates.first?.place.admin1Name.map(NameKey.folded) == region } ?? false
            if case .place = resolution, let best = candidates.first, !inNamedRegion {
                let others = anchors.filter { $0.id != best.place.id }
                if try isOutOfContext(best, anchors: others) || Self.isStrayVillage(best, anchors: others) {
                    resolution = .weak(best)
                }
            }
            cache[key] = resolution
        }
        return cache
    }

    /// A village smaller than this, farther than ``villageReach`` from every confident place of
    /// the text, is more likely a namesake of a village the gazetteer lacks than the one meant.
    static let strayVillagePopulation = 10_000
    static let villageReach = 500_000.0

    /// Whether a small place lies far from all the text's confident places ("Borysivka" in a
    /// report on the Kharkiv front: the gazetteer's only Borysivka is near Odesa).
    static func isStrayVillage(_ candidate: PlaceCandidate, anchors: [Place]) -> Bool {
        // A first- or second-level seat ("the provincial capital, Wabag") is no stray village.
        guard candidate.place.population < strayVillagePopulation, !candidate.isRegion, !candidate.place.isSupplement,
              !["PPLA", "PPLA2", "PPLC"].contains(candidate.place.featureCode ?? ""), !anchors.isEmpty else { return false }
        return !anchors.contains {
            Geodesic.wgs84.inverse(from: $0.coordinate, to: candidate.place.coordinate).distance.metres <= villageReach
        }
    }

    /// Countries and their land neighbours.
    private static func neighbourhood(of countries: Set<String>, in index: GazetteerIndex) throws(GazetteerError) -> Set<String> {
        var result = countries
        for code in countries {
            if let country = try index.country(code: code) { result.formUnion(country.neighbours) }
        }
        return result
    }

    /// How far from every confident place of the text a place matched only by a spelling
    /// equivalence may lie, outside the text's countries and their neighbours.
    static let contextReach = 1_000_000.0

    /// Whether a candidate matched only by a spelling equivalence (not spelled as the text
    /// spells it) lies where nothing else in the text is: in none of the text's countries or
    /// their neighbours, and over 1,000 km from its confident places. "Sarmada" in a report on
    /// Idlib is not the Italian Sarmede.
    private mutating func isOutOfContext(_ candidate: PlaceCandidate, anchors: [Place]) throws(GazetteerError) -> Bool {
        // Spelled as the text spells it and prominent (the capital of Libya in a report on
        // Lebanon): the text means it. Otherwise a namesake far from the text's places is more
        // likely than not a different, missing place ("Balad" in a report on Somalia).
        let prominent = candidate.place.population >= 200_000 || candidate.place.isCapital
        let spelledAlike = candidate.match <= .normalized
        // A region spelled as the text spells it is meant, unless the text names its countries
        // and the region lies far from them ("the northern Cordillera region" in a report on the
        // Philippines is not Paraguay's Cordillera); one met by romanisation may not be.
        let regionElsewhere = candidate.region?.kind == .admin1 && !textCountries.isEmpty
        guard !spelledAlike || (!prominent && !candidate.isRegion) || regionElsewhere else { return false }
        // The countries the text names and their neighbours, and those of its confident places.
        let home = textNeighbourhood.union(placeCountries)
        guard !home.isEmpty, !home.contains(candidate.place.countryCode) else { return false }
        return !anchors.contains {
            Geodesic.wgs84.inverse(from: $0.coordinate, to: candidate.place.coordinate).distance.metres <= Self.contextReach
        }
    }

    /// The look-up a mention needs: its name, or for "the capital" the capital's name, in the
    /// country the text ties it to; nil when "the capital" has no country to be the capital of.
    private mutating func query(for mention: PlaceMention) throws(GazetteerError) -> Resolver.Query? {
        var name = mention.name
        var countryCode = try mention.countryHint.flatMap { hint throws(GazetteerError) in try self.countryCode(ofCountryOrRegion: hint) }
        if let capitalOf = mention.capitalOf {
            // "the capital": of the country named, else of the country the text is about.
            // An ISO code is set by the Verifier (the subject's country): taken as it is, also
            // for the codes a text would not mean as a country ("MY", "CO").
            var isCode = false
            if capitalOf.count == 2, capitalOf.uppercased() == capitalOf { isCode = try index.country(code: capitalOf) != nil }
            let code = capitalOf.isEmpty ? (textCountries.first ?? placeCountries.first)
                : isCode ? capitalOf : try self.countryCode(for: capitalOf)
            if let code {
                guard let country = try index.country(code: code), !country.capital.isEmpty else { return nil }
                name = country.capital
                countryCode = code
            } else if !capitalOf.isEmpty {
                // "the capital of Helmand province": the region's seat; "the capital of Sana'a": the city.
                if let region = try index.regions(exactlyNamed: capitalOf).first(where: { $0.kind == .admin1 }),
                   let seat = try index.seat(of: region) {
                    name = seat.name
                    countryCode = seat.countryCode
                } else {
                    name = capitalOf
                }
            } else {
                return nil
            }
        }
        // "near the French border": France and its neighbours.
        var preferred = Set(textCountries)
        for word in mention.nearCountries {
            guard let code = try self.countryCode(for: word), let country = try index.country(code: code) else { continue }
            preferred.insert(code)
            preferred.formUnion(country.neighbours)
        }
        // Enough candidates that a namesake far down the list (the Syrian Palmyra behind the
        // American ones) is there when the text's other places come to rank them.
        // "Nakano, a city in Nagano prefecture": the region's places first (the resolver reads
        // "Name, Region").
        // Only for a region spelled so, in a country the text is about when it names any.
        // "Dayton, Ohio": a region named exactly does the same, with its noun or without ("Naga
        // city in Cebu province": the Naga in Cebu, not the larger one elsewhere), in a country
        // the text is about or next to one ("Roma, Texas" in a report from Mexico).
        if mention.capitalOf == nil, let hint = mention.countryHint, try self.countryCode(for: hint) == nil, !name.contains(",") {
            var words = hint.split(separator: " ")
            if words.count > 1, let last = words.last, Vocabulary.regionNouns.contains(last.lowercased()) { words.removeLast() }
            let core = words.joined(separator: " ")
            let regions = Self.quarterFirst(try index.regions(exactlyNamed: core).filter { $0.kind == .admin1 }, for: core)
            if let region = regions.first,
               textCountries.isEmpty || textNeighbourhood.contains(region.countryCode) {
                name += ", " + (Self.sameQuarter(core, region.name) && regions.count > 1 ? region.name : core)
                countryCode = nil
            }
        }
        var query = Resolver.Query(name: name, countryCode: countryCode, preferredCountries: preferred, limit: 15)
        query.strictCountry = mention.capitalOf != nil
        return query
    }

    private static func resolution(candidates: [PlaceCandidate], notAPlace: NotAPlace?) -> Resolution {
        if let notAPlace { return .notAPlace(notAPlace) }
        guard let best = candidates.first else {
            // No suggestions of close names here: each costs a full-text search (tens of
            // milliseconds); `geocheck place NAME` gives them.
            return .notFound
        }
        if best.confidence >= Resolver.confidenceThreshold { return .place(best) }
        let rivals = candidates.filter { $0.confidence >= rivalConfidence && $0.nameConfidence >= 0.85 }
        return rivals.count >= 2 ? .ambiguous(rivals) : .weak(best)
    }
}

extension PlaceMention {
    /// What makes two mentions the same look-up.
    struct Key: Hashable, Sendable {
        let mention: PlaceMention
        static func == (a: Key, b: Key) -> Bool {
            a.mention.name == b.mention.name && a.mention.capitalOf == b.mention.capitalOf && a.mention.countryHint == b.mention.countryHint
                && a.mention.nearCountries == b.mention.nearCountries
        }
        func hash(into hasher: inout Hasher) {
            hasher.combine(mention.name)
            hasher.combine(mention.capitalOf)
            hasher.combine(mention.countryHint)
            hasher.combine(mention.nearCountries)
        }
    }

    var key: Key { Key(mention: self) }
}
