import Foundation
import Gazetteer
import Testing
import TestSupport

/// The size rule of a build: data with no places, or far fewer than the index it would replace,
/// fails and keeps the old index (issue 13, case 2; an empty countries.tsv, case 12).
@Suite("A build's input", .serialized)
struct IndexInputRuleTests {
    private func subset() throws -> GazetteerFiles {
        try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
    }

    private func remove(_ files: GazetteerFiles) {
        try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent())
    }

    /// Replaces a data file (maybe a symbolic link to the shipped one) with `data`.
    private func replace(_ url: URL, with data: Data) throws {
        try? FileManager.default.removeItem(at: url)
        try data.write(to: url)
    }

    @Test("an empty places file fails the build, and the old index keeps answering")
    func emptyPlaces() throws {
        let files = try subset()
        defer { remove(files) }
        let count = try GazetteerIndex.open(files: files).placeCount()
        try replace(files.places, with: Data())

        #expect(throws: GazetteerError.inputTooSmall(path: files.places.path, found: 0, previous: nil)) {
            try GazetteerIndex.rebuild(files: files)
        }
        var messages: [String] = []
        let index = try GazetteerIndex.open(files: files) { messages.append($0) }
        #expect(try index.placeCount() == count)
        #expect(try Resolver(index: index).resolve("Homs").place.id == 169577)
        #expect(messages.contains { $0.contains("holds no places") }, "\(messages)")
        #expect(messages.last?.hasPrefix("warning: using the index built from earlier data") == true)

        // The next command does not try the same failed build again.
        messages = []
        _ = try GazetteerIndex.open(files: files) { messages.append($0) }
        #expect(messages.count == 1 && messages[0].contains("the current data failed to build"), "\(messages)")
    }

    @Test("a truncated places file fails, and the old index is used instead of none")
    func truncatedPlaces() throws {
        let files = try subset()
        defer { remove(files) }
        let count = try GazetteerIndex.open(files: files).placeCount()
        let compressed = try gzip(files.places)
        try replace(files.places, with: compressed.prefix(compressed.count / 2))

        let error = #expect(throws: GazetteerError.self) { try GazetteerIndex.rebuild(files: files) }
        #expect(error?.description.contains("truncated") == true, "\(String(describing: error))")
        let index = try GazetteerIndex.open(files: files)
        #expect(try index.placeCount() == count)
    }

    @Test("data with fewer than half the places of the index fails unless allowed")
    func fewerPlaces() throws {
        let files = try subset()
        defer { remove(files) }
        let index = try GazetteerIndex.open(files: files)
        let lines = try String(contentsOf: files.places, encoding: .utf8).split(separator: "\n")
        let shipped = lines.count - 1   // a header comment, then the places
        let kept = lines.prefix(1 + shipped / 3)
        try replace(files.places, with: Data((kept.joined(separator: "\n") + "\n").utf8))

        #expect(throws: GazetteerError.inputTooSmall(path: files.places.path, found: shipped / 3, previous: shipped)) {
            try GazetteerIndex.rebuild(files: files)
        }
        #expect(try index.placeCount() > shipped)
        let counts = try GazetteerIndex.rebuild(files: files, allowingSmaller: true)
        #expect(counts["geonames"] == shipped / 3)
    }

    @Test("an empty countries.tsv fails the build instead of giving an index that fails later")
    func emptyCountries() throws {
        let files = try subset()
        defer { remove(files) }
        try replace(files.countries, with: Data())
        let error = #expect(throws: GazetteerError.self) { try GazetteerIndex.open(files: files) }
        #expect(error == .malformedLine(path: files.countries.path, line: 1,
                                        reason: "no countries in the file (empty or truncated?); restore it"))
        #expect(!FileManager.default.fileExists(atPath: files.index.path))
    }

    /// `file` compressed with gzip.
    private func gzip(_ file: URL) throws -> Data {
        let output = file.appendingPathExtension("compressed")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"gzip -c "$1" > "$2""#, "gzip", file.path, output.path]
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: output)
    }
}
