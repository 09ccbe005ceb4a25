import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A data file read with plain system calls (Foundation's `FileHandle` reads trap on an
/// error): its size, and bytes at an offset; a folder or a read error is an error.
final class DataFileSample {
    let path: String
    let size: Int
    private let descriptor: Int32

    /// Opens `path`, or returns nil when there is no such file.
    init?(path: String) throws(GazetteerError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            _ = Glibc.close(descriptor)
            throw .unreadableFile(path: path, reason: "not a regular file (a folder?)")
        }
        self.path = path
        self.descriptor = descriptor
        size = Int(status.st_size)
    }

    /// `count` bytes from `offset` (fewer at the end of the file).
    func bytes(at offset: Int, count: Int) throws(GazetteerError) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let read = result.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if read < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, reason: "read error: \(String(cString: strerror(errno)))")
            }
            if read == 0 { break }
            done += read
        }
        return Array(result[..<done])
    }

    deinit { _ = Glibc.close(descriptor) }
}
