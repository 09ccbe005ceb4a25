import Foundation

/// Runs `geocheck` under a shell script, for what `CommandRunner` cannot set up: closed
/// standard streams, `/dev/full`, pipes whose reader leaves early, several processes at once.
public enum ShellRunner {
    /// Runs `bash -c script` with `$0` the `geocheck` executable; standard output and error go
    /// to files unless the script redirects them. A script still running after `timeout`
    /// seconds is killed, and its outcome's status is -1 (a script should end what it starts
    /// with `timeout` where a command may hang).
    public static func run(_ script: String, arguments: [String] = [], environment: [String: String] = [:],
                           timeout: TimeInterval = 120) throws -> CommandRunner.Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, CommandRunner.executable.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        let finished = waitForExit(process, timeout: timeout)
        if !finished {
            process.terminate()
            process.waitUntilExit()
        }
        return CommandRunner.Outcome(status: finished ? process.terminationStatus : -1,
                                     standardOutput: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                                     standardError: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// Waits for `process` to end, at most `timeout` seconds; whether it ended.
    public static func waitForExit(_ process: Process, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline { return false }
            usleep(20_000)
        }
        process.waitUntilExit()
        return true
    }

    /// Waits until `condition` holds, checking every 10 ms, at most `timeout` seconds.
    public static func wait(until condition: () -> Bool, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline { return false }
            usleep(10_000)
        }
        return true
    }
}
