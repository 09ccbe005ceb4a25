import Foundation
import GeoJSON
import Hummingbird
import HummingbirdTesting
import Server
import Testing

/// The OpenAPI document at /openapi.json against the server's real answers: every operation it
/// lists is called, and every answer's body conforms to the schema it documents for that status
/// and media type.
@Suite("/openapi.json describes the real responses", .serialized)
struct OpenAPITests {
    /// A request and the status the test expects, so each documented status is exercised.
    struct Call: Sendable {
        let method: HTTPRequest.Method
        let path: String
        var query = ""
        var contentType: String? = nil
        var body: String? = nil
        let status: Int
    }

    static let calls: [Call] = [
        Call(method: .get, path: "/healthz", status: 200),
        Call(method: .post, path: "/v1/check", contentType: "text/plain", body: "Hama, a city 47 km north of Homs, and Jarablus, on the Turkish border.", status: 200),
        Call(method: .post, path: "/v1/check", query: "?format=geojson", contentType: "application/json",
             body: #"{"text": "Idlib, some 60 km north of Hama, the capital, Damascus."}"#, status: 200),
        Call(method: .post, path: "/v1/check", contentType: "application/json", body: "{", status: 400),
        Call(method: .post, path: "/v1/check", contentType: "text/plain", body: String(repeating: "x", count: 2_000), status: 413),
        Call(method: .post, path: "/v1/check", contentType: "text/html", body: "<p>", status: 415),
        Call(method: .get, path: "/v1/check", status: 405),
        Call(method: .get, path: "/v1/places", query: "?q=Hims&limit=3", status: 200),
        Call(method: .get, path: "/v1/places", query: "?limit=3", status: 400),
        Call(method: .get, path: "/v1/places", query: "?q=Qxzvbnwl", status: 422),
        Call(method: .get, path: "/v1/near", query: "?lat=34.73&lon=36.71", status: 200),
        Call(method: .get, path: "/v1/near", query: "?lat=134&lon=36.71", status: 400),
        Call(method: .get, path: "/v1/distance", query: "?from=Damascus&to=34.72405,36.72559", status: 200),
        Call(method: .get, path: "/v1/distance", query: "?from=Damascus", status: 400),
        Call(method: .get, path: "/v1/distance", query: "?from=Damascus&to=Qxzvbnwl", status: 422),
        Call(method: .post, path: "/v1/route", contentType: "application/json", body: #"{"stops": ["Homs", "Aleppo"], "label": "x"}"#, status: 200),
        Call(method: .post, path: "/v1/route", contentType: "application/json", body: #"{"stops": []}"#, status: 400),
        Call(method: .post, path: "/v1/route", contentType: "text/csv", body: "Homs,Aleppo", status: 415),
        Call(method: .post, path: "/v1/route", contentType: "application/json", body: #"{"stops": ["Homs", "Qxzvbnwl"]}"#, status: 422),
        Call(method: .get, path: "/v1/outlines", query: "?kind=admin1&country=SY", status: 200),
        Call(method: .get, path: "/v1/outlines", query: "?kind=planet", status: 400),
    ]

    @Test("every documented operation and status is called, and each answer conforms")
    func responsesConform() async throws {
        let results = try await ServerHarness.withClient(maximumBodyBytes: 1_000) { client in
            let documentText = try await client.send(.get, "/openapi.json").body
            var results: [(Call, Answer)] = []
            for call in Self.calls {
                results.append((call, try await client.send(call.method, call.path + call.query, contentType: call.contentType, body: call.body)))
            }
            return (documentText, results)
        }
        let validator = try SchemaValidator(document: Data(results.0.utf8))
        #expect(validator.document["openapi"] == .string("3.1.0"))
        guard case .object(let paths)? = validator.document["paths"] else {
            Issue.record("the document has no paths")
            return
        }
        var documented = Set<String>()
        for (path, item) in paths {
            guard case .object(let operations) = item else { continue }
            for (method, operation) in operations {
                guard case .object(let responses)? = operation["responses"] else { continue }
                for status in responses.keys { documented.insert("\(method.uppercased()) \(path) \(status)") }
            }
        }
        var exercised = Set<String>()
        for (call, answer) in results.1 {
            let key = "\(call.method.rawValue) \(call.path) \(call.status)"
            exercised.insert(key)
            #expect(Int(answer.status.code) == call.status, "\(key): got \(answer.status.code) \(answer.body.prefix(200))")
            // A 405 is documented on the path's own operation.
            let operation = paths[call.path]?[call.method.rawValue.lowercased()]
                ?? paths[call.path]?["post"] ?? paths[call.path]?["get"]
            let response = operation?["responses"]?[String(call.status)]
            #expect(response != nil, "\(key) is not documented")
            let mediaType = answer.contentType.split(separator: ";").first.map(String.init) ?? ""
            guard let schema = response?["content"]?[mediaType]?["schema"] else {
                Issue.record("\(key): no schema for \(mediaType)")
                continue
            }
            let value = try JSONDecoder().decode(JSONValue.self, from: Data(answer.body.utf8))
            let problems = validator.problems(value, schema)
            #expect(problems.isEmpty, "\(key): \(problems.prefix(5))")
        }
        let untested = documented.subtracting(exercised).filter { !$0.hasSuffix(" 405") }
        #expect(untested.isEmpty, "documented but not called: \(untested.sorted())")
    }

    @Test("the validator refuses what the schemas forbid (so the test above can fail)")
    func validatorRefuses() throws {
        let document = #"{"components": {"schemas": {"E": {"type": "object", "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}, "required": ["error", "status"], "additionalProperties": false}}}}"#
        let validator = try SchemaValidator(document: Data(document.utf8))
        let schema: JSONValue = .object(["$ref": "#/components/schemas/E"])
        #expect(validator.problems(.object(["error": "x", "status": 400]), schema).isEmpty)
        #expect(!validator.problems(.object(["error": "x"]), schema).isEmpty)
        #expect(!validator.problems(.object(["error": "x", "status": 400.5]), schema).isEmpty)
        #expect(!validator.problems(.object(["error": 1, "status": 400]), schema).isEmpty)
        #expect(!validator.problems(.object(["error": "x", "status": 400, "extra": .bool(true)]), schema).isEmpty)
    }
}
