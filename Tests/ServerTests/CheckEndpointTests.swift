import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import GeoJSON
import Testing
import TestSupport
import Verification

/// `POST /v1/check`: the JSON and GeoJSON of `geocheck check`, and every refusal.
@Suite("POST /v1/check", .serialized)
struct CheckEndpointTests {
    @Test("the Homs example as text: the CLI's JSON, with the road distance and the wrong Idlib figure")
    func homsAsText() async throws {
        let text = try ServerHarness.examples("homs-evacuation.txt")
        let answer = try await ServerHarness.withClient { try await $0.send(.post, "/v1/check", contentType: "text/plain", body: text) }
        #expect(answer.status == .ok)
        #expect(answer.contentType.hasPrefix("application/json"))
        let claims = try #require(answer.object["claims"] as? [[String: Any]])
        #expect(claims.count == 10)
        let verdicts = claims.compactMap { $0["verdict"] as? String }
        #expect(verdicts.filter { $0 == "inconsistent" }.count == 1)
        #expect(verdicts.contains("consistent_road"))
        let road = try #require(claims.first { $0["verdict"] as? String == "consistent_road" })
        #expect((road["explanation"] as? String)?.hasPrefix("stated 162 km; straight line 140.5 km") == true)
        #expect(answer.object["truncated"] as? Bool == false)
    }

    @Test("the same report as the CLI's encoder writes it, byte for byte (compact)")
    func sameEncoder() async throws {
        let text = "Hama, a city 47 km north of Homs, was calm."
        let answer = try await ServerHarness.withClient { try await $0.send(.post, "/v1/check", body: text) }
        let report = try Verifier(index: TestGazetteer.index()).check(text)
        #expect(answer.body == (try JSONEncoding.string(report, pretty: false)))
    }

    @Test("JSON body {\"text\": …} and ?format=geojson: claim lines in the verdicts' colours")
    func jsonBodyGeoJSON() async throws {
        let body = #"{"text": "Hama, a city 47 km north of Homs, was calm."}"#
        let answer = try await ServerHarness.withClient {
            try await $0.send(.post, "/v1/check?format=geojson", contentType: "application/json", body: body)
        }
        #expect(answer.status == .ok)
        #expect(answer.contentType.hasPrefix("application/geo+json"))
        #expect(answer.object["type"] as? String == "FeatureCollection")
        let features = try #require(answer.object["features"] as? [[String: Any]])
        let line = try #require(features.first { ($0["properties"] as? [String: Any])?["kind"] as? String == "claim" })
        let properties = try #require(line["properties"] as? [String: Any])
        #expect(properties["verdict"] as? String == "consistent")
        #expect(properties["stroke"] as? String == "#1a9850")
    }

    @Test("400: bad JSON, a JSON body without text, a bad format, bytes that are not UTF-8")
    func badRequests() async throws {
        try await ServerHarness.withClient { client in
            let badJSON = try await client.send(.post, "/v1/check", contentType: "application/json", body: "{\"text\": ")
            #expect(badJSON.status == .badRequest)
            #expect(badJSON.errorMessage.contains("not valid JSON"))
            #expect(badJSON.object["status"] as? Int == 400)

            let noText = try await client.send(.post, "/v1/check", contentType: "application/json", body: "{\"body\": \"x\"}")
            #expect(noText.status == .badRequest)
            #expect(noText.errorMessage.contains("no 'text'"))

            let format = try await client.send(.post, "/v1/check?format=kml", body: "Homs")
            #expect(format.status == .badRequest)
            #expect(format.errorMessage.contains("json or geojson"))

            let latin1 = try await client.send(.post, "/v1/check", contentType: "text/plain", bytes: Array("Homs\nAlep ".utf8) + [0xE9])
            #expect(latin1.status == .badRequest)
            #expect(latin1.errorMessage.contains("line 2: not UTF-8 text (byte 0xE9"), "the CLI's message: \(latin1.errorMessage)")

            let nul = try await client.send(.post, "/v1/check", bytes: [0x48, 0x00, 0x49])
            #expect(nul.status == .badRequest)
            #expect(nul.errorMessage.contains("NUL byte"))
        }
    }

    @Test("413 over --max-body, 415 for other media types and charsets")
    func tooLargeAndWrongType() async throws {
        try await ServerHarness.withClient(maximumBodyBytes: 100) { client in
            let large = try await client.send(.post, "/v1/check", contentType: "text/plain", body: String(repeating: "Homs. ", count: 40))
            #expect(large.status == .contentTooLarge)
            #expect(large.errorMessage.contains("limit of 100 bytes"))

            let small = try await client.send(.post, "/v1/check", contentType: "text/plain", body: "Homs.")
            #expect(small.status == .ok)

            let form = try await client.send(.post, "/v1/check", contentType: "application/x-www-form-urlencoded", body: "text=Homs")
            #expect(form.status == .unsupportedMediaType)
            #expect(form.errorMessage.contains("-H 'Content-Type: text/plain'"), "curl's default type gets a hint")

            let latin1 = try await client.send(.post, "/v1/check", contentType: "text/plain; charset=iso-8859-1", body: "Homs")
            #expect(latin1.status == .unsupportedMediaType)
        }
    }

    @Test("405 for GET, with Allow: POST")
    func wrongMethod() async throws {
        let answer = try await ServerHarness.withClient { try await $0.send(.get, "/v1/check") }
        #expect(answer.status == .methodNotAllowed)
        #expect(answer.headers[.allow] == "POST")
        #expect(answer.errorMessage.contains("use POST"))
    }

    @Test("parallel checks of different texts each get their own report")
    func parallelRequestsStayApart() async throws {
        let texts = [
            "Hama, a city 47 km north of Homs, was calm.",
            "Idlib, some 60 km north of Hama, was shelled.",
            "Jarablus, about 100 km north-east of Aleppo, fell.",
            "Saraqib, a town in Idlib province, emptied.",
        ]
        try await ServerHarness.withClient { client in
            try await withThrowingTaskGroup(of: (Int, Answer).self) { group in
                for round in 0..<4 {
                    for (i, text) in texts.enumerated() {
                        group.addTask { (i, try await client.send(.post, "/v1/check", body: "\(text) (\(round))")) }
                    }
                }
                for try await (i, answer) in group {
                    let claims = answer.object["claims"] as? [[String: Any]] ?? []
                    #expect(claims.count == 1)
                    let subject = texts[i].split(separator: ",").first.map(String.init) ?? ""
                    #expect(claims.first?["subject_text"] as? String == subject)
                }
            }
        }
    }
}
