import Foundation
import Gazetteer
#if canImport(Glibc)
import Glibc
#endif

/// Writing a command's result to standard output or to a file, whole or not at all.
///
/// A regular file is written to `.NAME.PID.tmp` beside it, flushed to disk and renamed over
/// NAME, so a reader never sees half a file; the temporary file is removed on any failure and
/// on SIGINT or SIGTERM. A device or a pipe is written in place. Failures are one line naming
/// the file and the reason (a full disk, a folder that is missing or not writable).
enum OutputFile {
    static func write(_ data: Data, to path: String?) throws {
        guard let path else {
            try StandardOutput.write([UInt8](data))
            return
        }
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            // A device or a pipe (`-o /dev/stdout`): written in place, never renamed over.
            do throws(SystemError) {
                try writeFile(data, to: path, create: false)
            } catch {
                throw CLIError.file(path: path, message: "cannot write: \(error.reason)")
            }
            return
        }
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp").path
        TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(temporary) }
        do throws(SystemError) {
            try writeFile(data, to: temporary)
            guard rename(temporary, path) == 0 else { throw SystemError.current() }
        } catch {
            unlink(temporary)
            throw CLIError.file(path: path, message: "cannot write: \(error.reason)")
        }
    }

    private static func writeFile(_ data: Data, to path: String, create: Bool = true) throws(SystemError) {
        let descriptor = create ? open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) : open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .current() }
        defer { close(descriptor) }
        let bytes = [UInt8](data)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .current()
            }
            offset += written
        }
        guard !create || fsync(descriptor) == 0 else { throw .current() }
    }
}
