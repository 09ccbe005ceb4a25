import Foundation
import Gazetteer
import HTTPTypes

/// A request the API refuses, with the status it answers and a message a user can act on
/// (the CLI's message wherever the CLI has one). Sent as `{"error": MESSAGE, "status": CODE}`.
public enum APIError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 400: a parameter or body that cannot be read (bad JSON, a bad number, not UTF-8 text).
    case badRequest(String)
    /// 404: no such path.
    case notFound(path: String)
    /// 405: the path exists, but not for this method.
    case methodNotAllowed(method: String, allowed: [String])
    /// 413: a body over the server's limit (`--max-body`).
    case bodyTooLarge(limit: Int)
    /// 415: a body of a type the endpoint does not read.
    case unsupportedMediaType(given: String, accepted: [String])
    /// 422: a well-formed request naming a place or country the gazetteer does not know.
    case unknownName(String)
    /// 500: the server failed (a broken index); the request itself may be fine.
    case internalFailure(String)

    /// The HTTP status of the error.
    public var status: HTTPResponse.Status {
        switch self {
        case .badRequest: return .badRequest
        case .notFound: return .notFound
        case .methodNotAllowed: return .methodNotAllowed
        case .bodyTooLarge: return .contentTooLarge
        case .unsupportedMediaType: return .unsupportedMediaType
        case .unknownName: return .unprocessableContent
        case .internalFailure: return .internalServerError
        }
    }

    public var description: String {
        switch self {
        case .badRequest(let message): return message
        case .notFound(let path):
            let shown = path.count > 80 ? String(path.prefix(77)) + "..." : path
            return "no such path '\(shown)'; see /openapi.json for the API"
        case let .methodNotAllowed(method, allowed):
            return "\(method) is not allowed here; use \(allowed.joined(separator: " or "))"
        case .bodyTooLarge(let limit):
            return "the body is larger than the server's limit of \(limit) bytes; split the text (the limit is geocheck serve --max-body)"
        case let .unsupportedMediaType(given, accepted):
            // curl --data-binary sends this type unless told otherwise.
            let hint = given == "application/x-www-form-urlencoded" ? " (with curl: -H 'Content-Type: text/plain')" : ""
            return "a body of type '\(given)' cannot be read here; send \(accepted.joined(separator: " or "))\(hint)"
        case .unknownName(let message): return message
        case .internalFailure(let message): return "the server failed: \(message)"
        }
    }

    /// The value of `body`, with its gazetteer errors as ``init(_:)`` makes them and any other
    /// error as a 500 whose message starts with `context` (when given).
    static func mapping<Value>(_ context: String? = nil, _ body: () throws -> Value) throws(APIError) -> Value {
        do {
            return try body()
        } catch let error as GazetteerError {
            throw APIError(error)
        } catch let error as APIError {
            throw error
        } catch {
            throw .internalFailure((context.map { "\($0): " } ?? "") + "\(error)")
        }
    }

    /// The error for a gazetteer failure: an unknown name is the request's fault (422), the rest
    /// the server's (500).
    public init(_ error: GazetteerError) {
        switch error {
        case .unknownPlace, .ambiguousPlace, .unknownRegion, .notAPlace: self = .unknownName(error.description)
        default: self = .internalFailure(error.description)
        }
    }
}

/// The JSON body of an error response.
struct ErrorBody: Encodable {
    let error: String
    let status: Int
}
