import Dispatch
import Foundation
import Gazetteer
import Testing
import TestSupport

/// Two imports at once in one process (issue 13, case 1; the CLI tests run two processes).
@Suite("Imports at once")
struct ImportConcurrencyTests {
    @Test("two imports from two threads: both sets of places are in the index")
    func twoThreads() throws {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        _ = try GazetteerIndex.open(files: files)
        let dumps = try (0..<2).map { part in
            let lines = (0..<2000).map { n in
                [String(99_900_000 + part * 10_000 + n), "Thread\(part) Place \(n)", "", "", "34.5", "36.5", "P", "PPL", "SY",
                 "", "", "", "", "", "1", "", "", "Asia/Damascus", "2024-01-01"].joined(separator: "\t")
            }
            let url = files.dataDirectory.appendingPathComponent("part\(part).txt")
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
            return url.path
        }
        let reports = WorkerResults()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            reports.set(part, Result { try GeoNamesImport(files: files).run(dump: dumps[part]).placesImported })
        }
        #expect(try reports.values.map { try $0.get() } == [2000, 2000])
        let index = try GazetteerIndex.open(files: files)
        for id in [99_900_000, 99_901_999, 99_910_000, 99_911_999] {
            #expect(try index.place(id: id) != nil, "place \(id) was reported imported")
        }
    }
}

/// Results of two worker threads, set under a lock.
private final class WorkerResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: Result<Int, any Error>] = [:]

    func set(_ part: Int, _ result: Result<Int, any Error>) {
        lock.lock()
        results[part] = result
        lock.unlock()
    }

    var values: [Result<Int, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return results.keys.sorted().map { results[$0]! }
    }
}
