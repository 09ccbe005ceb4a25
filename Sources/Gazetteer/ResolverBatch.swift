import Foundation

extension Resolver {
    /// One look-up of ``candidates(for:countryCode:context:preferredCountries:limit:)``.
    public struct Query: Sendable, Hashable {
        public var name: String
        public var countryCode: String?
        public var preferredCountries: Set<String>
        /// Whether a name that matches nothing else is looked for with typos.
        public var allowsTypos: Bool
        /// Whether `countryCode` rules out every place elsewhere (see ``Resolver/lookup(_:countryCode:context:preferredCountries:allowingTypos:strictCountry:limit:)``).
        public var strictCountry = true
        public var limit: Int

        public init(name: String, countryCode: String? = nil, preferredCountries: Set<String> = [], allowsTypos: Bool = true,
                    limit: Int = 10) {
            self.name = name
            self.countryCode = countryCode
            self.preferredCountries = preferredCountries
            self.allowsTypos = allowsTypos
            self.limit = limit
        }
    }

    /// Candidates for many names at once, in the order of `queries`: the look-ups are shared
    /// between `workers` threads, each with its own connection to the index (a text's dozens
    /// of names resolve in about half the time on two cores).
    public func candidates(forEach queries: [Query], workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws(GazetteerError) -> [[PlaceCandidate]] {
        try lookups(forEach: queries, workers: workers).map(\.candidates)
    }

    /// ``lookup(_:countryCode:context:preferredCountries:allowingTypos:limit:)`` for many names
    /// at once, in the order of `queries`, shared between threads as
    /// ``candidates(forEach:workers:)`` does.
    public func lookups(forEach queries: [Query], workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws(GazetteerError) -> [Lookup] {
        let workers = max(1, min(workers, queries.count / 4))
        guard workers > 1 else {
            return try queries.map { query throws(GazetteerError) in try lookup(query) }
        }
        // The extra connections are borrowed and given back, so a server checking text after text
        // opens them once, not per text (opening one maps the file and reads the schema again).
        let readers = try (1..<workers).map { _ throws(GazetteerError) in try index.borrowReader() }
        defer { readers.forEach(index.giveBack) }
        let resolvers = [self] + readers.map { Resolver(index: $0) }
        let slots = WorkerSlots<Result<[Lookup], GazetteerError>>(count: workers, initial: .success([]))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            slots.store(Result { () throws(GazetteerError) -> [Lookup] in
                try stride(from: worker, to: queries.count, by: workers).map { i throws(GazetteerError) in
                    try resolvers[worker].lookup(queries[i])
                }
            }, at: worker)
        }
        let parts = try slots.values.map { result throws(GazetteerError) in try result.get() }
        // Query i was worker (i % workers)'s (i / workers)-th.
        return queries.indices.map { parts[$0 % workers][$0 / workers] }
    }

    private func lookup(_ query: Query) throws(GazetteerError) -> Lookup {
        try lookup(query.name, countryCode: query.countryCode, preferredCountries: query.preferredCountries,
                   allowingTypos: query.allowsTypos, strictCountry: query.strictCountry, limit: query.limit)
    }
}
