import ArgumentParser
import Gazetteer

/// `geocheck gazetteer …`: manage the place index.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Build or inspect the offline place index.",
        subcommands: [Build.self]
    )

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild the index from the shipped data (Gazetteer/), replacing the old one only on success.")

        func run() throws {
            let files = GazetteerFiles.standard()
            do {
                let counts = try GazetteerIndex.rebuild(files: files) { Terminal.printError($0) }
                print("built \(files.index.path): " + counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
            } catch {
                throw CLIError.gazetteer(error)
            }
        }
    }
}
