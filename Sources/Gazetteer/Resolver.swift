import Foundation
import Geodesy
import Geometry

/// Turns a place name, spelled however a report spells it, into candidate places, each with a
/// confidence from 0 to 1 that it is the place meant.
///
/// **Matching.** A query is compared with every name of every place in the index, strictest
/// first: the primary name (`exact`), an alternate name (`alternate`), a name once accents and
/// punctuation are folded (`normalized`), a name under the documented news-romanisation
/// equivalences of ``Romanisation`` (`romanised`), a name with the same consonants and vowels
/// close to them (`transliteration`, distance at most ``transliterationLimit``, only when no
/// name matched more strictly), and, when nothing else matched, a name with a typo or two
/// (`fuzzy`, names of five letters or more). Codes in capitals ("HIJ", an airport) match only
/// a query in capitals.
/// Organisations, groups and physical features never match a settlement (``NotAPlaceList``).
/// Countries and first-level regions are candidates too ("Idlib province", "Syria").
///
/// **Confidence.** Each candidate has a *name confidence*, how likely the query is a spelling
/// of that name at all (1.0 exact, 0.98 alternate, 0.96 normalized, 0.8 romanised, 0.7 down to
/// 0.075 for a transliteration by its distance (so that a loose transliteration alone is never
/// used by `check`), 0.5 for one typo in a name of seven letters or
/// more, 0.4 in a shorter one, 0.3 for two; a romanised key of three letters or fewer counts
/// 0.7 times), and a *weight* against its
/// namesakes: the match kind's weight times the place's prominence (population, at least 200,
/// times 4 for a capital, 2.5 for a first-level seat, 1.5 for a second-level seat, square-rooted;
/// match weights 1 exact, 0.7 alternate, 0.4 normalized, 0.3 romanised (0.03 where a name spelled
/// as the query also matched), 0.1 transliteration, 0.05 fuzzy) times the context (×6 in a country the text is about, up to ×21 near a place the text
/// names). The confidence is the name confidence times the candidate's share of the total
/// weight: "Paris" is Paris, France at 0.99; "Tripoli" is Tripoli, Libya at 0.8 unless the text
/// is about Lebanon. When every match is romanised or looser, the total also counts
/// ``absentPlaceWeight(matchedAs:)``, the chance that the place meant is missing from the gazetteer.
///
/// ``listingThreshold`` and ``confidenceThreshold`` say what is shown and what is used.
public struct Resolver: Sendable {
    public let index: GazetteerIndex

    /// Longer queries (folded) match nothing: the longest GeoNames names are under 200 letters.
    public static let maximumNameLength = 200
    /// `geocheck place` lists candidates at or above this confidence.
    public static let listingThreshold = 0.2
    /// `geocheck check` uses a place only at or above this confidence; below it a claim is
    /// unverifiable rather than measured on a guess.
    public static let confidenceThreshold = 0.6
    /// The largest ``Romanisation/distance(_:_:limit:)`` a transliteration may have.
    public static let transliterationLimit = 0.25

    public init(index: GazetteerIndex) {
        self.index = index
    }

    /// The candidates for a name, or why it is not a place.
    public struct Lookup: Sendable {
        /// Best first (every candidate found, up to the limit, whatever its confidence).
        public var candidates: [PlaceCandidate]
        /// Set when the name is an organisation, a group or a physical feature.
        public var notAPlace: NotAPlace?

        public init(candidates: [PlaceCandidate], notAPlace: NotAPlace? = nil) {
            self.candidates = candidates
            self.notAPlace = notAPlace
        }
    }

    /// Ranked candidates for `query`, best first; empty when nothing matches or the name is not a place.
    ///
    /// - Parameters:
    ///   - countryCode: An ISO country code the place is expected in.
    ///   - context: Places already identified nearby in the same text; closer candidates weigh more.
    ///   - preferredCountries: Countries the text is about: their places weigh six times more,
    ///     without ruling out others.
    ///   - allowingTypos: Whether a name that matches nothing else is looked for with typos (a
    ///     full-text search of tens of milliseconds).
    ///   - strictCountry: Whether `countryCode` rules out every place elsewhere (else, when
    ///     nothing there has the name, places of 100,000 people or more spelled so still count).
    public func candidates(
        for query: String, countryCode: String? = nil, context: [Coordinate] = [], preferredCountries: Set<String> = [],
        allowingTypos: Bool = true, limit: Int = 10
    ) throws(GazetteerError) -> [PlaceCandidate] {
        try lookup(query, countryCode: countryCode, context: context, preferredCountries: preferredCountries,
                   allowingTypos: allowingTypos, limit: limit).candidates
    }

    /// Like ``candidates(for:countryCode:context:preferredCountries:allowingTypos:limit:)``, and
    /// says why a name that is no place found nothing.
    public func lookup(
        _ query: String, countryCode: String? = nil, context: [Coordinate] = [], preferredCountries: Set<String> = [],
        allowingTypos: Bool = true, strictCountry: Bool = true, limit: Int = 10
    ) throws(GazetteerError) -> Lookup {
        var name = query.trimmingCharacters(in: .whitespacesAndNewlines)
        var country = countryCode?.uppercased()
        var context = context
        var withinRegion: Region?
        if let comma = name.lastIndex(of: ",") {
            // "Homs, Syria": a country after the comma. "Sheikh Maqsoud, Aleppo": a place the
            // name lies in or near, which weighs candidates close to it more.
            let hint = String(name[name.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
            let head = String(name[..<comma]).trimmingCharacters(in: .whitespaces)
            if country == nil, let code = try index.countryCode(named: hint) {
                country = code
                name = head
            } else if country == nil, !head.isEmpty, let region = try index.regions(named: hint).first,
                      region.kind == .admin1, NameKey.folded(region.name).contains(RegionNames.core(hint)) {
                // "Paris, Texas": a first-level region names the country, and its places weigh more.
                country = region.countryCode
                name = head
                withinRegion = region
            } else if !head.isEmpty, let near = try candidates(for: hint, countryCode: country, limit: 1).first,
                      near.confidence >= Self.confidenceThreshold {
                context.append(near.place.coordinate)
                name = head
            }
        }
        let folded = NameKey.folded(name)
        // No place name is this long; refusing early keeps the trigram search bounded.
        guard !folded.isEmpty, folded.count <= Self.maximumNameLength else { return Lookup(candidates: []) }
        do {
            if let reason = try NotAPlaceList.classify(name, folded: folded, index: index), try !namesTown(despite: reason, folded: folded) {
                return Lookup(candidates: [], notAPlace: reason)
            }
            var found = try matches(name: name, folded: folded, allowingTypos: allowingTypos)
            let regionIntent = RegionNames.hasRegionWord(folded)
            let regions = Self.raisingRegionsWithoutTown(try regionCandidates(name: name, intent: regionIntent), towns: found, query: folded)
            found = Self.demotingNamesakes(found, of: regions)
            found += regions
            var weighted = found.map { candidate -> PlaceCandidate in
                var candidate = candidate
                candidate.weight *= Self.contextFactor(for: candidate.place, context: context, preferredCountries: preferredCountries)
                if let withinRegion, candidate.place.countryCode == withinRegion.countryCode,
                   RegionNames.core(candidate.place.admin1Name ?? "") == RegionNames.core(withinRegion.name) {
                    candidate.weight *= Self.preferredCountryFactor
                }
                // "Idlib province": the region, not the city; a bare "Idlib": the city first. A
                // region word with no region of the name ("Nerkh District") makes a town of it a guess.
                if regionIntent, !candidate.isRegion {
                    candidate.weight *= 0.02
                    candidate.nameConfidence *= 0.3
                }
                return candidate
            }
            // "Islamabad": a country's capital called by its own name is the place meant over a
            // city that carries the name only among its alternates (Chattogram's historical name).
            if weighted.contains(where: { $0.place.isCapital && $0.match == .exact }) {
                weighted = weighted.map { candidate in
                    var candidate = candidate
                    if !candidate.isRegion, candidate.match > .exact { candidate.weight *= Self.besideCapitalFactor }
                    return candidate
                }
            }
            // A country given ("Homs, Syria", `--country`) rules the others out. A country a text
            // ties the place to ("the Syrian city of Gaziantep") is softer: when nothing there
            // has the name, a large place elsewhere that is spelled so still counts (the claim
            // is then wrong about the country), a small one does not (the place meant is more
            // likely missing from the gazetteer).
            if let country {
                let inCountry = weighted.filter { $0.place.countryCode == country }
                weighted = inCountry.isEmpty && !strictCountry
                    ? weighted.filter { $0.match <= .alternate && ($0.place.population >= 100_000 || $0.place.isCapital) }
                    : inCountry
            }
            return Lookup(candidates: Array(Self.shared(weighted).prefix(limit)))
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }

    /// A folded name with the Arabic article put before it, as GeoNames records many names:
    /// "al iskandariyah", and the article assimilated to a first sun letter ("ar raqqah",
    /// "ash shaddadi"). None for a name that has an article, or is not in Latin letters.
    static func withArticle(_ folded: String) -> [String] {
        guard folded.count >= 4, folded.utf8.allSatisfy({ $0 < 0x80 }),
              let first = folded.split(separator: " ").first, !NameKey.articles.contains(String(first)) else { return [] }
        var keys = ["al " + folded, "el " + folded]
        let sunLetters = ["sh", "th", "dh", "t", "d", "r", "z", "s", "n"]
        if let sun = sunLetters.first(where: { folded.hasPrefix($0) }) { keys.append("a" + sun + " " + folded) }
        return keys
    }

    /// Whether a name that looks like a feature's by its noun ("Lake Charles", "Mount Isa") is a
    /// town's all the same: a settlement of some size has it as its own name.
    private func namesTown(despite reason: NotAPlace, folded: String) throws -> Bool {
        guard reason.category == "feature", NotAPlaceList.trailingFeatureNouns.contains(reason.evidence)
                || NotAPlaceList.leadingFeatureNouns.contains(reason.evidence) else { return false }
        return try index.hits(column: "folded", keys: [folded], limit: 20).contains {
            $0.isPrimary && $0.place.population >= Self.featureNamedTownPopulation
        }
    }

    /// A folded name without its spaces and hyphens.
    static func unspaced(_ folded: String) -> String {
        String(folded.filter { $0 != " " && $0 != "-" })
    }

    /// The population from which a settlement named like a feature ("Lake Charles") is a town.
    static let featureNamedTownPopulation = 5_000

    /// The settlements whose names match, one candidate per place with its best match.
    private func matches(name: String, folded: String, allowingTypos: Bool) throws -> [PlaceCandidate] {
        var best: [Int: PlaceCandidate] = [:]
        let queryIsAcronym = NotAPlaceList.isAcronym(name)
        func consider(_ hit: GazetteerIndex.NameHit, _ match: MatchKind, nameConfidence: Double, weightFactor: Double = 1) {
            // An alternate name in capitals of four letters or fewer is a code ("HIJ", "GAO" for
            // airports): it answers only a query written the same way.
            if !hit.isPrimary, hit.name.count <= 4, !queryIsAcronym, NotAPlaceList.isAcronym(hit.name) { return }
            // A name spelled in syllables ("bei ji ye", GeoNames' pinyin for Béziers) is no news
            // spelling: only an exact match counts on it.
            if match > .normalized, Self.isSyllableSpelling(hit.name) { return }
            let candidate = PlaceCandidate(place: hit.place, matchedName: hit.name, match: match, nameConfidence: nameConfidence,
                                           weight: Self.matchWeight(match) * Self.prominence(of: hit.place) * nameConfidence * weightFactor)
            if let existing = best[hit.place.id], existing.weight >= candidate.weight { return }
            best[hit.place.id] = candidate
        }
        for hit in try index.hits(column: "folded", keys: [folded]) {
            // The primary name but for accents ("Ciudad Juarez" for "Ciudad Juárez") counts as exact.
            let match: MatchKind = hit.isPrimary ? .exact : (Self.equalIgnoringCase(hit.name, name) ? .alternate : .normalized)
            consider(hit, match, nameConfidence: Self.nameConfidence[match]!)
        }
        // The Arabic article that news drops: "Iskandariyah" is GeoNames' "Al Iskandariyah" (in
        // Iraq) as surely as Alexandria's alternate "Iskandariyah"; "Raqqa" its "Ar Raqqah".
        let withArticle = Self.withArticle(folded)
        if !withArticle.isEmpty {
            for hit in try index.hits(column: "folded", keys: withArticle) where best[hit.place.id] == nil {
                consider(hit, .normalized, nameConfidence: Self.nameConfidence[.normalized]!)
            }
        }
        let romanFolded = Romanisation.folded(name, folded: folded)
        let romanKeys = Romanisation.queryKeys(ofFolded: romanFolded)
        guard let queryKey = romanKeys.first else { return Array(best.values) }
        // Spelling equivalents count for little beside a name spelled as the query is, and a
        // key of three letters or fewer ("ar" for "Waer") not at all then: it meets too many.
        let spelledAlike = !best.isEmpty
        let shortKey = queryKey.count <= 3
        if !(spelledAlike && shortKey) {
            let vowelKeys = Set(Romanisation.queryKeys(ofFolded: romanFolded, mergingVowels: false))
            let spelledAsQuery = Set(best.keys)
            let unspaced = Self.unspaced(folded)
            for hit in try index.hits(column: "roman", keys: romanKeys) where !spelledAsQuery.contains(hit.place.id) {
                // The same letters spaced otherwise ("Debrebirhan" / "Debre Birhan", "Bintjbeil"
                // / "Bint Jbeil"): the same spelling.
                if Self.unspaced(hit.folded) == unspaced {
                    consider(hit, .normalized, nameConfidence: Self.nameConfidence[.normalized]!)
                    continue
                }
                // Spellings that agree on their vowels ("Ad Dhale" / "Dhale") are likelier the
                // same name than ones that meet only once vowels are put in classes ("Sévaré" /
                // "Savara", "Ad Dhale" / "Dala"): the best of a place's names counts.
                let sameVowels = vowelKeys.contains(Romanisation.vowelKey(ofFolded: Romanisation.folded(hit.name, folded: hit.folded)))
                if !sameVowels, Romanisation.fixedSpellingCountries.contains(hit.place.countryCode) { continue }
                consider(hit, .romanised,
                         nameConfidence: Self.nameConfidence[.romanised]! * (shortKey ? 0.7 : 1) * (sameVowels ? 1 : Self.vowelClassFactor),
                         weightFactor: (spelledAlike ? 0.1 : 1) * (sameVowels ? 1 : Self.vowelClassWeight))
            }
        }
        // Looser transliterations (the same consonants, vowels close enough), only for a name
        // that no spelling equivalence matched: else their namesakes would drown the real match.
        let skeletons = NameKey.querySkeletons(name).filter { $0.count >= 2 }
        if best.isEmpty, !skeletons.isEmpty, queryKey.count >= 4 {
            let limit = skeletons.allSatisfy { $0.count < 3 } ? 200 : 500
            for hit in try index.hits(column: "skeleton", keys: skeletons, limit: limit) where best[hit.place.id] == nil {
                // A name spelled one way only is never a looser transliteration of another.
                if Romanisation.fixedSpellingCountries.contains(hit.place.countryCode) { continue }
                let distance = romanKeys.map { Romanisation.distance($0, hit.roman, limit: Self.transliterationLimit) }.min() ?? 1
                guard distance <= Self.transliterationLimit, hit.roman.count >= 4 else { continue }
                consider(hit, .transliteration, nameConfidence: 0.7 - 2.5 * distance)
            }
        }
        if best.isEmpty, allowingTypos, folded.count >= 5 {
            let allowance = min(2, typoAllowance(forLength: folded.count))
            let close = try index.similarNames(to: folded).map { ($0, editDistance($0, folded, limit: allowance)) }
                .filter { $0.1 <= allowance }
            let distances = Dictionary(close, uniquingKeysWith: min)
            for hit in try index.hits(column: "folded", keys: Array(distances.keys)) {
                consider(hit, .fuzzy, nameConfidence: (distances[hit.folded] ?? 2) <= 1 ? (folded.count >= 7 ? 0.5 : 0.4) : 0.3)
            }
        }
        return Array(best.values)
    }

    /// A first-level region named exactly, with no town of its country spelled so ("Crete",
    /// "Attica", "Bavaria"), weighs as a region named with its word: the name is the region's,
    /// not that of a small namesake abroad (Crete, Illinois). With such a town ("Idlib", "Hama"),
    /// the town still comes first; so it does for a region met only without its article ("Beni"
    /// is the Congolese town before Bolivia's El Beni).
    static func raisingRegionsWithoutTown(_ regions: [PlaceCandidate], towns: [PlaceCandidate], query: String) -> [PlaceCandidate] {
        regions.map { region in
            guard region.match == .exact, region.region?.kind == .admin1,
                  !towns.contains(where: { $0.match <= .alternate && $0.place.countryCode == region.place.countryCode }) else { return region }
            let words = NameKey.folded(region.place.name).split(separator: " ")
            if words.count >= 2, NameKey.articles.contains(String(words[0])), !query.hasPrefix(words[0] + " ") { return region }
            var raised = region
            raised.weight *= (1e6 / 1e4).squareRoot()
            return raised
        }
    }

    /// Towns that carry a first-level region's exact name only as an alternate, and lie outside
    /// it, weigh a twentieth: "Missouri" is the state, not Bozeman, Montana, which GeoNames
    /// also lists under that name. A town in the region ("Arbil" for Erbil, in Arbil) keeps
    /// its weight: it is the city the region is named after. So do all when a town has the name
    /// as its own ("San Fernando"): the name is then a town's as much as the region's.
    static func demotingNamesakes(_ towns: [PlaceCandidate], of regions: [PlaceCandidate]) -> [PlaceCandidate] {
        let exact = regions.compactMap { $0.match == .exact && $0.region?.kind == .admin1 ? $0.region : nil }
        guard !exact.isEmpty, !towns.contains(where: { $0.match == .exact }) else { return towns }
        return towns.map { town in
            guard town.match == .alternate else { return town }
            let inside = exact.contains {
                $0.countryCode == town.place.countryCode && RegionNames.core($0.name) == RegionNames.core(town.place.admin1Name ?? "")
            }
            guard !inside else { return town }
            var demoted = town
            demoted.weight *= 0.05
            return demoted
        }
    }

    /// Countries and first-level regions whose name is the query's ("Syria", "Idlib province",
    /// "Borno State"), as candidates whose point is a point inside the outline.
    private func regionCandidates(name: String, intent: Bool) throws -> [PlaceCandidate] {
        // Exact names only: a region is never a guess.
        let regions = try index.regions(exactlyNamed: name, allowingRomanised: intent)
        guard !regions.isEmpty else { return [] }
        let spelledAlike = intent ? Set(try index.regions(exactlyNamed: name).map(\.id)) : Set(regions.map(\.id))
        let context = try GEOSContext()
        return try regions.prefix(4).map { region in
            let point = try index.geometry(of: region, context: context).pointOnSurface().coordinate()
            let place = Place(id: Place.regionIDBase + region.id, name: region.name, coordinate: point, countryCode: region.countryCode,
                              admin1Name: region.kind == .admin1 ? region.name : nil,
                              featureCode: region.kind == .country ? "PCLI" : "ADM1")
            // A country outweighs any namesake; a first-level region, named without a region
            // word, weighs as a town of 10,000 (the city it is named after comes first).
            var prominence = (region.kind == .country ? 2e7 : (intent ? 1e6 : 1e4)).squareRoot()
            // Met by romanisation with vowels only of a class ("Saada" / "Saïda"): a weaker match.
            let query = RegionNames.core(name), recorded = RegionNames.core(region.name)
            if query != recorded, Romanisation.vowelKey(ofFolded: query) != Romanisation.vowelKey(ofFolded: recorded) {
                prominence *= Self.vowelClassWeight
            }
            // Met only under the romanisation equivalences ("Lamu region" / Laamu): a romanised match.
            let match: MatchKind = spelledAlike.contains(region.id) ? .exact : .romanised
            return PlaceCandidate(place: place, matchedName: region.name, match: match, nameConfidence: Self.nameConfidence[match]!,
                                  weight: prominence * Self.matchWeight(match), region: region)
        }
    }

    /// The weight of the chance that a name matched only loosely (romanised or looser) is a
    /// place the gazetteer lacks: that of a place of 1,000 people matched as loosely, with no
    /// context. The shipped data holds places of 500 people or more, so many villages and
    /// districts in the news are missing; a lone loose match on a small place elsewhere
    /// ("Sarmada" for Sarmede, Italy) is then no better than a guess.
    static func absentPlaceWeight(matchedAs match: MatchKind) -> Double {
        match < .romanised ? 0 : matchWeight(match) * nameConfidence[match]! * 1000.0.squareRoot()
    }

    /// The name confidence of a romanised match whose vowels meet only by class, as a share of
    /// that of one whose vowels agree.
    static let vowelClassFactor = 0.875
    /// The weight of such a match against namesakes whose vowels agree.
    static let vowelClassWeight = 0.25

    /// Every candidate's confidence from its share of the total weight, best first.
    static func shared(_ candidates: [PlaceCandidate]) -> [PlaceCandidate] {
        let candidates = mergingDuplicates(candidates)
        guard let strictest = candidates.map(\.match).min() else { return [] }
        let total = candidates.reduce(0) { $0 + $1.weight } + absentPlaceWeight(matchedAs: strictest)
        guard total > 0 else { return [] }
        return candidates.map { candidate in
            var shared = candidate
            shared.confidence = ((candidate.nameConfidence * candidate.weight / total) * 1000).rounded() / 1000
            return shared
        }.sorted { ($0.confidence, $0.weight, -$0.place.id) > ($1.confidence, $1.weight, -$1.place.id) }
    }

    /// How close two settlements of one country must be to count as one place.
    static let duplicateRadius = 5_000.0

    /// Candidates with GeoNames' duplicate records folded into one: two settlements of the same
    /// country within ``duplicateRadius`` ("Leposavić" and "Leposaviq", Kosovo, two records
    /// for one town) are one place for any claim, and so are a town and the first-level region
    /// it is the seat of, named alike ("Bayda"), unless the name says it means the region
    /// ("Bayda province", which demotes the town). The stronger stands for both; the weaker is
    /// no rival, and adds nothing either.
    static func mergingDuplicates(_ candidates: [PlaceCandidate]) -> [PlaceCandidate] {
        guard candidates.count > 1 else { return candidates }
        var kept: [PlaceCandidate] = []
        kept.reserveCapacity(candidates.count)
        for candidate in candidates.sorted(by: { ($0.weight, -$0.place.id) > ($1.weight, -$1.place.id) }) {
            if !candidate.isRegion, kept.contains(where: { !$0.isRegion && isDuplicate($0.place, candidate.place) }) {
                continue
            }
            if let region = candidate.region, region.kind == .admin1, kept.contains(where: { isSeat($0.place, of: region) }) {
                continue
            }
            // A town after the region it is the seat of: the town stands for both, unless the
            // name demoted it (a region word).
            if !candidate.isRegion, let index = kept.firstIndex(where: { $0.region.map { isSeat(candidate.place, of: $0) } ?? false }) {
                if candidate.nameConfidence >= kept[index].nameConfidence / 2 { kept[index] = candidate }
                continue
            }
            kept.append(candidate)
        }
        return kept
    }

    /// Whether a settlement is the seat (GeoNames PPLA) of a first-level region of its name.
    static func isSeat(_ place: Place, of region: Region) -> Bool {
        !place.isRegion && place.featureCode == "PPLA" && place.countryCode == region.countryCode
            && NameKey.folded(place.admin1Name ?? "") == NameKey.folded(region.name)
    }

    /// Whether two places of one country lie within ``duplicateRadius`` of each other.
    static func isDuplicate(_ a: Place, _ b: Place) -> Bool {
        guard a.countryCode == b.countryCode else { return false }
        let latitude = (a.coordinate.latitude - b.coordinate.latitude) * 111_195
        let longitude = (a.coordinate.longitude - b.coordinate.longitude) * 111_195 * cos(a.coordinate.latitude * .pi / 180)
        return (latitude * latitude + longitude * longitude).squareRoot() <= duplicateRadius
    }

    /// How likely a query is a spelling of the name, by how it matched (before the short-name
    /// and distance adjustments of the looser kinds).
    static let nameConfidence: [MatchKind: Double] = [
        .exact: 1.0, .alternate: 0.98, .normalized: 0.96, .romanised: 0.8, .transliteration: 0.7, .fuzzy: 0.5,
    ]

    /// The name confidence of a match kind before any adjustment.
    public static func nameConfidence(_ match: MatchKind) -> Double {
        nameConfidence[match]!
    }

    /// How much a match kind counts against namesakes matched another way.
    static func matchWeight(_ match: MatchKind) -> Double {
        switch match {
        case .exact: return 1
        case .alternate: return 0.7
        case .normalized: return 0.4
        case .romanised: return 0.3
        case .transliteration: return 0.1
        case .fuzzy: return 0.05
        }
    }

    /// How much a place matched by another of its names counts beside a capital matched by its own.
    static let besideCapitalFactor = 0.3

    /// The population a place of unknown population (0 in GeoNames) counts as: the shipped
    /// data lists places of 500 people or more, and many towns in war zones have no figure
    /// (Ma‘arrat an Nu‘mān, Syria, about 80,000 people, has none).
    static let unknownPopulation = 1000

    /// A place's prominence: its population (at least 200; ``unknownPopulation`` when unknown), times 4 for a capital, 2.5 for a
    /// first-level seat, 1.5 for a second-level seat, square-rooted (a city 100 times larger
    /// weighs 10 times more: the way a name is spelled matters more than size).
    static func prominence(of place: Place) -> Double {
        let factor: Double
        switch place.featureCode {
        case "PPLC": factor = 4
        case "PPLA": factor = 2.5
        case "PPLA2": factor = 1.5
        default: factor = 1
        }
        return (Double(place.population == 0 ? Self.unknownPopulation : max(place.population, 200)) * factor).squareRoot()
    }

    /// Whether a name is written as lower-case syllables of three letters or fewer ("bei ji ye").
    static func isSyllableSpelling(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.count >= 2 && words.allSatisfy { word in
            word.count <= 3 && word.unicodeScalars.allSatisfy { $0.properties.isLowercase }
        }
    }

    /// Whether two names are the same but for letter case (ASCII compared byte by byte).
    static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        var x = a.utf8.makeIterator(), y = b.utf8.makeIterator()
        while true {
            switch (x.next(), y.next()) {
            case (nil, nil):
                return true
            case let (p?, q?):
                if p == q { continue }
                if p >= 0x80 || q >= 0x80 { return a.lowercased() == b.lowercased() }
                let lp = (p >= 0x41 && p <= 0x5A) ? p | 0x20 : p, lq = (q >= 0x41 && q <= 0x5A) ? q | 0x20 : q
                if lp != lq { return false }
            default:
                return false
            }
        }
    }

    /// The radius within which a place named nearby in the same text adds to a candidate's weight.
    static let contextRadius = 500_000.0
    /// The weight factor for a candidate in one of the countries a text is about.
    static let preferredCountryFactor = 6.0

    /// ×6 in a preferred country; up to ×21 near a context place, falling to ×1 at 500 km.
    static func contextFactor(for place: Place, context: [Coordinate], preferredCountries: Set<String>) -> Double {
        var factor = preferredCountries.contains(place.countryCode) ? preferredCountryFactor : 1
        var nearest = Double.infinity
        for coordinate in context {
            // More than 5° of latitude apart is more than 500 km: skip the geodesic.
            guard abs(coordinate.latitude - place.coordinate.latitude) < 5 else { continue }
            nearest = min(nearest, Geodesic.wgs84.inverse(from: coordinate, to: place.coordinate).distance.metres)
        }
        factor *= 1 + 20 * max(0, 1 - nearest / contextRadius)
        return factor
    }

    /// Candidates found without context, weighed again with it (places named nearby in the same
    /// text, countries it is about) and shared anew, best first: what a look-up with that
    /// context would give, without searching again.
    public func reranked(_ candidates: [PlaceCandidate], context: [Coordinate], preferredCountries: Set<String>,
                         alreadyPreferred: Set<String> = []) -> [PlaceCandidate] {
        Self.shared(candidates.map { candidate in
            var weighed = candidate
            weighed.weight *= Self.contextFactor(for: candidate.place, context: context,
                                                 preferredCountries: preferredCountries.subtracting(alreadyPreferred))
            return weighed
        })
    }

    /// The candidates worth listing for a name (confidence ``listingThreshold`` or more), best
    /// first; else ``GazetteerError/notAPlace(_:_:)``, ``GazetteerError/ambiguousPlace(_:candidates:)``
    /// when several places are spelled so, or ``GazetteerError/unknownPlace(_:suggestions:)``.
    public func listing(_ query: String, countryCode: String? = nil, limit: Int = 10) throws(GazetteerError) -> [PlaceCandidate] {
        let lookup = try lookup(query, countryCode: countryCode, limit: max(limit, 5))
        if let reason = lookup.notAPlace { throw .notAPlace(query, reason) }
        let listed = lookup.candidates.filter { $0.confidence >= Self.listingThreshold }
        if !listed.isEmpty { return Array(listed.prefix(limit)) }
        if let ambiguity = Self.ambiguity(of: query, among: lookup.candidates) { throw ambiguity }
        throw .unknownPlace(query, suggestions: try suggestions(for: query))
    }

    /// ``GazetteerError/ambiguousPlace(_:candidates:likeliestCountry:)`` when two or more places
    /// are spelled as `query` is: each as "Name (CC, Region)" with its confidence, and as the
    /// hint the likeliest one's country, or its region when the namesakes share a country
    /// ("Springfield": Missouri's, Massachusetts's, Illinois's).
    static func ambiguity(of query: String, among candidates: [PlaceCandidate]) -> GazetteerError? {
        let namesakes = candidates.filter { $0.match <= .normalized }
        guard namesakes.count >= 2 else { return nil }
        let oneCountry = Set(namesakes.prefix(4).map(\.place.countryCode)).count == 1
        return .ambiguousPlace(query, candidates: namesakes.prefix(4).map {
            let region = oneCountry ? $0.place.admin1Name.map { ", \($0)" } ?? "" : ""
            return "\($0.place.name) (\($0.place.countryCode)\(region)\($0.matchedName == $0.place.name ? "" : ", as ‘\($0.matchedName)’")) "
                + "\($0.confidence.formatted(fractionDigits: 2))"
        }, likeliestCountry: oneCountry ? namesakes[0].place.admin1Name ?? namesakes[0].place.countryCode : namesakes[0].place.countryCode)
    }

    /// The best candidate at or above ``listingThreshold``, or
    /// ``GazetteerError/unknownPlace(_:suggestions:)`` with the closest names.
    public func resolve(_ query: String, countryCode: String? = nil, context: [Coordinate] = []) throws(GazetteerError) -> PlaceCandidate {
        let found = try lookup(query, countryCode: countryCode, context: context, limit: 5)
        if let best = found.candidates.first, best.confidence >= Self.listingThreshold {
            return best
        }
        if let reason = found.notAPlace { throw .notAPlace(query, reason) }
        if let ambiguity = Self.ambiguity(of: query, among: found.candidates) { throw ambiguity }
        throw .unknownPlace(query, suggestions: try suggestions(for: query))
    }

    /// Names in the index closest to a query that matched nothing.
    public func suggestions(for query: String, limit: Int = 3) throws(GazetteerError) -> [String] {
        let folded = NameKey.folded(query)
        guard folded.count <= Self.maximumNameLength else { return [] }
        do {
            let names = try index.similarNames(to: folded, limit: 100)
            let close = names.map { ($0, editDistance($0, folded, limit: 6)) }.filter { $0.1 <= 6 }
                .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit * 3).map(\.0)
            var seen = Set<Int>()
            var result: [String] = []
            for hit in try index.hits(column: "folded", keys: Array(close))
                .sorted(by: { $0.place.population > $1.place.population }) where seen.insert(hit.place.id).inserted {
                result.append("\(hit.place.name) (\(hit.place.countryCode))")
                if result.count == limit { break }
            }
            return result
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }
}
