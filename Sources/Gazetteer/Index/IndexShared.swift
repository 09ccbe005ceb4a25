/// What every connection to one index file shares within a process: the countries and regions
/// read from it (``RegionTables``). A connection opened with ``GazetteerIndex/openReader()`` shares its
/// opener's, unless the file was rebuilt from other data in between.
final class IndexShared: Sendable {
    /// The data fingerprint the index was built from, when it could be read.
    let fingerprint: String?
    let regions = RegionTables()

    init(fingerprint: String?) {
        self.fingerprint = fingerprint
    }
}
