import Gazetteer
import Geodesy

extension ClaimChecker {
    /// "the capital, Damascus", "Ankara, the Turkish capital", "Idlib, the provincial capital",
    /// "Lashkar Gah, capital of Helmand province", "Maiduguri, the Borno capital".
    ///
    /// - A country named (or none named and nothing else said): the place against the capital
    ///   GeoNames records for that country (the place's own when none is named).
    /// - A first-level region named ("Helmand province", "Borno", "North Kordofan"), or a
    ///   provincial, regional or state capital: the place against the region's seat (its place
    ///   coded PPLA). GeoNames does not code every seat, so a region without one is unverifiable.
    /// - "the capital" with nothing named, of a place that is no national capital but a
    ///   first-level seat: unverifiable, since the text may mean its region's capital.
    mutating func checkCapital(_ claim: Claim, subject: Place) throws -> CheckedClaim {
        // "the capital city of Gansu" alone: the name is the region's, and the city goes unnamed.
        if subject.isRegion {
            return unverifiable(claim, subject: subject, because: "\(subject.name) is a region, and the text names no city as its capital")
        }
        var named: String?
        var namedRegion: Region?
        var unknownRegion: String?
        // "the Sri Lanka capital Colombo": a country of several words, read word by word.
        var owners = claim.countries
        if owners.count > 1, owners.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(" ") }) {
            owners.insert(owners.joined(separator: " "), at: 0)
        }
        for word in owners {
            if let code = try resolver.countryCode(for: word, preferring: subject.countryCode) {
                named = code
                break
            }
            if let last = word.lowercased().split(separator: " ").last, Vocabulary.regionNouns.contains(String(last)) {
                unknownRegion = word
            }
            if namedRegion == nil {
                // Spelled exactly, or in the subject's own country by transliteration ("North Kordofan"
                // where the boundaries say "North Kordufan").
                let regions = try index.regions(exactlyNamed: word, allowingRomanised: true).filter { $0.kind == .admin1 }
                let loose = try index.regions(named: word, preferredCountry: subject.countryCode)
                    .first { $0.kind == .admin1 && $0.countryCode == subject.countryCode && MentionResolver.sameQuarter(word, $0.name) }
                let ranked = MentionResolver.quarterFirst(regions, for: word)
                namedRegion = ranked.first { $0.countryCode == subject.countryCode } ?? ranked.first ?? loose
            }
        }
        if named == nil, let region = namedRegion { return try checkSeat(claim, subject: subject, region: region, named: true) }
        // "the capital of West Kordofan state", a state the boundaries do not have: a regional
        // capital that cannot be checked, not a national one.
        if named == nil, let unknownRegion {
            return unverifiable(claim, subject: subject, because: "no first-level region named ‘\(unknownRegion)’ in the boundaries (Natural Earth)")
        }
        // "Wamena, the capital of Jayawijaya": an owner that is neither a country nor a region
        // the boundaries know; not a claim about the country's capital.
        if named == nil, let owner = claim.countries.last, owner.first?.isUppercase == true,
           !["ish", "ese", "ian", "ean", "i"].contains(where: { owner.lowercased().hasSuffix($0) }) {
            return unverifiable(claim, subject: subject, because: "no country or first-level region named ‘\(owner)’ in the boundaries (Natural Earth)")
        }
        // "Mocímboa da Praia, a district capital": the seat of a second-level unit, which
        // GeoNames codes PPLA2 where it codes it at all; never a wrong claim for want of the code.
        if claim.isProvincialCapital, named == nil, namedRegion == nil, Self.isSecondLevelCapital(claim.text) {
            if ["PPLA2", "PPLA3", "PPLA"].contains(subject.featureCode ?? "") {
                return CheckedClaim(claim: claim, subject: subject, verdict: .consistent,
                                    explanation: "GeoNames codes \(subject.name) as the seat of an administrative division (\(subject.featureCode!))")
            }
            return unverifiable(claim, subject: subject, because: "GeoNames codes no division's seat at \(subject.name); the seats of second-level units are not all coded")
        }
        if claim.isProvincialCapital {
            guard let region = try index.region(of: subject) else {
                return unverifiable(claim, subject: subject, because: "no first-level region recorded for \(subject.name)")
            }
            var checked = try checkSeat(claim, subject: subject, region: region, named: false)
            // "the regional capital Tskhinvali" (of South Ossetia, a breakaway region inside Shida
            // Kartli): with no region named, "regional" may mean a region of any level or one the
            // boundaries do not draw, so a place that is not its first-level region's seat is no error.
            if checked.verdict == .inconsistent, claim.text.lowercased().contains("regional") {
                checked.verdict = .unverifiable
                checked.explanation += "; the text names no region, and a “regional capital” may be the seat of a region the boundaries do not draw"
            }
            return checked
        }
        let code = named ?? subject.countryCode
        let country = try countryName(code)
        guard let record = try index.country(code: code), !record.capital.isEmpty else {
            return unverifiable(claim, subject: subject, because: "GeoNames records no capital for \(country)")
        }
        let capital = try resolver.resolver.candidates(for: record.capital, countryCode: code, limit: 1).first?.place
        if subject.countryCode == code, subject.isCapital || capital?.id == subject.id {
            return CheckedClaim(claim: claim, subject: subject, reference: nil, verdict: .consistent,
                                explanation: "\(subject.name) is the capital of \(country)")
        }
        if claim.subject.isDescription {
            return unverifiable(claim, subject: subject,
                                because: "“the capital” here stands for \(subject.name), which is not the capital of \(country); the text may mean another capital")
        }
        if named == nil, subject.featureCode == "PPLA" {
            // "… the restive Daghestan region … near the capital, Makhachkala": the seat of a
            // region the text names is that region's capital.
            if let own = try index.region(of: subject), let written = try textName(of: own, near: subject) {
                return CheckedClaim(claim: claim, subject: subject, region: own, verdict: .consistent,
                                    explanation: "\(subject.name) is the seat of \(own.name) (GeoNames PPLA), the region the text names (“\(written)”)")
            }
            return unverifiable(claim, subject: subject,
                                because: "\(subject.name) is not the capital of \(country) but the seat of \(subject.admin1Name ?? "its region"); the text does not say which capital it means")
        }
        guard let capital else {
            return unverifiable(claim, subject: subject, because: "the capital of \(country), \(record.capital), is not in the gazetteer")
        }
        let gap = Geodesic.wgs84.inverse(from: capital.coordinate, to: subject.coordinate)
        return CheckedClaim(claim: claim, subject: subject,
                            measured: ClaimMeasurement(distance: gap.distance, bearing: gap.initialBearing, between: "from \(capital.name)"),
                            verdict: .inconsistent,
                            explanation: "the capital of \(country) is \(capital.name), \(gap.distance.formatted(fractionDigits: 0)) from \(subject.name) (\(subject.countryCode))")
    }

    /// How the text writes the name of `region`, if it names it: "Daghestan" for Dagestan,
    /// "North Sumatra" for Sumatera Utara. Only the text's most frequent names are tried.
    private func textName(of region: Region, near subject: Place) throws -> String? {
        for name in textNames.prefix(Self.maximumTextNames) where name.lowercased() != subject.name.lowercased() {
            var words = name.split(separator: " ")
            // "Daghestan region", "North Sumatra province": the name without its noun as well.
            if words.count > 1, let last = words.last, Vocabulary.firstLevelNouns.contains(last.lowercased()) { words.removeLast() }
            let core = words.joined(separator: " ")
            if try index.regions(named: core, preferredCountry: region.countryCode).first?.id == region.id { return name }
        }
        return nil
    }

    /// How many of the text's names are tried as a region's.
    static let maximumTextNames = 40

    /// The place against the seat of a first-level region, `named` by the text or the one the
    /// place lies in.
    private func checkSeat(_ claim: Claim, subject: Place, region: Region, named: Bool) throws -> CheckedClaim {
        let own = try index.region(of: subject)
        let isSeat = subject.featureCode == "PPLA" || subject.featureCode == "PPLC"
        if isSeat, own?.id == region.id {
            return CheckedClaim(claim: claim, subject: subject, region: region, verdict: .consistent,
                                explanation: "\(subject.name) is the seat of \(region.name) (GeoNames \(subject.featureCode ?? ""))")
        }
        // "Parwan's capital of Charikar": GeoNames codes the place as the seat of a first-level
        // division of the region's name, though the outlines (older than Panjshir's split from
        // Parwan) put it, or another seat, elsewhere.
        if isSeat, subject.countryCode == region.countryCode, let division = subject.admin1Name,
           !Self.coreName(division).isEmpty, Self.coreName(division) == Self.coreName(region.name) {
            return CheckedClaim(claim: claim, subject: subject, region: region, verdict: .consistent,
                                explanation: "\(subject.name) is the seat of \(division) (GeoNames \(subject.featureCode ?? ""))")
        }
        guard let seat = try index.seat(of: region) else {
            return unverifiable(claim, subject: subject, because: "GeoNames codes no seat for \(region.name)")
        }
        // A winter or summer capital is a second seat that GeoNames does not code.
        let text = claim.text.lowercased()
        if seat.id != subject.id, text.contains("winter capital") || text.contains("summer capital") {
            return unverifiable(claim, subject: subject,
                                because: "GeoNames codes \(seat.name) as the seat of \(region.name); a winter or summer capital is not recorded")
        }
        if seat.id == subject.id {
            return CheckedClaim(claim: claim, subject: subject, region: region, verdict: .consistent,
                                explanation: "\(subject.name) is the seat of \(region.name)")
        }
        // Boundaries older than a reform (Natural Earth's Orientale, split in 2015, whose seat
        // Kisangani GeoNames puts in another province than Bunia): when the text names no region,
        // a seat in another GeoNames first-level division than the place proves nothing.
        if !named, seat.countryCode == subject.countryCode, !seat.admin1Code.isEmpty, seat.admin1Code != subject.admin1Code {
            return unverifiable(claim, subject: subject,
                                because: "the boundaries put \(subject.name) in \(region.name), whose seat is \(seat.name), but GeoNames puts the two in different first-level divisions: the boundaries may predate a reform")
        }
        // "Monywa, the Sagaing Region capital": a town of the region at least as large as the seat
        // GeoNames codes may be the seat now (seats move; the codes lag).
        if own?.id == region.id, subject.population >= seat.population {
            return unverifiable(claim, subject: subject,
                                because: "GeoNames codes \(seat.name) as the seat of \(region.name); \(subject.name), in the same region and larger, may have become it since")
        }
        let gap = Geodesic.wgs84.inverse(from: seat.coordinate, to: subject.coordinate)
        return CheckedClaim(claim: claim, subject: subject, region: region,
                            measured: ClaimMeasurement(distance: gap.distance, bearing: gap.initialBearing, between: "from \(seat.name)"),
                            verdict: .inconsistent,
                            explanation: "the seat of \(region.name) is \(seat.name) (GeoNames \(seat.featureCode ?? "")), "
                                + "\(gap.distance.formatted(fractionDigits: 0)) from \(subject.name)")
    }

    /// Words before "capital" that make it a second-level unit's: "a district capital", "the
    /// county capital", "the municipal capital".
    static let secondLevelCapitalWords: Set<String> = ["district", "county", "municipal", "municipality", "township", "sub-district", "local"]

    /// Whether the capital a claim's words name is a second-level unit's ("a district capital").
    static func isSecondLevelCapital(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard let at = words.firstIndex(of: "capital"), at > 0 else { return false }
        return secondLevelCapitalWords.contains(words[at - 1])
    }
}
