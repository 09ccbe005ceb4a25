/// The paths the server answers and the methods each takes: the router is built from the
/// handlers, and a request for a known path with another method gets 405 from this table.
enum Endpoints {
    static let methods: [String: [String]] = [
        "/": ["GET", "HEAD"],
        "/healthz": ["GET"],
        "/openapi.json": ["GET", "HEAD"],
        "/v1/check": ["POST"],
        "/v1/places": ["GET"],
        "/v1/near": ["GET"],
        "/v1/distance": ["GET"],
        "/v1/route": ["POST"],
        "/v1/outlines": ["GET"],
    ]
}
