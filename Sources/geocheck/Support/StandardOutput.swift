#if canImport(Glibc)
import Glibc
#endif

/// The one way the CLI writes to standard output: whole `write(2)` calls, retried on EINTR.
///
/// Foundation's `FileHandle.write` traps on a write error and `print` loses it, so neither is
/// used. A closed pipe (`geocheck … | head`) is ``OutputError/closedPipe``, which ends the
/// process quietly; any other failure (a full disk, a closed descriptor) is
/// ``OutputError/failed(_:)``, reported as one line with exit code 2.
enum StandardOutput {
    /// Writes all of `bytes`.
    static func write(_ bytes: [UInt8]) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                throw code == EPIPE ? .closedPipe : .failed(code)
            }
            offset += written
        }
    }

    /// Writes `text` and the terminator, as `print` would.
    static func print(_ text: String, terminator: String = "\n") throws(OutputError) {
        try write(Array((text + terminator).utf8))
    }

    /// Makes standard streams that were closed (`geocheck … >&-`) point at a descriptor that
    /// fails every write, so that no file the process opens later takes their number and gets
    /// its output; and lets a closed pipe be an error (EPIPE) rather than a signal.
    static func prepare() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // Read-only: reading gives end of file, writing gives EBADF.
            let placeholder = open("/dev/null", O_RDONLY)
            if placeholder >= 0 && placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
        signal(SIGPIPE, SIG_IGN)
    }
}

/// A failed write to standard output.
enum OutputError: Error, CustomStringConvertible {
    /// The reader went away (EPIPE): not an error worth a message.
    case closedPipe
    /// Any other write error, by its `errno`.
    case failed(Int32)

    var description: String {
        switch self {
        case .closedPipe:
            return "standard output: the reader closed the pipe"
        case .failed(let code) where code == ENOSPC:
            return "cannot write to standard output: the disk is full"
        case .failed(let code) where code == EBADF:
            return "cannot write to standard output: it is closed or not open for writing"
        case .failed(let code):
            return "cannot write to standard output: \(String(cString: strerror(code)))"
        }
    }
}
