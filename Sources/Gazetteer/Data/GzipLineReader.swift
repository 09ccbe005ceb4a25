import CZlib

/// Reads a text file line by line, gzip-compressed or plain (zlib reads both), in constant memory.
final class GzipLineReader {
    let path: String
    private let file: gzFile
    private var buffer = [CChar](repeating: 0, count: 1 << 16)
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

    /// The next line without its line break, or nil at the end. A line longer than the buffer
    /// is an error rather than silently split.
    func nextLine() throws(GazetteerError) -> String? {
        let capacity = Int32(buffer.count)
        let result = buffer.withUnsafeMutableBufferPointer { gzgets(file, $0.baseAddress, capacity) }
        guard result != nil else {
            var code: Int32 = 0
            let message = gzerror(file, &code)
            if code != Z_OK && code != Z_STREAM_END {
                throw .unreadableFile(path: path, reason: message.map { String(cString: $0) } ?? "read error")
            }
            return nil
        }
        lineNumber += 1
        var line = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        if line.hasSuffix("\n") {
            line.removeLast()
        } else if line.utf8.count >= buffer.count - 1 {
            // Drop the rest of the line so that the next call starts on the next line.
            var byte = gzgetc(file)
            while byte != -1 && byte != 10 { byte = gzgetc(file) }
            throw .malformedLine(path: path, line: lineNumber, reason: "line longer than \(buffer.count) bytes")
        }
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
