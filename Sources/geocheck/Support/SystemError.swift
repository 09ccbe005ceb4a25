#if canImport(Glibc)
import Glibc
#endif

/// A failed system call, by its `errno`, with a reason a user can act on.
struct SystemError: Error {
    let code: Int32

    /// The current `errno`.
    static func current() -> SystemError { SystemError(code: errno) }

    var reason: String {
        switch code {
        case ENOSPC, EDQUOT: return "the disk is full"
        case EACCES, EPERM: return "permission denied (the folder is not writable)"
        case ENOENT: return "no such file or folder"
        case EROFS: return "the file system is read-only"
        case EISDIR: return "is a directory"
        default: return String(cString: strerror(code))
        }
    }
}
