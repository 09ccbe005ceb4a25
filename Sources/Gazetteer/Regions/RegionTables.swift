import Foundation

/// The index's countries and regions as this process has read them, shared by every
/// connection to the index file: they are written when the index is built and never after
/// (imports add places only), so each is read from SQLite once. Each look-up of
/// ``GazetteerIndex`` that reads only these tables (a country by code, a region by id or by
/// name, a region's outline) answers from here after its first time.
final class RegionTables: Sendable {
    /// Countries by upper-case ISO code.
    let countries = SharedMemo<String, Country?>()
    /// Each country's outline region, by upper-case ISO code.
    let countryRegions = SharedMemo<String, Region?>()
    /// Regions by id.
    let regions = SharedMemo<Int, Region?>()
    /// Regions' outlines (WKB) by id: about 10 MB for all of Natural Earth's.
    let outlines = SharedMemo<Int, Data?>(capacity: 20_000)
    /// ``GazetteerIndex/countryCode(named:)`` by the name asked.
    let countryCodes = SharedMemo<String, String?>()
    /// ``GazetteerIndex/regions(named:preferredCountry:)`` by the name and country asked.
    let regionsNamed = SharedMemo<NameQuery, [Region]>()
    /// ``GazetteerIndex/regions(exactlyNamed:allowingRomanised:)`` by the name and rule asked.
    let regionsExactlyNamed = SharedMemo<NameQuery, [Region]>()

    /// A look-up of regions by name: the folded core of the name, and the country or rule it
    /// was asked with.
    struct NameQuery: Hashable, Sendable {
        var core: String
        var qualifier: String?
    }
}
