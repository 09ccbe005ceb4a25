import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The `geocheck` command: checks the geography stated in text.
@main
struct GeoCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocheck",
        abstract: "Check the geography stated in text: places, distances, directions, borders.",
        version: "0.1.0",
        subcommands: [DistanceCommand.self, PlaceCommand.self, NearCommand.self, BorderCommand.self, WithinCommand.self,
                      RouteCommand.self, MapCommand.self, CheckCommand.self, VerifyCommand.self,
                      GazetteerCommand.self, RoadsCommand.self, ServeCommand.self]
    )

    /// Runs the command, turning every failure into one line on standard error and an exit code:
    /// 0 success, 2 bad input or usage, 1 for anything unexpected.
    static func main() {
        StandardOutput.prepare()
        do {
            var command = try parseAsRoot(protectingNegativeNumbers(Array(CommandLine.arguments.dropFirst())))
            if let asyncCommand = command as? AsyncParsableCommand {
                try AsyncBridge.run(asyncCommand)
            } else {
                try command.run()
            }
        } catch OutputError.closedPipe {
            // `geocheck … | head`: the reader has what it wanted.
            Glibc.exit(0)
        } catch let error as OutputError {
            Terminal.printError(error.description)
            Glibc.exit(CLIError.usageExitCode)
        } catch CLIError.gazetteer(.damagedIndex(let path, let reason)) {
            Glibc.exit(DamagedIndex.repair(path: path, reason: reason))
        } catch let error as CLIError {
            Terminal.printError(error.description)
            Glibc.exit(error.exitCode)
        } catch let code as ExitCode {
            // A command's answer given as its exit status (e.g. `within`: 1 for "not within").
            Glibc.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version, through the same writer as every other output.
                do {
                    try StandardOutput.print(fullMessage(for: error))
                } catch OutputError.closedPipe {
                } catch {
                    Terminal.printError("\(error)")
                    Glibc.exit(CLIError.usageExitCode)
                }
                Glibc.exit(0)
            }
            let message = self.message(for: error)
            if code == .validationFailure {
                let hint = message.contains("--help") ? "" : " (see 'geocheck --help')"
                Terminal.printError(message.replacingOccurrences(of: "\n", with: " ") + hint)
                Glibc.exit(CLIError.usageExitCode)
            }
            Terminal.printError(message.isEmpty ? "\(error)" : message)
            Glibc.exit(code.rawValue == 0 ? 1 : code.rawValue)
        }
    }

    /// Lets "-33.5,70.6" through as a point rather than a cluster of short flags: an argument
    /// that starts with a minus sign and a digit gets a leading space, which point parsing trims.
    static func protectingNegativeNumbers(_ arguments: [String]) -> [String] {
        arguments.map { argument in
            let characters = Array(argument.prefix(2))
            guard characters.count == 2, characters[0] == "-",
                  characters[1].isNumber || characters[1] == "." else { return argument }
            return " " + argument
        }
    }
}
