/// What every connection to one index file shares within a process: the countries, regions and
/// listed not-places read from it (``RegionTables``, `notPlaces`) and the region shapes kept
/// between checks (``RegionShapesPool``). A connection opened with
/// ``GazetteerIndex/openReader()`` shares its opener's, unless the file was rebuilt from other
/// data in between.
final class IndexShared: Sendable {
    /// The data fingerprint the index was built from, when it could be read.
    let fingerprint: String?
    let regions = RegionTables()
    /// The not-places list's entries by folded name (nil: not listed), written when the index
    /// is built and never after.
    let notPlaces = SharedMemo<String, NotAPlaceList.Entry?>()
    let shapes = RegionShapesPool()

    init(fingerprint: String?) {
        self.fingerprint = fingerprint
    }
}
