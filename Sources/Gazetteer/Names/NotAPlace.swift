import Foundation
import GRDB

/// Why a name is not looked for among settlements: it names an organisation, a group of people,
/// or a physical feature.
public struct NotAPlace: Sendable, Hashable, Codable {
    /// "armed-group", "organisation", "agency", "institution", "party", "people", "feature" or
    /// "facility".
    public var category: String
    /// The listed name, or the feature noun that made it a feature ("sea" in "Red Sea").
    public var evidence: String

    public init(category: String, evidence: String) {
        self.category = category
        self.evidence = evidence
    }

    /// "an armed group", "a physical feature (sea)".
    public var description: String {
        switch category {
        case "armed-group": return "an armed group"
        case "organisation": return "an organisation"
        case "agency": return "a news agency"
        case "institution": return "an institution"
        case "party": return "a political party"
        case "people": return "a people or religious group"
        case "feature": return evidence.isEmpty ? "a physical feature" : "a physical feature (\(evidence))"
        case "modifier": return "a descriptive modifier (\(evidence))"
        case "person": return "a person"
        case "operation": return "a military operation"
        case "facility": return "a building or a road (\(evidence))"
        default: return "not a place"
        }
    }
}

/// Finds names that are not places, in two ways:
///
/// - **Structure**: a name whose last word is a feature noun ("Red Sea", "Euphrates River",
///   "Nuba Mountains", "Bekaa Valley") or whose first word is one followed by a name ("Lake
///   Chad", "Mount Sinjar", "Gulf of Aden") names a physical feature. Hyphenated modifiers
///   ("Shia-majority", "rebel-held", "Turkish-backed") describe, they never name.
/// - **The list** `Gazetteer/not-places.tsv`: organisations, armed groups, agencies, peoples and
///   features without a feature noun ("Taliban", "NATO", "Euphrates"), each with a category; the
///   file's header says where the entries come from. An entry marked `caps` ("SANA", "WHO")
///   matches only a name written in capitals, so that "Sana" (Yemen) stays a place.
public enum NotAPlaceList {
    /// Nouns that make the last word of a name a physical feature.
    static let trailingFeatureNouns: Set<String> = [
        "sea", "gulf", "river", "lake", "mountains", "mountain", "range", "desert", "valley", "peninsula", "plain",
        "plains", "strait", "straits", "ocean", "delta", "plateau", "canal", "basin", "massif", "glacier",
    ]
    /// Nouns that make the last word of a name an organisation: "Federal Security Service",
    /// "Geological Survey", "Garissa University College" (not "Department" or "Division", which
    /// name regions in Colombia or Bangladesh).
    public static let trailingOrganisationNouns: Set<String> = [
        "service", "ministry", "council", "committee", "agency", "office", "army", "police", "party", "front", "movement",
        "forces", "guard", "survey", "university", "college", "hospital", "court", "commission", "bank", "company",
        "corporation", "institute", "association", "union", "federation", "authority", "organisation", "organization",
        "network", "brigade", "battalion", "regiment", "observatory", "news", "times", "post", "tribune",
        "secretariat", "directorate", "bureau", "centre", "center",
    ]
    /// Romance articles and settlement words that make "Union" or "Progreso" part of a town's name.
    static let romancePrefixes: Set<String> = ["la", "el", "los", "las", "le", "les", "villa", "ciudad", "puerto", "vila"]
    /// Whether a name's folded words end in an organisation noun ("Federal Security Service"),
    /// not after a Romance article or settlement word ("La Union" is a Philippine province,
    /// "Villa Unión" a Mexican town).
    public static func namesOrganisation(_ words: [String]) -> Bool {
        guard words.count >= 2, let last = words.last, trailingOrganisationNouns.contains(last) else { return false }
        return !(words.count == 2 && romancePrefixes.contains(words[0]))
    }
    /// Nouns that make the last word of a name a building's or a road's: "Sampanvittaya
    /// School", "Wuyang Hotel", "Karakoram Highway". The gazetteer holds settlements, so a
    /// claim about one cannot be checked.
    static let trailingFacilityNouns: Set<String> = [
        "school", "hotel", "hospital", "highway", "motorway", "expressway", "mosque", "church", "cathedral", "temple",
        "stadium", "prison", "jail", "barracks",
    ]
    /// Nouns that make the first word of a name a physical feature when a name follows.
    static let leadingFeatureNouns: Set<String> = ["lake", "mount", "mt", "gulf", "sea", "strait", "river", "lac", "mont", "golfe"]
    /// The endings of hyphenated modifiers: "Shia-majority", "rebel-held", "Iran-backed".
    static let modifierSuffixes: Set<String> = [
        "majority", "minority", "held", "controlled", "backed", "led", "run", "based", "allied", "aligned", "dominated",
        "populated", "occupied", "administered", "linked", "affiliated", "speaking", "style", "born",
    ]

    /// What a name is, if it is not a place: by its structure, then by the list in the index.
    static func classify(_ name: String, folded: String, index: GazetteerIndex) throws -> NotAPlace? {
        if let structural = structure(of: name, folded: folded) { return structural }
        var key = folded
        if key.hasPrefix("the ") { key.removeFirst(4) }
        guard !key.isEmpty else { return nil }
        // The list is written when the index is built and never after: each name is read once.
        let entry = try index.shared.notPlaces.value(for: key) {
            try index.database.unsafeRead { db in
                // A cached statement: this runs for every name looked up.
                try Row.fetchOne(db.cachedStatement(sql: "SELECT name, category, caps FROM not_places WHERE folded = ?"), arguments: [key])
                    .map { Entry(name: $0["name"], category: $0["category"], caps: $0["caps"]) }
            }
        }
        if let entry {
            if entry.caps, !isAcronym(name.trimmingCharacters(in: .whitespaces)) { return nil }
            return NotAPlace(category: entry.category, evidence: entry.name)
        }
        // "Coptic Christians", "Syrian Kurds": a people named with an adjective before it.
        let words = key.split(separator: " ")
        if words.count >= 2, let last = words.last, last.count > 3 {
            if let people = try classify(String(last), folded: String(last), index: index), people.category == "people" {
                return people
            }
        }
        return nil
    }

    /// A name on the list, as the index holds it.
    struct Entry: Sendable {
        var name: String
        var category: String
        /// Whether only a name written in capitals matches it.
        var caps: Bool
    }

    /// The structural rules alone.
    static func structure(of name: String, folded: String) -> NotAPlace? {
        let words = folded.split(separator: " ").map(String.init)
        if words.count >= 2, let last = words.last, trailingFeatureNouns.contains(last) {
            return NotAPlace(category: "feature", evidence: last)
        }
        if words.count >= 2, leadingFeatureNouns.contains(words[0]) {
            return NotAPlace(category: "feature", evidence: words[0])
        }
        if words.count >= 2, let last = words.last, trailingFacilityNouns.contains(last) {
            return NotAPlace(category: "facility", evidence: last)
        }
        if namesOrganisation(words), let last = words.last {
            return NotAPlace(category: "organisation", evidence: last)
        }
        for word in name.split(whereSeparator: { $0 == " " }) {
            let parts = word.split(separator: "-")
            if parts.count >= 2, let last = parts.last, modifierSuffixes.contains(last.lowercased()) {
                return NotAPlace(category: "modifier", evidence: String(word))
            }
        }
        return nil
    }

    static func isAcronym(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// Reads the list into the index being built; a missing file leaves the list empty.
    static func load(from url: URL, into db: Database) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let reader = try GzipLineReader(path: url.path)
        let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO not_places(folded, name, category, caps) VALUES (?, ?, ?, ?)")
        while let line = try reader.nextLine() {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw GazetteerError.malformedLine(path: url.path, line: reader.lineNumber, reason: "expected a name and a category")
            }
            let folded = NameKey.folded(fields[0])
            guard !folded.isEmpty else { continue }
            try insert.execute(arguments: [folded, fields[0], fields[1], fields.count > 2 && fields[2] == "caps"])
        }
    }
}
