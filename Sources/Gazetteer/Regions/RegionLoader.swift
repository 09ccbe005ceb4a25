import Foundation
import GRDB
import Geodesy
import Geometry

/// Reads countries and first-level regions from the Natural Earth GeoPackage into the index,
/// and keeps their shapes for assigning places to regions during the build.
struct RegionLoader {
    let files: GazetteerFiles

    /// Ids of first-level regions start here; country ids are the GeoPackage feature ids.
    static let admin1IDBase = 100_000

    func load(into db: Database) throws -> RegionSet {
        let reader = try GeoPackageReader(path: files.boundaries.path)
        let insertRegion = try db.makeStatement(sql: """
            INSERT INTO regions(id, kind, country, code, name, names, wkb) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let insertName = try db.makeStatement(sql: "INSERT INTO region_names(region_id, folded, skeleton, roman) VALUES (?, ?, ?, ?)")
        func addNames(_ id: Int, _ names: [String]) throws {
            var seen = Set<String>()
            for variant in RegionNames.variants(of: names) {
                let core = RegionNames.core(variant)
                guard !core.isEmpty, seen.insert(core).inserted else { continue }
                try insertName.execute(arguments: [id, core, NameKey.skeleton(ofFolded: core), Romanisation.key(ofFolded: core)])
            }
        }

        let countryNames = try CountryTable(path: files.countries.path)
        let insertCountry = try db.makeStatement(sql: "INSERT INTO countries(iso, name, capital, neighbours) VALUES (?, ?, ?, ?)")
        for country in countryNames.countries.values {
            try insertCountry.execute(arguments: [country.iso, country.name, country.capital, country.neighbours.joined(separator: ",")])
        }
        let aliases = try Self.aliases(at: files.regionAliases)
        for feature in try reader.features(layer: "countries", columns: ["iso_a2", "NAME", "FIPS_10_"]) {
            let iso = feature.attributes["iso_a2"] ?? ""
            let name = feature.attributes["NAME"] ?? ""
            var names = [name]
            if let geoNamesName = countryNames.name(iso) { names.append(geoNamesName) }
            try insertRegion.execute(arguments: [feature.id, "country", iso, feature.attributes["FIPS_10_"], name,
                                                 names.joined(separator: "|"), Data(feature.wkb)])
            try addNames(feature.id, names + [iso] + (aliases["\(iso)\t\(name)"] ?? []))
        }

        let set = try RegionSet()
        let columns = ["iso_a2", "name", "fips", "woe_name", "gn_name", "admin"]
        for feature in try reader.features(layer: "states_provinces", columns: columns) {
            let id = Self.admin1IDBase + feature.id
            let attributes = feature.attributes
            let names = [attributes["name"] ?? "", attributes["woe_name"] ?? "", attributes["gn_name"] ?? ""]
            try insertRegion.execute(arguments: [id, "admin1", attributes["iso_a2"], attributes["fips"], names[0],
                                                 names.filter { !$0.isEmpty }.joined(separator: "|"), Data(feature.wkb)])
            try addNames(id, names + (aliases["\(attributes["iso_a2"] ?? "")\t\(names[0])"] ?? []))
            try set.add(id: id, country: attributes["iso_a2"] ?? "", fips: attributes["fips"] ?? "", wkb: feature.wkb)
        }
        try db.execute(sql: "CREATE INDEX region_names_folded ON region_names(folded); CREATE INDEX region_names_skeleton ON region_names(skeleton); CREATE INDEX region_names_roman ON region_names(roman);")
        return set
    }

    /// The aliases of `region-aliases.tsv` by "ISO code<TAB>Natural Earth name"; none when the
    /// file is missing.
    static func aliases(at url: URL) throws -> [String: [String]] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        let reader = try GzipLineReader(path: url.path)
        var result: [String: [String]] = [:]
        while let line = try reader.nextLine() {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty }) else {
                throw GazetteerError.malformedLine(path: url.path, line: reader.lineNumber, reason: "expected a country code, a region name and an alias")
            }
            result[fields[0] + "\t" + fields[1], default: []].append(fields[2])
        }
        return result
    }
}

/// Countries as GeoNames lists them (countries.tsv): names and land neighbours.
struct CountryTable {
    struct Country {
        let iso: String
        let name: String
        let capital: String
        let neighbours: [String]
    }

    let countries: [String: Country]

    init(path: String) throws(GazetteerError) {
        let reader = try GzipLineReader(path: path)
        var result: [String: Country] = [:]
        while let line = try reader.nextLine() {
            if line.hasPrefix("#") || line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 7 else {
                throw .malformedLine(path: path, line: reader.lineNumber, reason: "expected 8 tab-separated fields, found \(fields.count)")
            }
            result[fields[0]] = Country(iso: fields[0], name: fields[2], capital: fields[3],
                                        neighbours: fields[6].split(separator: ",").map(String.init))
        }
        countries = result
    }

    func name(_ iso: String) -> String? { countries[iso]?.name }
}
