import Foundation

/// Spare connections to an index, kept for the next parallel look-up: a few per index, each
/// used by one thread at a time (taken out under the lock, put back when done).
final class SpareReaders: @unchecked Sendable {
    /// At most this many are kept; more are closed when given back.
    static let maximum = 4
    private let lock = NSLock()
    private var readers: [GazetteerIndex] = []

    func take() -> GazetteerIndex? {
        lock.lock()
        defer { lock.unlock() }
        return readers.popLast()
    }

    func put(_ reader: GazetteerIndex) {
        lock.lock()
        defer { lock.unlock() }
        if readers.count < Self.maximum { readers.append(reader) }
    }
}

extension GazetteerIndex {
    /// A connection to the same index file for another thread: a spare one when there is one,
    /// else a new one (``openReader()``). Give it back with ``giveBack(_:)`` when done; no other
    /// thread gets it meanwhile.
    public func borrowReader() throws(GazetteerError) -> GazetteerIndex {
        if let reader = spareReaders.take() { return reader }
        return try openReader()
    }

    /// Returns a connection from ``borrowReader()`` for the next parallel look-up.
    public func giveBack(_ reader: GazetteerIndex) {
        spareReaders.put(reader)
    }
}
