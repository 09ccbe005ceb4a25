import Foundation
import Geodesy

/// Turns a place name, spelled however a report spells it, into ranked candidate places.
///
/// Ranking: how the name matched (exact primary name > alternate name > normalised >
/// transliteration > fuzzy), then importance (capital, admin seat, population), a country hint
/// ("Homs, Syria" or `countryCode`), and nearness to places already named in the same text.
public struct Resolver: Sendable {
    public let index: GazetteerIndex

    /// Longer queries (folded) match nothing: the longest GeoNames names are under 200 letters.
    public static let maximumNameLength = 200

    public init(index: GazetteerIndex) {
        self.index = index
    }

    /// Ranked candidates for `query`, best first; empty when nothing matches.
    ///
    /// - Parameters:
    ///   - countryCode: An ISO country code the place is expected in.
    ///   - context: Places already identified nearby in the same text; closer candidates rank higher.
    ///   - preferredCountries: Countries the text is about: their places rank higher (by 0.2, about
    ///     the gap between an exact and a transliterated match), without ruling out others.
    ///   - allowingTypos: Whether a name that matches nothing else is looked for with typos (a
    ///     full-text search of tens of milliseconds).
    public func candidates(
        for query: String, countryCode: String? = nil, context: [Coordinate] = [], preferredCountries: Set<String> = [],
        allowingTypos: Bool = true, limit: Int = 10
    ) throws(GazetteerError) -> [PlaceCandidate] {
        var name = query.trimmingCharacters(in: .whitespacesAndNewlines)
        var country = countryCode?.uppercased()
        var context = context
        if let comma = name.lastIndex(of: ",") {
            // "Homs, Syria": a country after the comma. "Sheikh Maqsoud, Aleppo": a place the
            // name lies in or near, which ranks candidates close to it first.
            let hint = String(name[name.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
            let head = String(name[..<comma]).trimmingCharacters(in: .whitespaces)
            if country == nil, let code = try index.countryCode(named: hint) {
                country = code
                name = head
            } else if country == nil, !head.isEmpty, let region = try index.regions(named: hint).first,
                      region.kind == .admin1, NameKey.folded(region.name).contains(RegionNames.core(hint)) {
                // "Paris, Texas": a first-level region names the country.
                country = region.countryCode
                name = head
            } else if !head.isEmpty, let near = try candidates(for: hint, countryCode: country, limit: 1).first,
                      near.match <= .normalized {
                context.append(near.place.coordinate)
                name = head
            }
        }
        let folded = NameKey.folded(name)
        // No place name is this long; refusing early keeps the trigram search bounded.
        guard !folded.isEmpty, folded.count <= Self.maximumNameLength else { return [] }
        do {
            var best: [Int: PlaceCandidate] = [:]
            func consider(_ hits: [GazetteerIndex.NameHit], kind: (GazetteerIndex.NameHit) -> MatchKind?,
                          adjustment: (GazetteerIndex.NameHit) -> Double = { _ in 0 }) {
                for hit in hits {
                    guard let match = kind(hit) else { continue }
                    let candidate = PlaceCandidate(
                        place: hit.place, matchedName: hit.name, match: match,
                        score: score(hit.place, match: match, country: country, context: context)
                            + (preferredCountries.contains(hit.place.countryCode) ? Self.preferredCountryBonus : 0) + adjustment(hit))
                    if let existing = best[hit.place.id], existing.score >= candidate.score { continue }
                    best[hit.place.id] = candidate
                }
            }
            consider(try index.hits(column: "folded", keys: [folded]), kind: { hit in
                // The primary name but for accents ("Ciudad Juarez" for "Ciudad Juárez") counts as exact.
                hit.isPrimary ? .exact : (Self.equalIgnoringCase(hit.name, name) ? .alternate : .normalized)
            })
            let skeletons = NameKey.querySkeletons(name).filter { $0.count >= 2 }
            let queryCore = Self.withoutArticles(folded)
            // Keys of two letters match thousands of names, and score low: look at fewer of them.
            let skeletonLimit = skeletons.allSatisfy { $0.count < 3 } ? 200 : 500
            consider(try index.hits(column: "skeleton", keys: skeletons, limit: skeletonLimit), kind: { _ in .transliteration }) { hit in
                // A two- or three-letter skeleton ("wr" for al-Waer) says little: such matches
                // count for less. Among transliterations, prefer the spelling closer to the query.
                let length = hit.skeleton.count
                let shortKey = length < 3 ? 0.25 : (length < 4 ? 0.1 : 0)
                return -shortKey - 0.05 * Double(editDistance(queryCore, Self.withoutArticles(hit.folded), limit: 4))
            }
            if best.isEmpty, allowingTypos {
                let allowance = typoAllowance(forLength: folded.count)
                if allowance > 0 {
                    let close = try index.similarNames(to: folded).filter { editDistance($0, folded, limit: allowance) <= allowance }
                    consider(try index.hits(column: "folded", keys: close), kind: { _ in .fuzzy })
                }
            }
            var ranked = best.values.map { candidate in
                var rounded = candidate
                rounded.score = (candidate.score * 1000).rounded() / 1000
                return rounded
            }
            if let country, ranked.contains(where: { $0.place.countryCode == country }) {
                ranked.removeAll { $0.place.countryCode != country }
            }
            ranked.sort { ($0.score, -$0.place.id) > ($1.score, -$1.place.id) }
            return Array(ranked.prefix(limit))
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }

    /// The best candidate, or ``GazetteerError/unknownPlace(_:suggestions:)`` with the closest names.
    public func resolve(_ query: String, countryCode: String? = nil, context: [Coordinate] = []) throws(GazetteerError) -> PlaceCandidate {
        if let best = try candidates(for: query, countryCode: countryCode, context: context, limit: 1).first {
            return best
        }
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

    /// A folded name without its Arabic articles: "ar raqqa" → "raqqa".
    static func withoutArticles(_ folded: String) -> String {
        let words = folded.split(separator: " ").filter { !NameKey.articles.contains(String($0)) }
        return words.isEmpty ? folded : words.joined(separator: " ")
    }

    private func score(_ place: Place, match: MatchKind, country: String?, context: [Coordinate]) -> Double {
        var score: Double
        switch match {
        case .exact: score = 1.0
        case .alternate: score = 0.9
        case .normalized: score = 0.85
        case .transliteration: score = 0.7
        case .fuzzy: score = 0.5
        }
        switch place.featureCode {
        case "PPLC": score += 0.15
        case "PPLA": score += 0.1
        case "PPLA2": score += 0.05
        default: break
        }
        score += 0.1 * min(1, log10(Double(place.population) + 1) / 7)
        if let country, place.countryCode != country { score -= 0.5 }
        return score + Self.contextBonus(for: place, context: context)
    }

    /// The radius within which a place named nearby in the same text adds to a candidate's score.
    static let contextRadius = 500_000.0

    /// Up to 0.3 for a candidate near one of the context places, falling to 0 at 500 km.
    static func contextBonus(for place: Place, context: [Coordinate]) -> Double {
        var nearest = Double.infinity
        for coordinate in context {
            // More than 5° of latitude apart is more than 500 km: skip the geodesic.
            guard abs(coordinate.latitude - place.coordinate.latitude) < 5 else { continue }
            nearest = min(nearest, Geodesic.wgs84.inverse(from: coordinate, to: place.coordinate).distance.metres)
        }
        return 0.3 * max(0, 1 - nearest / contextRadius)
    }

    /// The bonus for a candidate in one of the countries a text is about.
    static let preferredCountryBonus = 0.2

    /// Candidates found without context, scored again with it (places named nearby in the same
    /// text, countries it is about), best first: what ``candidates(for:countryCode:context:preferredCountries:limit:)``
    /// would rank with that context, without searching again.
    public func reranked(_ candidates: [PlaceCandidate], context: [Coordinate], preferredCountries: Set<String>,
                         alreadyPreferred: Set<String> = []) -> [PlaceCandidate] {
        candidates.map { candidate in
            var rescored = candidate
            rescored.score += Self.contextBonus(for: candidate.place, context: context)
            if preferredCountries.contains(candidate.place.countryCode), !alreadyPreferred.contains(candidate.place.countryCode) {
                rescored.score += Self.preferredCountryBonus
            }
            rescored.score = (rescored.score * 1000).rounded() / 1000
            return rescored
        }.sorted { ($0.score, -$0.place.id) > ($1.score, -$1.place.id) }
    }
}
