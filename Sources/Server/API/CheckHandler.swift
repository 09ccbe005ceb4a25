import Foundation
import GeoJSON
import Hummingbird
import Verification

/// `POST /v1/check`: the claims of a text, checked. The body is the text (`text/plain`, UTF-8)
/// or `{"text": "…"}` (`application/json`); `?format=geojson` answers with the GeoJSON of
/// `geocheck check --geojson`, else the JSON of `geocheck check --json`.
struct CheckHandler: Sendable {
    let pool: ReaderPool
    let body: RequestBodyReader

    static let accepted = ["text/plain", "application/json"]
    private struct JSONRequest: Decodable { let text: String }

    func respond(_ request: Request) async throws(APIError) -> Response {
        let query = try QueryParameters(request.uri.query)
        let format = query["format"] ?? "json"
        guard format == "json" || format == "geojson" else {
            throw .badRequest("the parameter 'format' must be json or geojson, not '\(format.prefix(40))'")
        }
        let text = try await self.text(of: request)
        let report = try await pool.withReader { index throws(APIError) in
            do {
                return try Verifier(index: index).check(text)
            } catch let error as VerificationError {
                throw .internalFailure(error.description)
            } catch {
                throw .internalFailure("\(error)")
            }
        }
        do {
            if format == "geojson" {
                return JSONResponse.bytes(try GeoJSONWriter.data(FeatureCollection(features: try report.features())),
                                          contentType: JSONResponse.geoJSON)
            }
            return try JSONResponse.make(report)
        } catch {
            throw .internalFailure("encoding the report: \(error)")
        }
    }

    /// The text of the body, by its media type (text when none is given).
    private func text(of request: Request) async throws(APIError) -> String {
        let type = RequestBodyReader.mediaType(of: request) ?? "text/plain"
        guard Self.accepted.contains(type) else {
            throw .unsupportedMediaType(given: type, accepted: ["text/plain (the text)", "application/json ({\"text\": …})"])
        }
        if let charset = RequestBodyReader.charset(of: request), charset != "utf-8", charset != "utf8", charset != "us-ascii" {
            throw .unsupportedMediaType(given: "\(type); charset=\(charset)", accepted: ["UTF-8 text; convert it, e.g. with iconv -t utf-8"])
        }
        let bytes = try await body.bytes(of: request)
        if type == "application/json" {
            return try RequestBodyReader.decodeJSON(JSONRequest.self, from: bytes, example: #"{"text": "…"}"#).text
        }
        do {
            return try UTF8Text.decode(bytes)
        } catch {
            throw .badRequest("the body, \(error.description)")
        }
    }
}
