import ArgumentParser
import Foundation
import Gazetteer

/// `geocheck gazetteer …`: manage the place index.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Build or inspect the offline place index.",
        subcommands: [Build.self, Import.self]
    )

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild the index from the shipped data (Gazetteer/), replacing the old one only on success.")

        @Flag(name: .customLong("allow-smaller"),
              help: "Accept data with fewer than half the places the current index was built from.")
        var allowSmaller = false

        func run() throws {
            let files = GazetteerFiles.standard()
            let counts: [String: Int]
            do {
                counts = try GazetteerIndex.rebuild(files: files, allowingSmaller: allowSmaller) { Terminal.printError($0) }
            } catch {
                throw CLIError.gazetteer(error)
            }
            try StandardOutput.print("built \(files.index.path): " + counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a GeoNames dump (allCountries.txt, SY.txt, cities15000.txt; plain or .gz) to the index.",
            discussion: """
            Streams the file into a copy of the index in one transaction; the copy replaces the \
            index only when the import succeeded. Places already in the index are replaced. A \
            malformed line is reported with its line number and skipped, or with --strict stops \
            the import. Rebuilding the index from the shipped data drops imported places.
            """
        )

        @Argument(help: "The GeoNames dump file.")
        var file: String

        @Option(name: .customLong("alternate-names"), help: ArgumentHelp("GeoNames alternateNamesV2.txt to add names from.", valueName: "file"))
        var alternateNames: String?

        @Flag(name: .long, help: "Stop at the first malformed line instead of skipping it.")
        var strict = false

        func run() throws {
            for path in [file] + (alternateNames.map { [$0] } ?? []) {
                guard FileManager.default.isReadableFile(atPath: path) else {
                    throw CLIError.file(path: path, message: "no such file, or not readable")
                }
            }
            let files = GazetteerFiles.standard()
            let bar = ProgressBar()
            let report: GeoNamesImport.Report
            do {
                report = try GeoNamesImport(files: files, strict: strict).run(
                    dump: file, alternateNames: alternateNames, waiting: { Terminal.printError($0) },
                    progress: { bar.show(label: $0, fraction: $1, count: $2) })
                bar.finish()
            } catch {
                bar.finish()
                throw CLIError.gazetteer(error)
            }
            for skipped in report.skipped { Terminal.printError("skipped \(skipped)") }
            if report.skippedCount > report.skipped.count {
                Terminal.printError("skipped \(report.skippedCount - report.skipped.count) more malformed lines")
            }
            if report.placesImported == 0 && report.skippedCount > 0 {
                throw CLIError.badInput(location: file, message:
                    "no GeoNames dump lines in the file (\(report.skippedCount) malformed lines skipped)")
            }
            try StandardOutput.print("imported \(report.placesImported) places and \(report.namesImported) alternate names "
                  + "into \(files.index.path); \(report.skippedCount) malformed lines skipped")
        }
    }
}
