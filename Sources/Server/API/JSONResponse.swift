import Foundation
import GeoJSON
import Hummingbird

/// Responses whose bodies GeoCheck's one JSON encoder (``JSONEncoding``) wrote.
enum JSONResponse {
    static let json = "application/json; charset=utf-8"
    static let geoJSON = "application/geo+json; charset=utf-8"

    /// `value` as compact JSON with `status`.
    static func make<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok, contentType: String = json) throws -> Response {
        bytes(try JSONEncoding.data(value, pretty: false), status: status, contentType: contentType)
    }

    /// Bytes already encoded.
    static func bytes(_ data: Data, status: HTTPResponse.Status = .ok, contentType: String = json) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The error's JSON body, with an `Allow` header for a 405.
    static func error(_ error: APIError) -> Response {
        let data = (try? JSONEncoding.data(ErrorBody(error: error.description, status: Int(error.status.code)), pretty: false)) ?? Data()
        var response = bytes(data, status: error.status)
        if case .methodNotAllowed(_, let allowed) = error {
            response.headers[.allow] = allowed.joined(separator: ", ")
        }
        return response
    }
}
