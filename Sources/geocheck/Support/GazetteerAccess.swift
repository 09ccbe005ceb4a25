import ArgumentParser
import Gazetteer

/// Opens the gazetteer for a command, building the index on first use with progress on stderr.
enum GazetteerAccess {
    static func open() throws -> GazetteerIndex {
        do {
            return try GazetteerIndex.open(files: .standard()) { Terminal.printError($0) }
        } catch {
            throw CLIError.gazetteer(error)
        }
    }

    /// The best place for a name, or exit code 3 with suggestions.
    static func resolve(_ name: String, countryCode: String? = nil, in index: GazetteerIndex) throws -> PlaceCandidate {
        do {
            return try Resolver(index: index).resolve(name, countryCode: countryCode)
        } catch {
            throw CLIError.gazetteer(error)
        }
    }

    /// A note for standard error when `chosen` was taken for `name` on a guess: a name read with
    /// typos ("Damascsu"), or one that several places spelled alike share ("Quitman": Georgia's,
    /// Mississippi's, Texas's …), so that a user who meant another can say so; nil when the name
    /// is one place's or the others are far less likely.
    static func resolutionNote(for name: String, chosen: PlaceCandidate, in index: GazetteerIndex) -> String? {
        func label(_ place: Place) -> String {
            "\(place.name) (\(place.countryCode)\(place.admin1Name.map { ", \($0)" } ?? ""))"
        }
        let found = (try? Resolver(index: index).candidates(for: name, allowingTypos: false, limit: 6)) ?? []
        let others = found.filter {
            $0.place.id != chosen.place.id && $0.match <= .normalized && !$0.isRegion && $0.confidence >= 0.5 * chosen.confidence
        }
        if !others.isEmpty {
            return "‘\(name)’ names several places; took \(label(chosen.place)), also "
                + others.prefix(3).map { label($0.place) }.joined(separator: ", ")
                + ": add the region or country (\"\(name), …\") for another"
        }
        // "Damascsu": a spelling matched with typos, or only loosely and below the confidence
        // `check` trusts, is said to be so, with the place taken.
        if chosen.match == .fuzzy || (chosen.match > .normalized && chosen.confidence < Resolver.confidenceThreshold) {
            return "‘\(name)’ read as \(label(chosen.place)), whose name it matches only loosely (\(chosen.match.rawValue), "
                + "confidence \(chosen.confidence.formatted(fractionDigits: 2))); check the spelling if another place was meant"
        }
        return nil
    }

    /// The ISO code for a `--country` value (a code or a name), or nil when none was given.
    static func countryCode(_ value: String?, in index: GazetteerIndex) throws -> String? {
        guard let value else { return nil }
        let code: String?
        do {
            code = try index.countryCode(named: value)
        } catch {
            throw CLIError.gazetteer(error)
        }
        guard let code else { throw CLIError.gazetteer(.unknownRegion(value)) }
        return code
    }
}

extension GazetteerAccess {
    /// A usage error for a place or region name that is empty.
    static func requireName(_ name: String, _ what: String = "the place name") throws {
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("\(what) is empty")
        }
    }
}
