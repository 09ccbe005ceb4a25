import Foundation
import Roads
import TestSupport

/// The Helsinki extract imported once per test run into a store of its own.
enum HelsinkiStore {
    static let shared: Result<(store: RoadStore, database: RoadDatabase), Error> = Result {
        let store = RoadStore(directory: try TestExtract.temporaryFolder("roads"))
        let database = try RoadImporter(store: store).importExtract(try TestExtract.helsinki(), name: "helsinki")
        return (store, database)
    }
}
