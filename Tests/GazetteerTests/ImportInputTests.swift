import Foundation
import Gazetteer
import Testing
import TestSupport

/// Hostile import files: NUL bytes, endless lines, damaged gzip, fields no place can have
/// (issue 13, cases 6 and 12).
@Suite("Importing hostile input", .serialized)
struct ImportInputTests {
    /// A GeoNames dump line (19 fields) with the given id, name and country.
    private func line(_ id: String, _ name: String, country: String = "SY") -> String {
        [id, name, name, "", "35.0", "37.0", "P", "PPL", country, "", "", "", "", "", "100", "", "", "Asia/Damascus", "2024-01-01"]
            .joined(separator: "\t")
    }

    private func withSubset(_ body: (GazetteerFiles) throws -> Void) throws {
        let files = try TestGazetteer.makeSubsetFiles(selection: #"$5 == "SY""#)
        defer { try? FileManager.default.removeItem(at: files.dataDirectory.deletingLastPathComponent()) }
        _ = try GazetteerIndex.open(files: files)
        try body(files)
    }

    @Test("a file of NUL bytes is not text: it fails at once, with no lines counted")
    func nulBytes() throws {
        try withSubset { files in
            let path = files.dataDirectory.appendingPathComponent("zeros.txt")
            // NUL lines, and a run of NULs longer than any line (as /dev/zero gives).
            var bytes = [UInt8]()
            for _ in 0..<1000 { bytes += [0, 0, 0, 10] }
            bytes += [UInt8](repeating: 0, count: 1 << 20)
            try Data(bytes).write(to: path)
            #expect(throws: GazetteerError.unreadableFile(path: path.path, reason: "binary data (a NUL byte on line 1), not a text file")) {
                try GeoNamesImport(files: files).run(dump: path.path)
            }
        }
    }

    @Test("an endless line without NUL bytes ends the import instead of running forever")
    func endlessLine() throws {
        try withSubset { files in
            let path = files.dataDirectory.appendingPathComponent("endless.txt")
            try Data(repeating: UInt8(ascii: "x"), count: 17 << 20).write(to: path)
            let error = #expect(throws: GazetteerError.self) { try GeoNamesImport(files: files).run(dump: path.path) }
            #expect(error?.description.contains("without a line break") == true, "\(String(describing: error))")
        }
    }

    @Test("a NUL byte or an overlong line inside a file is a malformed line, skipped with its number")
    func malformedLines() throws {
        try withSubset { files in
            let path = files.dataDirectory.appendingPathComponent("mixed.txt")
            let text = line("99000101", "Good Test Place") + "\n"
                + line("99000102", "Nul\u{0}Place") + "\n"
                + String(repeating: "y", count: 70_000) + "\n"
                + line("99000103", "Other Test Place") + "\n"
            try Data(text.utf8).write(to: path)
            let report = try GeoNamesImport(files: files).run(dump: path.path)
            #expect(report.placesImported == 2)
            #expect(report.skipped == [
                .malformedLine(path: path.path, line: 2, reason: "a NUL byte at column 13"),
                .malformedLine(path: path.path, line: 3, reason: "line longer than 65536 bytes"),
            ])
        }
    }

    @Test("empty names, ids that are not positive and country codes that are not two letters are refused")
    func impossibleFields() throws {
        try withSubset { files in
            let path = files.dataDirectory.appendingPathComponent("fields.txt")
            let text = [line("99000111", ""), line("-5", "Negative Test"), line("0", "Zero Test"),
                        line("99000112", "Country Test", country: "ZZZZZZZZ"), line("99000113", "Lower Test", country: "sy"),
                        line("99000114", "Sea Test", country: "")].joined(separator: "\n") + "\n"
            try Data(text.utf8).write(to: path)
            let report = try GeoNamesImport(files: files).run(dump: path.path)
            #expect(report.placesImported == 1, "only the place at sea, which has no country")
            #expect(report.skipped.map(\.description) == [
                "\(path.path):1: the name is empty",
                "\(path.path):2: geonameid -5 is not a positive number",
                "\(path.path):3: geonameid 0 is not a positive number",
                "\(path.path):4: country code 'ZZZZZZZZ' is not two capital letters (ISO 3166-1)",
                "\(path.path):5: country code 'sy' is not two capital letters (ISO 3166-1)",
            ])
        }
    }

    @Test("damaged gzip data is reported as damaged, not as an overlong line")
    func damagedGzip() throws {
        try withSubset { files in
            let plain = files.dataDirectory.appendingPathComponent("dump.txt")
            let text = (0..<3000).map { line(String(99_010_000 + $0), "Gzip Test \($0)") }.joined(separator: "\n") + "\n"
            try Data(text.utf8).write(to: plain)
            let compress = Process()
            compress.executableURL = URL(fileURLWithPath: "/bin/gzip")
            compress.arguments = ["-f", plain.path]
            try compress.run()
            compress.waitUntilExit()
            let gz = URL(fileURLWithPath: plain.path + ".gz")
            var bytes = [UInt8](try Data(contentsOf: gz))
            for offset in stride(from: bytes.count / 3, to: bytes.count / 3 + 64, by: 1) { bytes[offset] ^= 0x5A }
            try Data(bytes).write(to: gz)
            let error = #expect(throws: GazetteerError.self) { try GeoNamesImport(files: files).run(dump: gz.path) }
            #expect(error?.description.contains("the gzip data is damaged") == true, "\(String(describing: error))")
        }
    }
}
