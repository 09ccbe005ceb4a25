import ArgumentParser
import Foundation
import Geodesy
import Roads

/// `geocheck roads …`: import, list and remove the road databases `--by-road` measures with.
struct RoadsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roads",
        abstract: "Manage the road databases built from OpenStreetMap extracts.",
        discussion: """
        Road databases live in $GEOCHECK_ROADS, else roads/ in the cache folder. Routes are \
        computed by Routino (Debian routino), run as a separate program, for cars.
        """,
        subcommands: [Import.self, List.self, Remove.self]
    )

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a road database from an OpenStreetMap extract (.osm.pbf).",
            discussion: """
            The database is built beside the old one and replaces it in one step only when the \
            import succeeded: a failed or interrupted import leaves the previous one in use. \
            Profile: Routino's driving rules (tagging-drive.xml) and its motorcar profile.
            """
        )

        @Argument(help: "The extract, e.g. syria-latest.osm.pbf.")
        var file: String

        @Option(name: .long, help: "The name to import it under (default: the file name without .osm.pbf).")
        var name: String?

        func run() throws {
            let store = RoadStore.standard()
            nonisolated(unsafe) let bar = ProgressBar()
            let started = Date()
            let database: RoadDatabase
            do {
                database = try RoadImporter(store: store).importExtract(URL(fileURLWithPath: file), name: name) { progress in
                    bar.show(label: progress.stage, fraction: progress.fraction,
                             count: Int(progress.bytesRead))
                }
                bar.finish()
            } catch {
                bar.finish()
                throw CLIError.roads(error)
            }
            let seconds = Date().timeIntervalSince(started)
            try StandardOutput.print("imported '\(database.name)' from \(database.sourceFile) "
                  + "(\(RoadsList.megabytes(database.sourceBytes)) in \(seconds.formatted(fractionDigits: 1)) s): "
                  + "covers \(RoadsList.area(database.coverage)); database \(RoadsList.megabytes(database.databaseBytes))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the imported road databases and the area each covers.")

        @Flag(name: .long, help: "Print JSON instead of text.")
        var json = false

        func run() throws {
            let databases: [RoadDatabase]
            do {
                databases = try RoadStore.standard().list()
            } catch {
                throw CLIError.roads(error)
            }
            if json {
                try StandardOutput.print(try JSONOutput.string(databases))
            } else if databases.isEmpty {
                try StandardOutput.print("no road databases; import one with geocheck roads import FILE.osm.pbf")
            } else {
                try StandardOutput.print(RoadsList.table(databases))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an imported road database.")

        @Argument(help: "The database's name, as geocheck roads list shows it.")
        var name: String

        func run() throws {
            do {
                try RoadStore.standard().remove(name: name)
            } catch {
                throw CLIError.roads(error)
            }
            try StandardOutput.print("removed '\(name)'")
        }
    }
}
