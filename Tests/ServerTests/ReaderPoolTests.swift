import Foundation
import Gazetteer
import Server
import Testing
import TestSupport

/// The pool of index connections: bounded, each connection lent to one request at a time.
@Suite("The pool of index connections")
struct ReaderPoolTests {
    /// Counts how many borrowers hold each connection at once.
    final class Holders: @unchecked Sendable {
        private let lock = NSLock()
        private var holders: [ObjectIdentifier: Int] = [:]
        private(set) var mostAtOnce = 0

        func enter(_ index: GazetteerIndex) {
            lock.lock()
            defer { lock.unlock() }
            holders[ObjectIdentifier(index), default: 0] += 1
            mostAtOnce = max(mostAtOnce, holders.values.max() ?? 0)
        }

        func leave(_ index: GazetteerIndex) {
            lock.lock()
            defer { lock.unlock() }
            holders[ObjectIdentifier(index), default: 0] -= 1
        }
    }

    @Test("24 requests at once over a pool of 3: never more than 3 connections, none held by two, all answered")
    func bounded() async throws {
        let pool = ReaderPool(index: try TestGazetteer.index().openReader(), maximum: 3)
        let holders = Holders()
        let names = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<24 {
                group.addTask {
                    try await pool.withReader { index throws(APIError) in
                        holders.enter(index)
                        defer { holders.leave(index) }
                        Thread.sleep(forTimeInterval: 0.005)
                        return try? index.place(id: 169577)?.name
                    }
                }
            }
            var names: [String?] = []
            for try await name in group { names.append(name) }
            return names
        }
        #expect(names.count == 24 && names.allSatisfy { $0 == "Homs" })
        #expect(holders.mostAtOnce == 1, "a connection was lent to two requests at once")
        #expect(await pool.openCount <= 3)
    }
}
