import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a separate program (the routing engine, osmium) and collects what it writes. The engine
/// runs as its own process, never linked: Routino is AGPL-licensed.
struct ExternalProgram: Sendable {
    /// What a finished run gave.
    struct Outcome: Sendable {
        let status: Int32
        let standardOutput: String
        let standardError: String
        let timedOut: Bool
    }

    let name: String

    /// The program's path on `PATH`, or ``RoadError/missingProgram(_:)``.
    func locate() throws(RoadError) -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw .missingProgram(name)
    }

    /// Runs the program to its end (or until `timeout` seconds, when it is killed), calling
    /// `onOutput` with each chunk of standard output as it comes.
    func run(_ arguments: [String], timeout: Double? = nil,
             onOutput: (@Sendable (String) -> Void)? = nil) throws(RoadError) -> Outcome {
        let process = Process()
        process.executableURL = try locate()
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let collected = Collector()
        let done = DispatchGroup()
        done.enter()
        DispatchQueue.global().async {
            collected.setErrors(errors.fileHandleForReading.readDataToEndOfFile())
            done.leave()
        }
        // Foundation's waitUntilExit polls every 50 ms; the termination handler does not.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw .engine("could not start \(name): \(error.localizedDescription)")
        }
        let killer = DispatchWorkItem { [process] in
            if process.isRunning {
                collected.markTimedOut()
                process.terminate()
            }
        }
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer) }
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            collected.appendOutput(chunk)
            if let onOutput { onOutput(String(decoding: chunk, as: UTF8.self)) }
        }
        exited.wait()
        killer.cancel()
        done.wait()
        return Outcome(status: process.terminationStatus, standardOutput: collected.outputText,
                       standardError: collected.errorText, timedOut: collected.didTimeOut)
    }
}

/// Output gathered from two threads.
private final class Collector: @unchecked Sendable {
    private let lock = NSLock()
    private var output = Data()
    private var errors = Data()
    private var timedOut = false

    func appendOutput(_ data: Data) { lock.withLock { output.append(data) } }
    func setErrors(_ data: Data) { lock.withLock { errors = data } }
    func markTimedOut() { lock.withLock { timedOut = true } }
    var outputText: String { lock.withLock { String(decoding: output, as: UTF8.self) } }
    var errorText: String { lock.withLock { String(decoding: errors, as: UTF8.self) } }
    var didTimeOut: Bool { lock.withLock { timedOut } }
}
