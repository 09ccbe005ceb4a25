import Gazetteer

/// What the CLI does when SQLite finds the index damaged in the middle of a command: rebuilds
/// it from the shipped data (progress on standard error) and asks for the command again, in
/// one line; if the rebuild fails, says what to run.
enum DamagedIndex {
    /// Rebuilds the index and returns the exit code for the interrupted command (1).
    static func repair(path: String, reason: String) -> Int32 {
        Terminal.printError("the gazetteer index \(path) is damaged (\(reason))")
        do {
            if try GazetteerIndex.repair(files: .standard(), progress: { Terminal.printError($0) }) {
                Terminal.printError("the index has been rebuilt (imported places must be imported again); run the command again")
            } else {
                Terminal.printError("the index is sound now (rebuilt by another process); run the command again")
            }
        } catch {
            Terminal.printError("\(error)")
            Terminal.printError("the index could not be rebuilt; run 'geocheck gazetteer build' after fixing the above")
        }
        return 1
    }
}
