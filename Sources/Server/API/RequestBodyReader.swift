import Foundation
import Hummingbird

/// Reads a request body within the server's limit, and its media type.
struct RequestBodyReader: Sendable {
    /// The largest body read, in bytes.
    let limit: Int

    /// The body's bytes; 413 when it is (or says it is) larger than the limit.
    func bytes(of request: Request) async throws(APIError) -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw .bodyTooLarge(limit: limit)
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw .bodyTooLarge(limit: limit)
        } catch {
            throw .badRequest("the body could not be read: \(error)")
        }
    }

    /// The media type without parameters, lowercased ("text/plain"), or nil when none is given.
    static func mediaType(of request: Request) -> String? {
        guard let header = request.headers[.contentType] else { return nil }
        let type = header.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return type.isEmpty ? nil : type
    }

    /// The `charset` parameter of the Content-Type, lowercased, if any.
    static func charset(of request: Request) -> String? {
        guard let header = request.headers[.contentType] else { return nil }
        for parameter in header.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased()
            }
        }
        return nil
    }

    /// `bytes` decoded as a JSON object of type `Value`; 400 with the decoder's reason otherwise.
    static func decodeJSON<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8], example: String) throws(APIError) -> Value {
        do {
            return try JSONDecoder().decode(Value.self, from: Data(bytes))
        } catch let DecodingError.keyNotFound(key, _) {
            throw .badRequest("the JSON body has no '\(key.stringValue)'; send \(example)")
        } catch let DecodingError.typeMismatch(_, context) {
            let path = context.codingPath.map(\.stringValue).filter { !$0.isEmpty }.joined(separator: ".")
            throw .badRequest("in the JSON body, '\(path)' has the wrong type; send \(example)")
        } catch let DecodingError.valueNotFound(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw .badRequest("in the JSON body, '\(path)' is null; send \(example)")
        } catch {
            throw .badRequest("the body is not valid JSON; send \(example)")
        }
    }
}
