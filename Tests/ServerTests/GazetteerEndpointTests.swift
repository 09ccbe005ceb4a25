import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Testing

/// `GET /v1/places`, `/v1/near`, `/v1/distance`, `POST /v1/route`, `/v1/outlines`, `/healthz`,
/// the page's files and the paths that do not exist.
@Suite("The gazetteer endpoints, the page and the errors", .serialized)
struct GazetteerEndpointTests {
    @Test("places: Djerablous is Jarablus; an unknown name is 422 with suggestions; a bad limit 400")
    func places() async throws {
        try await ServerHarness.withClient { client in
            let found = try await client.send(.get, "/v1/places?q=Djerablous&limit=2")
            #expect(found.status == .ok)
            let candidates = try #require(found.object["candidates"] as? [[String: Any]])
            #expect(candidates.first?["geonameid"] as? Int == 169179)
            #expect(found.object["query"] as? String == "Djerablous")

            let spaced = try await client.send(.get, "/v1/places?q=Al+Wa%27r&country=Syria&limit=1")
            #expect(((spaced.object["candidates"] as? [[String: Any]])?.first?["geonameid"] as? Int) == 900000001)

            let unknown = try await client.send(.get, "/v1/places?q=Qxzvbnwl")
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.errorMessage.hasPrefix("no place named 'Qxzvbnwl'"))

            let country = try await client.send(.get, "/v1/places?q=Homs&country=Atlantis")
            #expect(country.status == .unprocessableContent)
            #expect(country.errorMessage == "no country or region named 'Atlantis'")

            let limit = try await client.send(.get, "/v1/places?q=Homs&limit=0")
            #expect(limit.status == .badRequest)
            #expect(limit.errorMessage.contains("from 1 to 100"))

            let missing = try await client.send(.get, "/v1/places")
            #expect(missing.status == .badRequest)
            #expect(missing.errorMessage.contains("'q'"))

            let escape = try await client.send(.get, "/v1/places?q=%E9")
            #expect(escape.status == .badRequest)
        }
    }

    @Test("near: Jarablus's point; a latitude out of range is 400 with the CLI's message")
    func near() async throws {
        try await ServerHarness.withClient { client in
            let answer = try await client.send(.get, "/v1/near?lat=36.8175&lon=38.01111&limit=3")
            #expect(answer.status == .ok)
            let places = try #require(answer.object["places"] as? [[String: Any]])
            #expect(places.count == 3)
            #expect(places.first?["geonameid"] as? Int == 169179)
            #expect(answer.object["country"] as? String == "SY")

            let range = try await client.send(.get, "/v1/near?lat=91&lon=38")
            #expect(range.status == .badRequest)
            #expect(range.errorMessage.contains("91"))
            let word = try await client.send(.get, "/v1/near?lat=north&lon=38")
            #expect(word.status == .badRequest)
        }
    }

    @Test("distance: Damascus to Homs 140.48 km by name or point; unknown 422; a broken point 400")
    func distance() async throws {
        try await ServerHarness.withClient { client in
            let names = try await client.send(.get, "/v1/distance?from=Damascus&to=Homs")
            #expect(names.status == .ok)
            let km = try #require(names.object["distance_km"] as? Double)
            #expect(abs(km - 140.48) < 0.01)
            #expect(names.object["compass"] as? String == "NNE")

            let points = try await client.send(.get, "/v1/distance?from=33.5102,36.29128&to=34.72405,36.72559")
            #expect(abs((points.object["distance_m"] as? Double ?? 0) - 140_480.639) < 0.01)

            let unknown = try await client.send(.get, "/v1/distance?from=Damascus&to=Qxzvbnwl")
            #expect(unknown.status == .unprocessableContent)
            let broken = try await client.send(.get, "/v1/distance?from=33.5,&to=Homs")
            #expect(broken.status == .badRequest)
            #expect(broken.errorMessage.hasPrefix("the parameter 'from'"))
        }
    }

    @Test("route: a line and a point per stop; 422 names the unknown stop; 400, 415")
    func route() async throws {
        try await ServerHarness.withClient { client in
            let body = #"{"stops": ["Homs", "Hama", "Idlib"], "label": "evacuation", "date": "2017-03-18"}"#
            let answer = try await client.send(.post, "/v1/route", contentType: "application/json", body: body)
            #expect(answer.status == .ok)
            #expect(answer.contentType.hasPrefix("application/geo+json"))
            let features = try #require(answer.object["features"] as? [[String: Any]])
            let types = features.compactMap { ($0["geometry"] as? [String: Any])?["type"] as? String }
            #expect(types.filter { $0 == "Point" }.count == 3)
            #expect(types.contains("LineString"))

            let unknown = try await client.send(.post, "/v1/route", contentType: "application/json",
                                                body: #"{"stops": ["Homs", "Qxzvbnwl"]}"#)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.errorMessage.hasPrefix("stop 2: no place named"))

            let one = try await client.send(.post, "/v1/route", contentType: "application/json", body: #"{"stops": ["Homs"]}"#)
            #expect(one.status == .badRequest)
            let date = try await client.send(.post, "/v1/route", contentType: "application/json",
                                             body: #"{"stops": ["Homs", "Hama"], "date": "18/03/2017"}"#)
            #expect(date.status == .badRequest)
            #expect(date.errorMessage.contains("YYYY-MM-DD"))
            let type = try await client.send(.post, "/v1/route", contentType: "text/plain", body: "Homs Hama")
            #expect(type.status == .unsupportedMediaType)
            let get = try await client.send(.get, "/v1/route")
            #expect(get.status == .methodNotAllowed)
        }
    }

    @Test("outlines: countries and Syria's governorates as GeoJSON; bad parameters 400")
    func outlines() async throws {
        try await ServerHarness.withClient { client in
            let countries = try await client.send(.get, "/v1/outlines")
            #expect(countries.status == .ok)
            let features = try #require(countries.object["features"] as? [[String: Any]])
            #expect(features.count > 150)
            #expect(features.contains { ($0["properties"] as? [String: Any])?["country"] as? String == "SY" })

            let regions = try await client.send(.get, "/v1/outlines?kind=admin1&country=SY")
            #expect(((regions.object["features"] as? [[String: Any]])?.count ?? 0) >= 14)

            #expect(try await client.send(.get, "/v1/outlines?kind=admin1").status == .badRequest)
            #expect(try await client.send(.get, "/v1/outlines?kind=city").status == .badRequest)
            #expect(try await client.send(.get, "/v1/outlines?kind=admin1&country=../x").status == .badRequest)
        }
    }

    @Test("healthz, the page with its Content-Security-Policy, Leaflet, and 404s as JSON")
    func pageAndHealth() async throws {
        try await ServerHarness.withClient { client in
            let health = try await client.send(.get, "/healthz")
            #expect(health.status == .ok)
            #expect(health.object["status"] as? String == "ok")

            let page = try await client.send(.get, "/")
            #expect(page.status == .ok)
            #expect(page.contentType.hasPrefix("text/html"))
            let policy = page.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.contains("script-src 'self'"))
            #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"))
            #expect(page.body.contains("/vendor/leaflet/leaflet.js"))
            // No inline script, no inline handler, no inline style in the page.
            #expect(page.body.range(of: #"<script(?![^>]*\bsrc=)"#, options: .regularExpression) == nil)
            #expect(page.body.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)
            #expect(!page.body.contains("style="))

            let script = try await client.send(.get, "/app.js")
            #expect(script.contentType.hasPrefix("text/javascript"))
            #expect(!script.body.contains("innerHTML"))

            let leaflet = try await client.send(.get, "/vendor/leaflet/leaflet.js")
            #expect(leaflet.status == .ok, "libjs-leaflet must be installed (Scripts/install-deps.sh)")

            for path in ["/nothing", "/../Package.swift", "/vendor/leaflet/../../../etc/passwd", "/%2e%2e/Package.swift",
                         "/.hidden.js", "/vendor/leaflet/images/../../../../etc/hostname.txt"] {
                let missing = try await client.send(.get, path)
                #expect(missing.status == .notFound, "\(path)")
                #expect(missing.object["status"] as? Int == 404, "\(path)")
            }
            let post = try await client.send(.post, "/healthz", body: "x")
            #expect(post.status == .methodNotAllowed)
        }
    }
}
