import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import TestSupport

/// A server over the test gazetteer, driven through Hummingbird's router test client.
enum ServerHarness {
    static func server(maximumBodyBytes: Int = ServerConfiguration.defaultMaximumBodyBytes) throws -> GeoCheckServer {
        GeoCheckServer(index: try TestGazetteer.index(),
                       configuration: ServerConfiguration(port: 0, maximumBodyBytes: maximumBodyBytes, accessLog: false))
    }

    /// Runs `body` with a client of a new server.
    static func withClient<Value: Sendable>(maximumBodyBytes: Int = ServerConfiguration.defaultMaximumBodyBytes,
                                            _ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await server(maximumBodyBytes: maximumBodyBytes).application().test(.router, body)
    }

    static func examples(_ name: String) throws -> String {
        try String(contentsOf: TestGazetteer.shippedData.deletingLastPathComponent().appendingPathComponent("Examples/\(name)"),
                   encoding: .utf8)
    }
}

/// A response read whole: status, headers, body as text and as JSON.
struct Answer: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: String

    var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]) }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var errorMessage: String { object["error"] as? String ?? "" }
    var contentType: String { headers[.contentType] ?? "" }
}

extension TestClientProtocol {
    /// Sends a request and reads the whole answer.
    func send(_ method: HTTPRequest.Method, _ uri: String, contentType: String? = nil, body: String? = nil,
              bytes: [UInt8]? = nil) async throws -> Answer {
        var headers = HTTPFields()
        if let contentType { headers[.contentType] = contentType }
        let buffer: ByteBuffer? = bytes.map { ByteBuffer(bytes: $0) } ?? body.map { ByteBuffer(string: $0) }
        return try await execute(uri: uri, method: method, headers: headers, body: buffer) { response in
            Answer(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }
}
