import Foundation
import Hummingbird

/// Serves the page's files for GET and HEAD: the module's `Public` folder at `/`, and Debian's
/// Leaflet under `/vendor/leaflet/`. Only plain names (letters, digits, `.`, `-`, `_`; no
/// leading dot, so no `..`) of known types are served, and only from inside those folders.
struct StaticFiles<Context: RequestContext>: RouterMiddleware {
    let publicFolder: URL
    let leafletFolder: URL

    static var types: [String: String] { StaticFileTypes.all }


    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head, let file = file(for: request.uri.path) else {
            return try await next(request, context)
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return try await next(request, context)
        }
        var headers = HTTPFields()
        headers[.contentType] = Self.types[file.pathExtension.lowercased()] ?? "application/octet-stream"
        headers[.cacheControl] = "no-cache"
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        headers[.contentLength] = String(data.count)
        return Response(status: .ok, headers: headers, body: body)
    }

    /// The file a path names, or nil when the path is not one this middleware serves.
    func file(for path: String) -> URL? {
        if path == "/" { return publicFolder.appendingPathComponent("index.html") }
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        var root = publicFolder
        if segments.count >= 3, segments[0] == "vendor", segments[1] == "leaflet" {
            root = leafletFolder
            segments.removeFirst(2)
        }
        guard !segments.isEmpty, segments.count <= 2, segments.allSatisfy(Self.isPlainName),
              let last = segments.last, Self.types[(last as NSString).pathExtension.lowercased()] != nil else { return nil }
        let file = segments.reduce(root) { $0.appendingPathComponent($1) }.standardizedFileURL
        guard file.path.hasPrefix(root.standardizedFileURL.path + "/") else { return nil }
        return file
    }

    static func isPlainName(_ segment: String) -> Bool {
        guard let first = segment.unicodeScalars.first, first != "." else { return false }
        return segment.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "-" || scalar == "_")
        }
    }
}

/// The media types of the files ``StaticFiles`` serves, by extension.
enum StaticFileTypes {
    static let all: [String: String] = [
        "html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8",
        "json": "application/json; charset=utf-8", "png": "image/png", "svg": "image/svg+xml", "txt": "text/plain; charset=utf-8",
    ]
}
