import Foundation
import Hummingbird

/// One line per request on standard error: method, path (no query, no body), status and time,
/// e.g. `POST /v1/check 200 38.2ms`. Bodies and query strings may hold a newsroom's unpublished
/// text, so neither is written.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            let line = "\(request.method.rawValue) \(Self.loggable(request.uri.path)) \(status) \(String(format: "%.1f", milliseconds))ms\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        let response = try await next(request, context)
        status = Int(response.status.code)
        return response
    }

    /// The path with control characters replaced, so a request cannot forge log lines.
    static func loggable(_ path: String) -> String {
        let cleaned = String(path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
        return cleaned.count > 200 ? String(cleaned.prefix(200)) + "…" : cleaned
    }
}
