import Gazetteer

extension MentionResolver {
    /// The nouns of units that news names after their main town: "Garissa County", "Mumbwa
    /// District", "Bankass Circle", "Huanta province": the region nouns the reader knows, and a
    /// few that only name units.
    /// "Zhaotong City" (a prefecture-level city) is measured by its town as well.
    static let unitNouns = Vocabulary.regionNouns.union(["circle", "cercle", "township", "zone", "area", "city"])

    /// GeoNames feature codes of administrative seats.
    static let unitSeatCodes: Set<String> = ["PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC"]
    /// The smallest town that stands in for a unit without being a seat.
    static let unitTownPopulation = 20_000

    /// The towns units are named after, for the mentions of units the gazetteer has no entry
    /// for ("Garissa County" → Garissa): the unit's outline is unknown, so its town stands in,
    /// as a reading. Keyed by the unit's mention; only seats and towns of some size found with
    /// confidence, never a region or a country.
    mutating func towns(namingUnits mentions: [PlaceMention],
                        resolved: [PlaceMention.Key: Resolution]) throws(GazetteerError) -> [PlaceMention.Key: Resolution] {
        var towns: [PlaceMention.Key: PlaceMention] = [:]
        for mention in mentions {
            switch resolved[mention.key] {
            case .notFound?, .weak?: break
            default: continue
            }
            var words = mention.name.split(separator: " ")
            guard words.count > 1, let last = words.last, Self.unitNouns.contains(last.lowercased()) else { continue }
            words.removeLast()
            var town = mention
            town.name = words.joined(separator: " ")
            towns[mention.key] = town
        }
        guard !towns.isEmpty else { return [:] }
        // The look-up must not change which countries the text's places are in.
        let kept = placeCountries
        let found = try resolveAll(Array(towns.values))
        placeCountries = kept
        var result: [PlaceMention.Key: Resolution] = [:]
        for (unit, town) in towns {
            // A seat, or a town of some size: a village of the name is more likely a namesake
            // ("Luzon region" is the island, not the village Luzon). In a country the text names,
            // a town of any size ("Huong Khe District, Ha Tinh Province": Hương Khê, 10,768).
            guard case .place(let candidate)? = found[town.key], !candidate.isRegion,
                  Self.unitSeatCodes.contains(candidate.place.featureCode ?? "") || candidate.place.population >= Self.unitTownPopulation
                    || textCountries.contains(candidate.place.countryCode)
            else { continue }
            // "Russia's Donetsk region": the boundaries' Donetsk region is Ukraine's; a town of
            // the name in Russia (Donetsk, Rostov oblast) is not the region the text names.
            if let noun = unit.mention.name.split(separator: " ").last.map({ $0.lowercased() }), Vocabulary.firstLevelNouns.contains(noun),
               try index.regions(exactlyNamed: town.name, allowingRomanised: true)
                   .contains(where: { $0.kind == .admin1 && $0.countryCode != candidate.place.countryCode }) {
                continue
            }
            result[unit] = .place(candidate)
        }
        return result
    }
}
