import Foundation

/// Answers worked out once and kept for every thread: a dictionary behind a lock, for values
/// that never change while the index is open (its countries and regions, answers to look-ups
/// of their names).
///
/// The value is made outside the lock, so a slow first answer never holds up other keys; two
/// threads asking for the same new key at once may both make it, and one answer is kept. At
/// `capacity` entries the memo starts afresh, so that a long-running process asked about
/// ever new names keeps its memory bounded.
final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    /// The most entries kept at once.
    let capacity: Int

    init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
    }

    /// The value kept for `key`, or the one `make` gives, kept from now on.
    func value<E: Error>(for key: Key, orMake make: () throws(E) -> Value) throws(E) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let made = try make()
        lock.withLock {
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[key] = made
        }
        return made
    }

    /// How many entries are kept (for tests).
    var count: Int { lock.withLock { values.count } }
}
