import CZlib
#if canImport(Glibc)
import Glibc
#endif

/// Reads a text file line by line, gzip-compressed or plain (zlib reads both), in constant memory.
///
/// A line is at most ``maximumLineLength`` bytes: a longer one is a malformed line (its rest is
/// skipped, so the next call starts on the next line), and so is a line with a NUL byte. A file
/// whose overlong line goes on past ``maximumSkip`` bytes, or that holds NUL bytes from the
/// start, is not text at all and fails as a whole (`/dev/zero` ends at once).
final class GzipLineReader {
    /// The longest line read, in bytes (GeoNames lines are a few KiB).
    static let maximumLineLength = 1 << 16
    /// How far past the maximum an overlong line is skipped before the file is given up.
    static let maximumSkip = 16 << 20

    let path: String
    private let file: gzFile
    private var buffer = [UInt8](repeating: 0, count: 1 << 17)
    private var start = 0, end = 0
    private var atEnd = false
    /// The number of the line last returned, from 1.
    private(set) var lineNumber = 0

    init(path: String) throws(GazetteerError) {
        guard let file = gzopen(path, "rb") else {
            throw .unreadableFile(path: path, reason: "cannot open")
        }
        gzbuffer(file, 1 << 17)
        self.path = path
        self.file = file
    }

    deinit { gzclose(file) }

    /// How many bytes of the file (compressed, for a gzip file) have been read so far.
    var bytesRead: Int { Int(gzoffset(file)) }

    /// The next line without its line break, or nil at the end.
    func nextLine() throws(GazetteerError) -> String? {
        var line: [UInt8] = []
        var overlong = false
        var skipped = 0
        while true {
            if start == end {
                if atEnd { break }
                try refill()
                continue
            }
            let available = buffer[start..<end]
            let newline = available.firstIndex(of: 10)
            let piece = buffer[start..<(newline ?? end)]
            start = newline.map { $0 + 1 } ?? end
            if lineNumber == 0, piece.contains(0) {
                throw .unreadableFile(path: path, reason: "binary data (a NUL byte on line 1), not a text file")
            }
            if overlong {
                skipped += piece.count
                guard skipped <= Self.maximumSkip else {
                    throw .unreadableFile(path: path, reason: "line \(lineNumber + 1) goes on for more than \(Self.maximumSkip >> 20) MiB without a line break: not a text file of lines")
                }
            } else if line.count + piece.count > Self.maximumLineLength {
                overlong = true
                skipped = line.count + piece.count
                line = []
            } else {
                line.append(contentsOf: piece)
            }
            if newline != nil { return try finish(line, overlong: overlong) }
        }
        if line.isEmpty && !overlong { return nil }
        return try finish(line, overlong: overlong)
    }

    private func finish(_ bytes: [UInt8], overlong: Bool) throws(GazetteerError) -> String {
        lineNumber += 1
        if overlong {
            throw .malformedLine(path: path, line: lineNumber, reason: "line longer than \(Self.maximumLineLength) bytes")
        }
        var bytes = bytes[...]
        if bytes.last == 13 { bytes = bytes.dropLast() }
        if let nul = bytes.firstIndex(of: 0) {
            throw .malformedLine(path: path, line: lineNumber, reason: "a NUL byte at column \(nul - bytes.startIndex + 1)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func refill() throws(GazetteerError) {
        let count = buffer.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
        if count < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
            throw .unreadableFile(path: path, reason: explain(message, code: code))
        }
        start = 0
        end = Int(count)
        if count == 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? ""
            if code != Z_OK && code != Z_STREAM_END {
                throw .unreadableFile(path: path, reason: explain(message, code: code))
            }
            atEnd = true
        }
    }

    /// zlib's message, said so that a user knows the file is damaged.
    private func explain(_ message: String, code: Int32) -> String {
        // zlib puts the path first.
        let message = message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message
        switch code {
        case Z_DATA_ERROR: return "the gzip data is damaged (\(message)); download or derive the file again"
        case Z_BUF_ERROR: return "the gzip file is truncated (\(message)); download or derive the file again"
        case Z_ERRNO: return "read error: \(String(cString: strerror(errno)))"
        default: return message
        }
    }
}
