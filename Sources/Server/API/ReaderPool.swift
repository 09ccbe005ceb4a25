import Foundation
import Gazetteer

/// Connections to the gazetteer index for requests running in parallel: SQLite serialises the
/// queries of one connection, so each request borrows a connection of its own and gives it back.
/// A request never shares a connection with another while it holds it.
///
/// The pool holds at most `maximum` connections (one per core by default): a check is CPU work,
/// so more checks at once would not go faster. Further requests wait for a connection, first
/// come first served.
///
/// The work done with a connection (a check: tens of milliseconds of SQLite, GEOS and PROJ
/// calls that never suspend) runs on threads of the pool's own, not on Swift's concurrency
/// threads (one per core): there it would hold up every other request's small steps (reading
/// the body, encoding and writing the answer, handing a connection on) behind whole checks, and
/// under load some requests would wait several checks' time more than others (8 clients on a
/// busy 2-core machine: p99 730 and 920 ms with the checks on Swift's threads, 215 and 365 ms
/// on the pool's).
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

    /// Runs `body` with a connection that no other request uses meanwhile, on one of the pool's
    /// threads.
    public nonisolated func withReader<Value: Sendable>(_ body: @escaping @Sendable (GazetteerIndex) throws(APIError) -> Value) async throws(APIError) -> Value {
        let reader: GazetteerIndex
        do {
            reader = try await take()
        } catch {
            throw APIError(error)
        }
        let result: Result<Value, APIError> = await withCheckedContinuation { continuation in
            Self.work.async {
                continuation.resume(returning: Result { () throws(APIError) -> Value in try body(reader) })
            }
        }
        await give(reader)
        return try result.get()
    }

    /// Where the work with a connection runs: a concurrent queue of its own gets threads apart
    /// from Swift's concurrency threads; at most `maximum` pieces of work run at once, one per
    /// connection lent.
    static let work = DispatchQueue(label: "geocheck.reader-pool.work", attributes: .concurrent)
}
