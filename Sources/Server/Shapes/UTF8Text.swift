import Foundation

/// Bytes that are not text: where (the line) and what, in words a user can act on.
public struct NotTextError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line of the first bad byte.
    public let line: Int
    /// What is wrong and how to fix it.
    public let message: String

    public var description: String { "line \(line): \(message)" }
}

/// Decodes the text given to `geocheck check` and `POST /v1/check`: UTF-8 only (RFC 3629), a
/// leading byte-order mark dropped, no NUL bytes. The CLI and the server give the same messages.
public enum UTF8Text {
    /// The text of `bytes`, or an error naming the first byte that is not UTF-8 text.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(NotTextError) -> String {
        var bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidByte(bytes) {
            throw NotTextError(line: line(of: offset, in: bytes),
                               message: String(format: "not UTF-8 text (byte 0x%02X at offset %d); convert it, e.g. with iconv -f latin1 -t utf-8", bytes[offset], offset))
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw NotTextError(line: line(of: nul, in: bytes), message: "binary data (a NUL byte at offset \(nul)), not text")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
    /// surrogates, nothing past U+10FFFF), or nil.
    public static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
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
