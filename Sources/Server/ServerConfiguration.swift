import Foundation

/// How `geocheck serve` listens and what it serves.
public struct ServerConfiguration: Sendable {
    /// The address to bind: loopback unless the operator says otherwise.
    public var host: String
    /// The TCP port; 0 picks a free one.
    public var port: Int
    /// The largest request body read, in bytes; larger ones get 413.
    public var maximumBodyBytes: Int
    /// The folder of Debian's libjs-leaflet, served under `/vendor/leaflet/`.
    public var leafletFolder: URL
    /// Whether to write an access log line per request to standard error.
    public var accessLog: Bool

    /// The default body limit: 1 MB, a report of some 150,000 words.
    public static let defaultMaximumBodyBytes = 1_048_576
    /// Where Debian's libjs-leaflet installs Leaflet.
    public static let debianLeafletFolder = URL(fileURLWithPath: "/usr/share/javascript/leaflet", isDirectory: true)

    public init(host: String = "127.0.0.1", port: Int = 8080, maximumBodyBytes: Int = defaultMaximumBodyBytes,
                leafletFolder: URL = debianLeafletFolder, accessLog: Bool = true) {
        self.host = host
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
        self.leafletFolder = leafletFolder
        self.accessLog = accessLog
    }
}
