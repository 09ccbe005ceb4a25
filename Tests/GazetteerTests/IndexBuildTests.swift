import Foundation
import Gazetteer
import Testing
import TestSupport

@Suite("Building the index")
struct IndexBuildTests {
    @Test("a failed rebuild leaves the previous index in place")
    func failedRebuildKeepsIndex() throws {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        let index = try GazetteerIndex.open(files: files)
        let count = try index.placeCount()
        // Every Syrian place line of the data, plus every supplement place.
        func placeLines(_ url: URL) throws -> Int {
            try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.count
        }
        let dataLines = try placeLines(files.places)
        #expect(dataLines > 300)
        let supplementLines = try placeLines(files.supplement)
        #expect(count == dataLines + supplementLines)

        // Break line 5 of the places file.
        let placesPath = files.places.path
        var lines = try String(contentsOfFile: placesPath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines[4] = "not a place"
        try lines.joined(separator: "\n").write(toFile: placesPath, atomically: true, encoding: .utf8)
        let error = #expect(throws: GazetteerError.self) { try GazetteerIndex.rebuild(files: files) }
        #expect(error == .malformedLine(path: placesPath, line: 5, reason: "expected 9 tab-separated fields, found 1"))
        #expect(error?.description == "\(placesPath):5: expected 9 tab-separated fields, found 1")
        // The old index is still there, whole.
        #expect(try index.placeCount() == count)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: files.cacheDirectory.path)
        #expect(leftovers.sorted() == ["gazetteer.lock", "gazetteer.sqlite"], "the index and the lock file, nothing else")
    }

    @Test("a corrupt cache is rebuilt, not crashed on")
    func corruptCache() throws {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: files.cacheDirectory, withIntermediateDirectories: true)
        try Data("this is not SQLite".utf8).write(to: files.index)
        let index = try GazetteerIndex.open(files: files)
        #expect(try index.placeCount() > 300)
    }

    @Test("missing data is a clear error")
    func missingData() {
        let files = GazetteerFiles(dataDirectory: URL(fileURLWithPath: "/nonexistent"), cacheDirectory: URL(fileURLWithPath: "/tmp"))
        #expect(throws: GazetteerError.unreadableFile(path: "/nonexistent/places.tsv.gz", reason: "no such file (run Gazetteer/derive.sh?)")) {
            try GazetteerIndex.open(files: files)
        }
    }
}
