import Foundation
import Gazetteer

/// Connections to the gazetteer index for requests running in parallel: SQLite serialises the
/// queries of one connection, so each request borrows a connection of its own and gives it back.
/// A request never shares a connection with another while it holds it.
///
/// The pool holds at most `maximum` connections (one per core by default). A check is CPU work
/// that runs on one of Swift's concurrency threads (one per core), so more checks at once would
/// not go faster: a request holding a connection would wait for a thread while others took
/// their turn, and its latency would grow without bound. Further requests wait for a connection,
/// first come first served.
public actor ReaderPool {
    private let primary: GazetteerIndex
    private var idle: [GazetteerIndex]
    private var opened = 1
    private var waiting: [CheckedContinuation<GazetteerIndex, Never>] = []
    /// The most connections open at once.
    public let maximum: Int

    /// A pool over `index`, opening up to `maximum` connections (at least 1).
    public init(index: GazetteerIndex, maximum: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.primary = index
        self.idle = [index]
        self.maximum = max(1, maximum)
    }

    /// A connection of the caller's own: an idle one, a new one, or the next one given back.
    func take() async throws(GazetteerError) -> GazetteerIndex {
        if let reader = idle.popLast() { return reader }
        if opened < maximum {
            opened += 1
            do {
                return try primary.openReader()
            } catch {
                opened -= 1
                throw error
            }
        }
        return await withCheckedContinuation { waiting.append($0) }
    }

    /// Gives a connection back: to the longest-waiting request, else to the idle ones.
    func give(_ reader: GazetteerIndex) {
        if waiting.isEmpty {
            idle.append(reader)
        } else {
            waiting.removeFirst().resume(returning: reader)
        }
    }

    /// How many connections are open (for tests).
    public var openCount: Int { opened }

    /// Runs `body` with a connection that no other request uses meanwhile.
    public nonisolated func withReader<Value: Sendable>(_ body: @Sendable (GazetteerIndex) throws(APIError) -> Value) async throws(APIError) -> Value {
        let reader: GazetteerIndex
        do {
            reader = try await take()
        } catch {
            throw APIError(error)
        }
        do {
            let value = try body(reader)
            await give(reader)
            return value
        } catch {
            await give(reader)
            throw error
        }
    }
}
