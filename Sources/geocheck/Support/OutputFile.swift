import Foundation

/// Writing a command's result to standard output or to a file, whole or not at all.
enum OutputFile {
    static func write(_ data: Data, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw CLIError.file(path: path, message: "cannot write: \(reason)")
        }
    }
}
