import ArgumentParser
import Foundation
import Server

/// `geocheck serve`: the HTTP API and the page, until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP API (/v1/…) and the web page (/) for checking texts.",
        discussion: """
        Listens on 127.0.0.1 unless --host says otherwise: the API has no authentication, so \
        put a reverse proxy with TLS and access control in front before exposing it (see the \
        README). One access-log line per request goes to standard error (method, path, status, \
        time; never bodies or queries). SIGTERM or SIGINT stops accepting connections, lets the \
        requests in flight finish, and exits 0. The API is described at /openapi.json.
        """
    )

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The TCP port (0 picks a free one and prints it).")
    var port = 8080

    @Option(name: .customLong("max-body"), help: ArgumentHelp("The largest request body, in bytes; larger ones get 413.", valueName: "bytes"))
    var maxBody = ServerConfiguration.defaultMaximumBodyBytes

    @Option(name: .long, help: ArgumentHelp("The folder holding leaflet.js and leaflet.css (Debian's libjs-leaflet).", valueName: "dir"))
    var leaflet = ServerConfiguration.debianLeafletFolder.path

    @Flag(name: .customLong("no-access-log"), help: "Do not log requests on standard error.")
    var noAccessLog = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535, not \(port)") }
        guard maxBody >= 1 else { throw ValidationError("--max-body must be at least 1 byte") }
        guard !host.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--host is empty") }
    }

    func run() async throws {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: leaflet + "/leaflet.js", isDirectory: &isDirectory) {
            Terminal.printError("warning: no leaflet.js in \(leaflet); the page's map will not draw (apt-get install libjs-leaflet, or give --leaflet DIR)")
        }
        let index = try GazetteerAccess.open()
        let configuration = ServerConfiguration(host: host, port: port, maximumBodyBytes: maxBody,
                                                leafletFolder: URL(fileURLWithPath: leaflet, isDirectory: true),
                                                accessLog: !noAccessLog)
        let host = self.host
        try await GeoCheckServer(index: index, configuration: configuration).run { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            Terminal.printError("listening on http://\(shown):\(port)/ (SIGTERM or Ctrl-C stops after the requests in flight)")
        }
        Terminal.printError("stopped")
    }
}
