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

    /// A note for standard error when `name` names several places spelled alike and `chosen`
    /// was taken ("Quitman": Georgia's, Mississippi's, Texas's …), so that a user who meant
    /// another can say so; nil when the name is one place's or the others are far less likely.
    static func namesakeNote(for name: String, chosen: PlaceCandidate, in index: GazetteerIndex) -> String? {
        guard let found = try? Resolver(index: index).candidates(for: name, allowingTypos: false, limit: 6) else { return nil }
        let others = found.filter {
            $0.place.id != chosen.place.id && $0.match <= .normalized && !$0.isRegion && $0.confidence >= 0.5 * chosen.confidence
        }
        guard !others.isEmpty else { return nil }
        func label(_ place: Place) -> String {
            "\(place.name) (\(place.countryCode)\(place.admin1Name.map { ", \($0)" } ?? ""))"
        }
        return "‘\(name)’ names several places; took \(label(chosen.place)), also "
            + others.prefix(3).map { label($0.place) }.joined(separator: ", ")
            + ": add the region or country (\"\(name), …\") for another"
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
