import Foundation
import Gazetteer
import Geodesy
import Hummingbird

/// `GET /v1/places`, `/v1/near` and `/v1/distance`: the gazetteer look-ups of `geocheck place`,
/// `near` and `distance --json`, with the same JSON.
struct GazetteerHandlers: Sendable {
    let pool: ReaderPool

    /// `?q=NAME&country=CC&limit=N`: ranked candidates; 422 when none matches.
    func places(_ request: Request) async throws(APIError) -> Response {
        let query = try QueryParameters(request.uri.query)
        let name = try query.required("q", "the place name")
        let country = query["country"].flatMap { $0.isEmpty ? nil : $0 }
        let limit = try query.integer("limit", in: 1...100, default: 5)
        let report = try await pool.withReader { index throws(APIError) in
            try APIError.mapping {
                var code: String?
                if let country {
                    guard let found = try index.countryCode(named: country) else { throw GazetteerError.unknownRegion(country) }
                    code = found
                }
                let resolver = Resolver(index: index)
                let candidates = try resolver.listing(name, countryCode: code, limit: limit)
                return PlaceReport(query: name, candidates: candidates)
            }
        }
        return try Self.encode(report)
    }

    /// `?lat=&lon=&limit=N`: the nearest places and the region holding the point.
    func near(_ request: Request) async throws(APIError) -> Response {
        let query = try QueryParameters(request.uri.query)
        let latitude = try query.number("lat", "the latitude")
        let longitude = try query.number("lon", "the longitude")
        let limit = try query.integer("limit", in: 1...100, default: 5)
        let origin: Coordinate
        do {
            origin = try Coordinate(parsing: "\(latitude),\(longitude)")
        } catch {
            throw .badRequest(error.description)
        }
        let report = try await pool.withReader { index throws(APIError) in
            try APIError.mapping { try NearReport(origin: origin, limit: limit, index: index) }
        }
        return try Self.encode(report)
    }

    /// `?from=&to=`: names or LAT,LON points; the geodesic distance and bearings.
    func distance(_ request: Request) async throws(APIError) -> Response {
        let query = try QueryParameters(request.uri.query)
        let from = try Self.endpoint(try query.required("from", "the start: a place name or LAT,LON"), "from")
        let to = try Self.endpoint(try query.required("to", "the end: a place name or LAT,LON"), "to")
        let report = try await pool.withReader { index throws(APIError) in
            func resolve(_ end: PointOrName) throws(APIError) -> (Coordinate, Place?) {
                switch end {
                case .point(let coordinate): return (coordinate, nil)
                case .name(let name):
                    let place = try APIError.mapping { try Resolver(index: index).resolve(name).place }
                    return (place.coordinate, place)
                }
            }
            let start = try resolve(from), end = try resolve(to)
            return DistanceReport(from: start.0, to: end.0, fromPlace: start.1, toPlace: end.1)
        }
        return try Self.encode(report)
    }

    private static func endpoint(_ text: String, _ parameter: String) throws(APIError) -> PointOrName {
        do {
            return try PointOrName(text)
        } catch {
            throw .badRequest("the parameter '\(parameter)': \(error.description)")
        }
    }

    static func encode<Value: Encodable>(_ value: Value) throws(APIError) -> Response {
        do {
            return try JSONResponse.make(value)
        } catch {
            throw .internalFailure("encoding the answer: \(error)")
        }
    }
}
