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
        var report = try check(extraction.claims, countryWords: extraction.countryWords, villages: extraction.villages)
        report.isTruncated = extraction.isTruncated
        return report
    }

    /// Checks claims found in a text that names `countryWords` (adjectives and names, with counts)
    /// and calls `villages` villages (lower-cased names).
    public func check(_ claims: [Claim], countryWords: [String: Int] = [:], villages: Set<String> = []) throws(VerificationError) -> CheckReport {
        let claims = Self.sharingHints(claims)
        do {
            var resolver = try MentionResolver(index: index, countryWords: countryWords)
            let mentions = claims.flatMap { [$0.subject] + ($0.reference.map { [$0] } ?? []) + ($0.alternateSubject.map { [$0] } ?? []) }
            resolver.apart = Self.farApart(claims)
            var resolved = try resolver.resolveAll(mentions)
            // "Garissa County", missing from the gazetteer: its town stands in, as a reading.
            let unitTowns = try resolver.towns(namingUnits: mentions, resolved: resolved)
            resolved.merge(unitTowns) { $1 }
            // Outlines and border lines kept from earlier texts: regions never change once built.
            let shapes = try index.borrowRegionShapes()
            defer { index.giveBack(shapes) }
            var checker = ClaimChecker(index: index, model: model, resolver: resolver, shapes: shapes)
            checker.textNames = countryWords.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
            var checked: [CheckedClaim] = []
            var places: [Place] = []
            var seen = Set<Int>()
            var reported = Set<String>()
            var facts = Set<String>()
            for var claim in claims {
                let unnamedCapital = claim.reference?.capitalOf == ""
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
                // "Reyhanli, Hatay, about 60 km west of Aleppo": the place a setting follows.
                var setting: String?
                if let alternate = claim.alternateSubject, try Self.isSetting(claim.subject, resolved[claim.subject.key], of: resolved[alternate.key], index: index) {
                    setting = claim.subject.name
                    claim.subject = alternate
                }
                if try Self.isMisreading(claim, resolved: resolved, index: index, resolver: &checker.resolver) { continue }
                var result = try checker.check(claim, subject: resolved[claim.subject.key],
                                               reference: claim.reference.flatMap { resolved[$0.key] })
                if unnamedCapital {
                    result = try Self.readingProvincialCapital(result, claim: claim, subject: resolved[claim.subject.key], checker: &checker)
                }
                result = Self.qualified(result, unitTowns: unitTowns, setting: setting)
                result = Self.doubtingVillages(result, villages: villages)
                result = Self.doubtingTownsAmongRegions(result, claims: claims, resolved: resolved)
                // A place set in a region the text named elsewhere: say where.
                if claim.isTentative, let region = claim.region, !claim.text.contains(region) {
                    let part = claim.kind != .position ? "" : claim.isCentral ? "central " : claim.direction.map { "\($0.name)ern " } ?? ""
                    result.explanation += "; the text sets it in \(part)\(region), named around it"
                }
                // A reading the text may not mean ("Tuban, East Java" read as a place and its
                // region, where a list would be two places) counts only when it holds.
                // A place missing from the gazetteer in a region it knows is still that reading
                // ("Dantakuri village … in Katsina state"): reported, unverifiable; but not when the
                // region is only named around it (a scene of another sentence says nothing of it).
                if claim.isTentative, result.verdict != .consistent {
                    let missing: Bool
                    switch resolved[claim.subject.key] {
                    case .notFound?, .weak?: missing = true
                    default: missing = false
                    }
                    // A part of a country ("northern Burkina Faso") sets a position; a region's part does not.
                    guard !claim.reportsOnlyIfHolds, result.verdict == .unverifiable, missing, let region = claim.region,
                          claim.text.contains(region),
                          try claim.kind == .position ? checker.resolver.countryCode(for: region) != nil
                              : checker.resolver.countryCode(ofCountryOrRegion: region) != nil || Self.namesLocalUnit(claim, region: region)
                    else { continue }
                }
                // "Coptic Christians in central Egypt": words read as a place that name a people,
                // a person or a body make no geographic claim (a sea or a river still does).
                if case .notAPlace(let reason)? = resolved[claim.subject.key], reason.category != "feature" { continue }
                // Two readings of where one mention lies: the first that holds is enough.
                let placing = "\(claim.kind) \(claim.subject.span.start)"
                if claim.isTentative, claim.kind == .containment, reported.contains(placing) { continue }
                reported.insert(placing)
                // The same fact said again ("Moreh in Manipur", sentence after sentence): once.
                guard facts.insert(Self.fact(of: result)).inserted else { continue }
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

    /// "Ngan Myar village in Ngazun Township": a place the text calls a village or town, in a
    /// unit it names with its noun. Both may be missing from the gazetteer; the words still say
    /// where the place is, so the claim is reported, unverifiable.
    static func namesLocalUnit(_ claim: Claim, region: String) -> Bool {
        guard claim.kind == .containment, let noun = region.split(separator: " ").last?.lowercased(),
              Vocabulary.regionNouns.union(["township", "constituency", "block"]).contains(noun) else { return false }
        let words = claim.text.lowercased().split(separator: " ")
        return zip(words, words.dropFirst()).contains { ["village", "town"].contains($0.0) && $0.1 == "in" }
    }

    /// The same words read by two claims are the same place: "Naga town in Cebu province, 573 km
    /// south of Manila" ties Naga to Cebu for the distance as well as for the containment.
    static func sharingHints(_ claims: [Claim]) -> [Claim] {
        var hints: [Int: String] = [:]
        // "Naga city in Cebu province … Naga city lies about 570 km southeast of Manila": the
        // later mention means the Naga the text placed, when it placed the name in one region only.
        var hintsByName: [String: Set<String>] = [:]
        for claim in claims where !claim.isTentative {
            for mention in [claim.subject] + (claim.reference.map { [$0] } ?? []) {
                guard let hint = mention.countryHint, mention.capitalOf == nil else { continue }
                if hints[mention.span.start] == nil { hints[mention.span.start] = hint }
                hintsByName[mention.name, default: []].insert(hint)
            }
        }
        guard !hints.isEmpty else { return claims }
        func hint(for mention: PlaceMention) -> String? {
            if let hint = hints[mention.span.start] { return hint }
            guard let named = hintsByName[mention.name], named.count == 1 else { return nil }
            return named.first
        }
        return claims.map { claim in
            var claim = claim
            if claim.subject.countryHint == nil, claim.subject.capitalOf == nil { claim.subject.countryHint = hint(for: claim.subject) }
            if let reference = claim.reference, reference.countryHint == nil, reference.capitalOf == nil {
                claim.reference?.countryHint = hint(for: reference)
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
