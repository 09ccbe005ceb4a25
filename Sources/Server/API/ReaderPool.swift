import Gazetteer

/// Connections to the gazetteer index for requests running in parallel: SQLite serialises the
/// queries of one connection, so each request borrows a connection of its own and gives it back.
/// A request never shares a connection with another while it holds it.
public actor ReaderPool {
    private let primary: GazetteerIndex
    private var idle: [GazetteerIndex]
    private let maximumIdle: Int

    /// A pool over `index`, keeping up to `maximumIdle` spare connections open between requests.
    public init(index: GazetteerIndex, maximumIdle: Int = 16) {
        self.primary = index
        self.idle = [index]
        self.maximumIdle = maximumIdle
    }

    /// A connection of the caller's own: an idle one, else a new one.
    func take() throws(GazetteerError) -> GazetteerIndex {
        if let reader = idle.popLast() { return reader }
        return try primary.openReader()
    }

    /// Gives a connection back for the next request.
    func give(_ reader: GazetteerIndex) {
        if idle.count < maximumIdle { idle.append(reader) }
    }

    /// How many connections wait for a request (for tests and the health check).
    public var idleCount: Int { idle.count }

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
