import Foundation
import Gazetteer
import GeoJSON
import Hummingbird
import Routing

/// `POST /v1/route`: `{"stops": ["Homs", "Idlib"], "label": "…", "date": "YYYY-MM-DD"}` → the
/// GeoJSON of `geocheck route`: the line along the geodesics and a point per stop.
struct RouteHandler: Sendable {
    let pool: ReaderPool
    let body: RequestBodyReader

    static let example = #"{"stops": ["Homs", "Idlib"], "label": "…", "date": "2017-03-18"}"#

    private struct RouteRequest: Decodable {
        let stops: [String]
        let label: String?
        let date: String?
    }

    func respond(_ request: Request) async throws(APIError) -> Response {
        let type = RequestBodyReader.mediaType(of: request) ?? "application/json"
        guard type == "application/json" else {
            throw .unsupportedMediaType(given: type, accepted: ["application/json (\(Self.example))"])
        }
        let route = try RequestBodyReader.decodeJSON(RouteRequest.self, from: try await body.bytes(of: request), example: Self.example)
        let names = route.stops.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard names.count >= 2, names.count <= 100 else {
            throw .badRequest("a route needs 2 to 100 stops, not \(names.count)")
        }
        if let empty = names.firstIndex(where: \.isEmpty) { throw .badRequest("stop \(empty + 1) is empty") }
        if let date = route.date, !RelocationEvent.isDate(date) {
            throw .badRequest("'\(date.prefix(40))' is not a date; write YYYY-MM-DD, e.g. 2017-03-18")
        }
        let stops = try await pool.withReader { index throws(APIError) in
            var stops: [Place] = []
            for (number, name) in names.enumerated() {
                do {
                    // Each stop is looked for near the ones before it, as geocheck route does.
                    stops.append(try Resolver(index: index).resolve(name, context: stops.map(\.coordinate)).place)
                } catch let error as GazetteerError {
                    if case .unknownPlace = error { throw .unknownName("stop \(number + 1): \(error.description)") }
                    throw APIError(error)
                } catch {
                    throw .internalFailure("\(error)")
                }
            }
            return stops
        }
        let features = Route(stops: stops).features(label: route.label, date: route.date, properties: [:])
        do {
            return JSONResponse.bytes(try GeoJSONWriter.data(FeatureCollection(features: features)), contentType: JSONResponse.geoJSON)
        } catch {
            throw .internalFailure("encoding the route: \(error)")
        }
    }
}
