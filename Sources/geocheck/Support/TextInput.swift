import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a text to check from a file or standard input, refusing what is not text.
enum TextInput {
    /// The largest text `geocheck check` reads: 10 MB, about 1.5 million words, far more than
    /// any report; larger inputs are refused before they are read, so memory stays bounded.
    static let maximumBytes = BoundedInput.maximumBytes

    /// The text of `path` ("-" for standard input), as UTF-8, without a leading byte-order mark.
    static func read(_ path: String) throws -> String {
        try decode(BoundedInput.read(path, command: "check", advice: "split the text"), name: path == "-" ? "standard input" : path)
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
