import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Copies a file with plain system calls, so that a failure keeps its `errno`.
enum FileCopy {
    static func copy(_ source: String, to destination: String) throws(POSIXError) {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw current() }
        defer { close(input) }
        let output = open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw current() }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 { if errno == EINTR { continue }; throw current() }
            if count == 0 { return }
            var offset = 0
            while offset < count {
                let written = buffer.withUnsafeBytes { write(output, $0.baseAddress! + offset, count - offset) }
                if written < 0 { if errno == EINTR { continue }; throw current() }
                offset += written
            }
        }
    }

    private static func current() -> POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
