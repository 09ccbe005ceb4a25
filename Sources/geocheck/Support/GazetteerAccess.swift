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
