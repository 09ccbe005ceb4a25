import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a text to check from a file or standard input, refusing what is not text.
enum TextInput {
    /// The largest text `geocheck check` reads: 10 MB, about 1.5 million words, far more than
    /// any report; larger inputs are refused before they are read, so memory stays bounded.
    static let maximumBytes = 10 * 1024 * 1024

    /// The text of `path` ("-" for standard input), as UTF-8, without a leading byte-order mark.
    static func read(_ path: String) throws -> String {
        let name = path == "-" ? "standard input" : path
        let data: Data
        if path == "-" {
            data = try readStandardInput(name: name)
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.file(path: path, message: "no such file")
            }
            guard !isDirectory.boolValue else { throw CLIError.file(path: path, message: "is a directory, not a text file") }
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumBytes {
                throw tooLarge(name, size)
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw CLIError.file(path: path, message: "cannot open for reading")
            }
            defer { try? handle.close() }
            // A device or a pipe has no size: read at most one byte more than the limit.
            let read = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
            guard read.count <= maximumBytes else { throw tooLarge(name, read.count) }
            data = read
        }
        return try decode(data, name: name)
    }

    private static func readStandardInput(name: String) throws -> Data {
        var data = Data()
        let handle = FileHandle.standardInput
        while data.count <= maximumBytes {
            guard let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty else { break }
            data.append(chunk)
        }
        guard data.count <= maximumBytes else { throw tooLarge(name, data.count) }
        return data
    }

    private static func tooLarge(_ name: String, _ size: Int) -> CLIError {
        let megabytes = Double(size) / 1_048_576
        return .badInput(location: name, message: String(format: "%.1f MB or more is larger than the %d MB geocheck check reads; split the text", megabytes, maximumBytes / 1_048_576))
    }

    /// The text, or an error naming the first byte that is not UTF-8 text (with its line).
    static func decode(_ data: Data, name: String) throws -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidByte(bytes) {
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw CLIError.badInput(location: "\(name):\(line)",
                                    message: String(format: "not UTF-8 text (byte 0x%02X at offset %d); convert it, e.g. with iconv -f latin1 -t utf-8", bytes[offset], offset))
        }
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw CLIError.badInput(location: "\(name):\(line)", message: "binary data (a NUL byte at offset \(nul)), not text")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
    /// surrogates, nothing past U+10FFFF), or nil.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= count else { return i }
            for k in 1..<length {
                let byte = bytes[i + k]
                let (min, max) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if byte < min || byte > max { return i }
            }
            i += length
        }
        return nil
    }
}
