import Foundation
import Gazetteer
import Hummingbird

/// The HTTP API and the page of `geocheck serve`.
///
/// ```swift
/// let server = GeoCheckServer(index: try GazetteerIndex.open(files: .standard()))
/// try await server.run()   // until SIGTERM or SIGINT; in-flight requests finish first
/// ```
///
/// Requests run in parallel; each borrows its own gazetteer connection from a ``ReaderPool``,
/// and each check borrows region shapes (a GEOS context with the outlines and border lines
/// earlier checks made) that no other request uses meanwhile, so no request ever touches
/// another's state.
public struct GeoCheckServer: Sendable {
    /// Where it listens and what it serves.
    public let configuration: ServerConfiguration
    let pool: ReaderPool
    let outlines: Outlines

    /// A server over `index` (read-only; further connections are opened as requests need them).
    public init(index: GazetteerIndex, configuration: ServerConfiguration = ServerConfiguration()) {
        self.configuration = configuration
        self.pool = ReaderPool(index: index)
        self.outlines = Outlines(index: index)
    }

    /// The folder of the page's files (HTML, CSS, JS, the OpenAPI document) in the module's resources.
    public static var publicFolder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Public", isDirectory: true)
    }

    /// The router with every endpoint and middleware.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        if configuration.accessLog { router.add(middleware: AccessLogMiddleware()) }
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware(maximumBodyBytes: configuration.maximumBodyBytes))
        router.add(middleware: StaticFiles(publicFolder: Self.publicFolder, leafletFolder: configuration.leafletFolder))

        let body = RequestBodyReader(limit: configuration.maximumBodyBytes)
        let check = CheckHandler(pool: pool, body: body)
        let gazetteer = GazetteerHandlers(pool: pool)
        let route = RouteHandler(pool: pool, body: body)
        let outlines = self.outlines

        router.get("/healthz") { _, _ in try JSONResponse.make(["status": "ok"]) }
        router.post("/v1/check") { request, _ in try await check.respond(request) }
        router.get("/v1/places") { request, _ in try await gazetteer.places(request) }
        router.get("/v1/near") { request, _ in try await gazetteer.near(request) }
        router.get("/v1/distance") { request, _ in try await gazetteer.distance(request) }
        router.post("/v1/route") { request, _ in try await route.respond(request) }
        router.get("/v1/outlines") { request, _ in
            let query = try QueryParameters(request.uri.query)
            let kind = query["kind"] ?? "country"
            guard let regionKind = Region.Kind(rawValue: kind) else {
                throw APIError.badRequest("the parameter 'kind' must be country or admin1, not '\(kind.prefix(40))'")
            }
            let country = query["country"].map { $0.uppercased() }
            if regionKind == .admin1, country == nil {
                throw APIError.badRequest("admin1 outlines need the parameter 'country' (an ISO code such as SY)")
            }
            if let country, !(country.count == 2 && country.allSatisfy { $0.isASCII && $0.isLetter }) {
                throw APIError.badRequest("the parameter 'country' must be a two-letter ISO code such as SY, not '\(country.prefix(40))'")
            }
            return JSONResponse.bytes(try await outlines.geoJSON(kind: regionKind, country: country),
                                      contentType: JSONResponse.geoJSON)
        }
        return router
    }

    /// The application, for running or for tests (HummingbirdTesting).
    public func application(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                    serverName: "geocheck"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) }
        )
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting connections, lets the requests in
    /// flight finish, and returns.
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onListening: onListening).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
