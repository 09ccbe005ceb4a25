import ArgumentParser
import Foundation

/// Runs an async command (`serve`) from the synchronous `main`, which keeps one error path for
/// every command: the main thread waits while the command runs on Swift's concurrency threads.
enum AsyncBridge {
    private final class Outcome: @unchecked Sendable {
        // Written by the task before it signals, read by the main thread after the wait.
        var error: (any Error)?
    }

    static func run(_ command: AsyncParsableCommand) throws {
        nonisolated(unsafe) var command = command
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await command.run()
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }
}
