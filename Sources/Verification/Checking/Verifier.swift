import Gazetteer
import Geodesy
import Geometry

/// Checks the geography of a text: finds its claims, resolves their places with the text as
/// context, measures, and gives each claim a ``Verdict`` with its evidence. It never prints.
///
/// ```swift
/// let report = try Verifier(index: index).check("Homs, 162 km north of the capital, Damascus.")
/// report.claims[0].verdict       // .consistentRoad
/// report.claims[0].explanation   // "stated 162 km; straight line 140.5 km (1.15×): fits a road …"
/// ```
public struct Verifier: Sendable {
    public let index: GazetteerIndex
    public var model: ToleranceModel
    public var extractor: ClaimExtractor

    public init(index: GazetteerIndex, model: ToleranceModel = ToleranceModel(), extractor: ClaimExtractor = ClaimExtractor()) {
        self.index = index
        self.model = model
        self.extractor = extractor
    }

    /// Finds and checks every claim of `text`.
    public func check(_ text: String) throws(VerificationError) -> CheckReport {
        let extraction = extractor.extract(text)
        var report = try check(extraction.claims, countryWords: extraction.countryWords)
        report.isTruncated = extraction.isTruncated
        return report
    }

    /// Checks claims found in a text that names `countryWords` (adjectives and names, with counts).
    public func check(_ claims: [Claim], countryWords: [String: Int] = [:]) throws(VerificationError) -> CheckReport {
        let claims = Self.sharingHints(claims)
        do {
            var resolver = try MentionResolver(index: index, countryWords: countryWords)
            let mentions = claims.flatMap { [$0.subject] + ($0.reference.map { [$0] } ?? []) + ($0.alternateSubject.map { [$0] } ?? []) }
            var resolved = try resolver.resolveAll(mentions)
            // "Garissa County", missing from the gazetteer: its town stands in, as a reading.
            let unitTowns = try resolver.towns(namingUnits: mentions, resolved: resolved)
            resolved.merge(unitTowns) { $1 }
            // Outlines and border lines kept from earlier texts: regions never change once built.
            let shapes = try index.borrowRegionShapes()
            defer { index.giveBack(shapes) }
            var checker = ClaimChecker(index: index, model: model, resolver: resolver, shapes: shapes)
            var checked: [CheckedClaim] = []
            var places: [Place] = []
            var seen = Set<Int>()
            for var claim in claims {
                // "the capital" without a country: the capital of the subject's country ("Port Sudan,
                // 675 km north-east of the capital"), else of the country the text names most.
                if let reference = claim.reference, reference.capitalOf == "", let subject = resolved[claim.subject.key]?.place {
                    var inSubjectsCountry = false
                    if let capital = resolved[reference.key]?.place { inSubjectsCountry = capital.countryCode == subject.countryCode }
                    if !inSubjectsCountry {
                        claim.reference?.capitalOf = subject.countryCode
                        resolved.merge(try checker.resolver.resolveAll([claim.reference!])) { $1 }
                    }
                }
                // "Guicán, Boyacá, about 240 miles …": a region there is the setting of the place before it.
                var setting: String?
                // (Or a name the place before it lies in: "Reyhanli, Hatay", where Hatay is also a city.)
                // (Or a unit the gazetteer lacks: "Ogies is located in Nkangala District Municipality, …".)
                // (A region read after a place the gazetteer lacks sets it as well: "Santa Maria de
                // Nieva, in Amazonas, 860 km northeast of Lima" is about the town.)
                if let alternate = claim.alternateSubject, Self.isSetting(claim.subject, resolved[claim.subject.key], of: resolved[alternate.key]) {
                    setting = claim.subject.name
                    claim.subject = alternate
                }
                // "Islam Qala … with Iran, located in Herat province", "Syria, located northwest of
                // Daraa": a country is never what such words place; the reading is wrong.
                if claim.kind != .capital, case .place(let found)? = resolved[claim.subject.key], let id = found.place.regionID,
                   try index.region(id: id)?.kind == .country {
                    continue
                }
                // ("Saudi Arabia in northwestern Yemen", where no place has the country's name.)
                switch resolved[claim.subject.key] {
                case .notFound?, .weak?:
                    if claim.kind != .capital, try checker.resolver.countryCode(for: claim.subject.name) != nil { continue }
                default: break
                }
                // "The town, 200 km north of the city of Sao Paulo", the town read as São Paulo: a
                // place measured from itself is a misreading.
                if let reference = claim.reference, case .place(let a)? = resolved[claim.subject.key],
                   case .place(let b)? = resolved[reference.key], a.place.id == b.place.id, claim.distance != nil || claim.direction != nil {
                    continue
                }
                var result = try checker.check(claim, subject: resolved[claim.subject.key],
                                               reference: claim.reference.flatMap { resolved[$0.key] })
                // A unit measured by its town: the unit reaches beyond it, so a miss is no proof.
                for mention in [claim.subject] + (claim.reference.map { [$0] } ?? []) where unitTowns[mention.key] != nil {
                    guard case .place(let town)? = unitTowns[mention.key] else { continue }
                    result.explanation += "; \(mention.name) measured by its town, \(town.place.name)"
                    if result.verdict == .inconsistent {
                        result.verdict = .unverifiable
                        result.explanation += ": the unit may reach where the figure points"
                    }
                }
                // Read as about the place a region sets: a guess, never grounds to call it wrong.
                if let setting {
                    result.explanation += "; read as about \(claim.subject.name), which \(setting) sets"
                    if result.verdict == .inconsistent {
                        result.verdict = .unverifiable
                        result.explanation += ": too uncertain a reading to call it wrong"
                    }
                }
                // A place set in a region the text named elsewhere: say where.
                if claim.isTentative, let region = claim.region, !claim.text.contains(region) {
                    let part = claim.kind != .position ? "" : claim.isCentral ? "central " : claim.direction.map { "\($0.name)ern " } ?? ""
                    result.explanation += "; the text sets it in \(part)\(region), named around it"
                }
                // A reading the text may not mean ("Tuban, East Java" read as a place and its
                // region, where a list would be two places) counts only when it holds.
                // A place missing from the gazetteer in a region it knows is still that reading
                // ("Dantakuri village … in Katsina state"): reported, unverifiable.
                if claim.isTentative, result.verdict != .consistent {
                    let missing: Bool
                    switch resolved[claim.subject.key] {
                    case .notFound?, .weak?: missing = true
                    default: missing = false
                    }
                    // A part of a country ("northern Burkina Faso") sets a position; a region's part does not.
                    guard result.verdict == .unverifiable, missing, let region = claim.region,
                          try claim.kind == .position ? checker.resolver.countryCode(for: region) != nil
                              : checker.resolver.countryCode(ofCountryOrRegion: region) != nil else { continue }
                }
                // "Coptic Christians in central Egypt": words read as a place that name a people,
                // a person or a body make no geographic claim (a sea or a river still does).
                if case .notAPlace(let reason)? = resolved[claim.subject.key], reason.category != "feature" { continue }
                for place in [result.subject, result.reference].compactMap({ $0 }) where seen.insert(place.id).inserted {
                    places.append(place)
                }
                checked.append(result)
            }
            var unresolved: [UnresolvedName] = []
            var listed = Set<String>()
            for claim in checked {
                for mention in [claim.claim.subject] + (claim.claim.reference.map { [$0] } ?? []) where mention.capitalOf == nil {
                    let reason: UnresolvedName.Reason
                    switch resolved[mention.key] {
                    case .notFound?: reason = .notFound
                    case .weak?: reason = .weak
                    case .ambiguous?: reason = .ambiguous
                    default: continue
                    }
                    guard listed.insert(mention.name).inserted else { continue }
                    unresolved.append(UnresolvedName(name: mention.name, reason: reason, probableCountry: resolver.probableCountry))
                }
            }
            var report = CheckReport(claims: checked, places: places)
            report.unresolved = unresolved
            return report
        } catch let error as GazetteerError {
            throw .gazetteer(error)
        } catch let error as VerificationError {
            throw error
        } catch let error as GeometryError {
            throw .geometry(error)
        } catch {
            throw .gazetteer(.database("\(error)"))
        }
    }

    /// Whether `mention`, read after `place` ("Reyhanli, Hatay"), is the setting of the place:
    /// a region, the region the place lies in, or a unit the gazetteer does not have.
    static func isSetting(_ mention: PlaceMention, _ resolution: MentionResolver.Resolution?,
                          of alternate: MentionResolver.Resolution?) -> Bool {
        switch alternate {
        case .place(let place)?:
            guard !place.place.isRegion else { return false }
            switch resolution {
            case .place(let found)?:
                return found.place.isRegion || ClaimChecker.coreName(place.place.admin1Name ?? "") == ClaimChecker.coreName(mention.name)
            case .notFound?, .weak?:
                return mention.name.split(separator: " ").last.map { MentionResolver.unitNouns.contains($0.lowercased()) } ?? false
            default:
                return false
            }
        case .notFound?, .weak?, .ambiguous?:
            // The place is missing or unsure: only a first-level region sets it for certain.
            guard case .place(let found)? = resolution, found.place.isRegion, found.region?.kind == .admin1 else { return false }
            return true
        default:
            return false
        }
    }

    /// The same words read by two claims are the same place: "Naga town in Cebu province, 573 km
    /// south of Manila" ties Naga to Cebu for the distance as well as for the containment.
    static func sharingHints(_ claims: [Claim]) -> [Claim] {
        var hints: [Int: String] = [:]
        for claim in claims where !claim.isTentative {
            for mention in [claim.subject] + (claim.reference.map { [$0] } ?? []) {
                if let hint = mention.countryHint, hints[mention.span.start] == nil { hints[mention.span.start] = hint }
            }
        }
        guard !hints.isEmpty else { return claims }
        return claims.map { claim in
            var claim = claim
            if claim.subject.countryHint == nil, claim.subject.capitalOf == nil { claim.subject.countryHint = hints[claim.subject.span.start] }
            if let reference = claim.reference, reference.countryHint == nil, reference.capitalOf == nil {
                claim.reference?.countryHint = hints[reference.span.start]
            }
            return claim
        }
    }

    /// Checks one distance or direction claim between two known places (`geocheck verify`).
    public func checkDistance(subject: Place, reference: Place, stated: StatedDistance?, direction: CompassDirection?) -> CheckedClaim {
        let check = DistanceCheck(subject: subject, reference: reference, stated: stated, direction: direction, model: model)
        let claim = Claim(kind: stated == nil ? .direction : .distance, text: "", span: TextSpan(start: 0, end: 0),
                          subject: PlaceMention(name: subject.name, span: TextSpan(start: 0, end: 0)),
                          reference: PlaceMention(name: reference.name, span: TextSpan(start: 0, end: 0)),
                          distance: stated, direction: direction)
        return CheckedClaim(claim: claim, distanceCheck: check, model: model)
    }
}

/// The checked claims of a text and the places they name.
public struct CheckReport: Sendable {
    public var claims: [CheckedClaim]
    /// Every place a claim resolved to, once, in the order the text first names them.
    public var places: [Place]
    /// Whether the text held more claims than the extractor reads (see ``ClaimExtractor/maximumClaims``).
    public var isTruncated = false
    /// Names the claims use that have no place to stand behind, each once, in text order, with
    /// the country file that would probably add them.
    public var unresolved: [UnresolvedName] = []

    public init(claims: [CheckedClaim], places: [Place], isTruncated: Bool = false) {
        self.claims = claims
        self.places = places
        self.isTruncated = isTruncated
    }

    /// How many claims got each verdict.
    public var counts: [Verdict: Int] {
        Dictionary(grouping: claims, by: \.verdict).mapValues(\.count)
    }

    /// Whether any claim is inconsistent.
    public var hasInconsistency: Bool { claims.contains { $0.verdict == .inconsistent } }
}
