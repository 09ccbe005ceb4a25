import Gazetteer

/// The readings the check settles: which of two subjects a claim is about, which claims are
/// misreadings to drop, and which verdicts a reading cannot carry.
extension Verifier {
    /// A distance at least this long says its two places are not near each other.
    static let farDistance = 500_000.0

    /// The mentions each distance claim puts far apart (a stated figure of ``farDistance`` or
    /// more): "Aktau, … 2,600 km southwest of the capital Astana" is not the Aktau nearest Astana.
    static func farApart(_ claims: [Claim]) -> [PlaceMention.Key: Set<PlaceMention.Key>] {
        var apart: [PlaceMention.Key: Set<PlaceMention.Key>] = [:]
        for claim in claims where claim.kind == .distance {
            guard let reference = claim.reference, let stated = claim.distance, stated.bound != .atMost,
                  stated.distance.metres >= farDistance else { continue }
            apart[claim.subject.key, default: []].insert(reference.key)
            apart[reference.key, default: []].insert(claim.subject.key)
        }
        return apart
    }

    /// Whether `mention`, read after the place `alternate` names ("Reyhanli, Hatay"), is that
    /// place's setting: a region, the region the place lies in ("Hatay", also a city's name), or a
    /// unit the gazetteer lacks ("Nkangala District Municipality"). For a place the gazetteer lacks
    /// or is unsure of, only a first-level region ("Santa Maria de Nieva, in Amazonas, 860 km …").
    /// A name that is ambiguous ("Rizal": towns, and the province) is the setting when the place
    /// lies in the first-level region of that name ("Taytay, Rizal, 20 km from Manila").
    static func isSetting(_ mention: PlaceMention, _ resolution: MentionResolver.Resolution?,
                          of alternate: MentionResolver.Resolution?, index: GazetteerIndex) throws -> Bool {
        switch alternate {
        case .place(let place)?:
            guard !place.place.isRegion else { return false }
            switch resolution {
            case .place(let found)?:
                return found.place.isRegion || ClaimChecker.coreName(place.place.admin1Name ?? "") == ClaimChecker.coreName(mention.name)
            case .notFound?, .weak?:
                return mention.name.split(separator: " ").last.map { MentionResolver.unitNouns.contains($0.lowercased()) } ?? false
            case .ambiguous?:
                guard let region = try index.region(of: place.place), region.kind == .admin1 else { return false }
                let key = ClaimChecker.coreName(mention.name)
                return !key.isEmpty && ClaimChecker.coreName(region.name) == key
            default:
                return false
            }
        case .notFound?, .weak?, .ambiguous?:
            guard case .place(let found)? = resolution, found.place.isRegion, found.region?.kind == .admin1 else { return false }
            return true
        default:
            return false
        }
    }

    /// Whether the words were misread, so that the claim is no claim at all:
    /// - a country placed like a town ("Islam Qala … with Iran, located in Herat province",
    ///   "Syria, located northwest of Daraa"), also one the gazetteer has no place for ("Saudi
    ///   Arabia in northwestern Yemen");
    /// - a place measured from itself ("The town, 200 km north of the city of Sao Paulo", the
    ///   town read as São Paulo).
    static func isMisreading(_ claim: Claim, resolved: [PlaceMention.Key: MentionResolver.Resolution], index: GazetteerIndex,
                             resolver: inout MentionResolver) throws -> Bool {
        guard claim.kind != .capital else { return false }
        switch resolved[claim.subject.key] {
        case .place(let found)?:
            // ("Tajikistan borders Afghanistan": a country's own border is what is said.)
            if let id = found.place.regionID, try index.region(id: id)?.kind == .country, !claim.isAdjoining { return true }
        case .notFound?, .weak?:
            if try resolver.countryCode(for: claim.subject.name) != nil { return true }
        default:
            break
        }
        if let reference = claim.reference, claim.distance != nil || claim.direction != nil,
           case .place(let a)? = resolved[claim.subject.key], case .place(let b)? = resolved[reference.key], a.place.id == b.place.id {
            return true
        }
        return false
    }

    /// A checked claim whose places are readings, with the reading said and never `inconsistent`:
    /// a unit measured by its town (the unit reaches beyond it, so a miss is no proof), and a
    /// claim read as about the place a setting follows (`setting`, the name read first).
    static func qualified(_ checked: CheckedClaim, unitTowns: [PlaceMention.Key: MentionResolver.Resolution],
                          setting: String?) -> CheckedClaim {
        var result = checked
        let claim = checked.claim
        // "Doti district, 430 km west of Kathmandu", where the gazetteer has the district's seat
        // under the district's name: the unit reaches nearer than its seat.
        for (mention, place) in [(claim.subject, checked.subject), (claim.reference, checked.reference)] {
            guard let mention, let place, unitTowns[mention.key] == nil, !place.isRegion, claim.distance != nil,
                  result.verdict == .inconsistent, let named = claim.text.range(of: mention.name) else { continue }
            // The unit's noun ends the name or follows it: "Doti district", "Garissa County".
            let words = (mention.name.split(separator: " ").suffix(1) + claim.text[named.upperBound...].split(separator: " ").prefix(1))
                .map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
            guard words.contains(where: { Vocabulary.regionNouns.contains($0) }) else { continue }
            result.verdict = .unverifiable
            result.explanation += "; \(mention.name) measured by \(place.name): the unit may reach where the figure points"
        }
        // "Kenya's counties of Mandera and Garissa on the border": a unit the text names as such,
        // found as its town, which may lie farther than the unit.
        for (mention, place) in [(claim.subject, checked.subject), (claim.reference, checked.reference)] {
            guard let mention, let noun = mention.unitNoun, let place, !place.isRegion, result.verdict == .inconsistent,
                  [.border, .distance, .direction].contains(claim.kind) else { continue }
            result.verdict = .unverifiable
            result.explanation += "; \(mention.name), a \(noun) the text names, measured by its town, \(place.name): the unit may reach where the claim points"
        }
        for mention in [claim.subject] + (claim.reference.map { [$0] } ?? []) {
            guard case .place(let town)? = unitTowns[mention.key] else { continue }
            result.explanation += "; \(mention.name) measured by its town, \(town.place.name)"
            if result.verdict == .inconsistent {
                result.verdict = .unverifiable
                result.explanation += ": the unit may reach where the figure points"
            }
        }
        if let setting {
            result.explanation += "; read as about \(claim.subject.name), which \(setting) sets"
            if result.verdict == .inconsistent {
                result.verdict = .unverifiable
                result.explanation += ": too uncertain a reading to call it wrong"
            }
        }
        return result
    }

    /// A place this size or more (or a first- or second-level seat) is no village.
    static let villageCeiling = 50_000

    /// A claim called wrong about a place the text calls a village, where the gazetteer's place
    /// of the name is a city ("the border village of La Victoria", in Apure; the gazetteer's La
    /// Victoria is a city of 126,721 in Aragua): the village is likely missing from the gazetteer,
    /// and the claim is unverifiable.
    static func doubtingVillages(_ checked: CheckedClaim, villages: Set<String>) -> CheckedClaim {
        guard checked.verdict == .inconsistent else { return checked }
        var result = checked
        let claim = checked.claim
        for (mention, place) in [(claim.subject, checked.subject), (claim.reference, checked.reference)] {
            guard let mention, let place, villages.contains(mention.name.lowercased()),
                  place.population >= villageCeiling || ["PPLC", "PPLA", "PPLA2"].contains(place.featureCode ?? "") else { continue }
            result.verdict = .unverifiable
            result.explanation = "the text calls \(mention.name) a village, but the gazetteer's \(place.name) is a city of "
                + "\(place.population) people in \(place.admin1Name.map { "\($0), " } ?? "")\(place.countryCode): the village meant may be missing from it; "
                + checked.explanation
            break
        }
        return result
    }

    /// "Manabí, Pichincha and Esmeraldas, on the border with Colombia": a town in a list of
    /// regions stands for the region named like it (Esmeraldas the province, not its seat); a
    /// claim found wrong of the town proves nothing then.
    static func doubtingTownsAmongRegions(_ checked: CheckedClaim, claims: [Claim],
                                          resolved: [PlaceMention.Key: MentionResolver.Resolution]) -> CheckedClaim {
        guard checked.verdict == .inconsistent, let place = checked.subject, !place.isRegion else { return checked }
        let siblings = claims.filter { $0.span == checked.claim.span && $0.kind == checked.claim.kind && $0.subject.key != checked.claim.subject.key }
        guard !siblings.isEmpty, siblings.allSatisfy({ resolved[$0.subject.key]?.place?.isRegion == true }) else { return checked }
        var result = checked
        result.verdict = .unverifiable
        result.explanation = "\(checked.claim.subject.name) is listed with regions and may name one: " + checked.explanation
        return result
    }
}
