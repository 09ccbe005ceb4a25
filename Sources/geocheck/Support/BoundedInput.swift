import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole input file or standard input, up to a size limit, with plain system calls:
/// a larger file is refused before it is read, a pipe or device after the limit, and a read
/// error (a directory as standard input, `/proc/self/mem`) is an error, never an empty input.
enum BoundedInput {
    /// The largest input `check` and `map` read: 10 MB, about 1.5 million words.
    static let maximumBytes = 10 * 1024 * 1024

    /// The bytes of `path` ("-" for standard input); `command` names the command in messages,
    /// `advice` says what to do about an input that is too large.
    static func read(_ path: String, command: String, advice: String, limit: Int = maximumBytes) throws -> Data {
        let name = path == "-" ? "standard input" : path
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.file(path: path, message: "no such file")
            }
            guard !isDirectory.boolValue else { throw CLIError.file(path: path, message: "is a directory, not a text file") }
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw CLIError.file(path: path, message: "cannot open for reading: \(String(cString: strerror(errno)))")
            }
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > limit {
            throw tooLarge(name, Int(status.st_size), command: command, advice: advice, limit: limit)
        }
        // A device or a pipe has no size: read at most one byte more than the limit.
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while data.count <= limit {
            let wanted = min(chunk.count, limit + 1 - data.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIError.file(path: name, message: "cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            data.append(contentsOf: chunk[..<count])
        }
        guard data.count <= limit else { throw tooLarge(name, data.count, command: command, advice: advice, limit: limit) }
        return data
    }

    static func tooLarge(_ name: String, _ size: Int, command: String, advice: String, limit: Int) -> CLIError {
        let megabytes = Double(size) / 1_048_576
        return .badInput(location: name, message: String(format: "%.1f MB or more is larger than the %d MB geocheck %@ reads; %@",
                                                         megabytes, limit / 1_048_576, command, advice))
    }
}
