#if canImport(Glibc)
import Glibc
#endif

/// Writing to the terminal's standard streams.
enum Terminal {
    /// Prints "geocheck: message" on standard error, as one line.
    static func printError(_ message: String) {
        let line = Array("geocheck: \(message)\n".utf8)
        _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
