import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Temporary files that must not outlive the process that writes them.
///
/// A registered file is removed when the process gets SIGINT, SIGTERM or SIGHUP (the signal
/// then ends the process as it would have; a signal ignored from the start stays ignored). A process killed with SIGKILL cannot clean up, so
/// temporary files carry their writer's PID in their name (`gazetteer.sqlite.building-4242`)
/// and ``removeStale(in:)`` removes those whose writer is gone.
public enum TemporaryFiles {
    private static let capacity = 8
    /// C strings the signal handler may read: it must not allocate or lock.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var handlersInstalled = false

    /// Removes `path` if the process is interrupted or terminated before ``unregister(_:)``.
    public static func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        installHandlers()
        for slot in 0..<capacity where slots[slot] == nil {
            slots[slot] = strdup(path)
            return
        }
    }

    /// Stops watching `path` (it was renamed into place or removed).
    public static func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        for slot in 0..<capacity {
            guard let entry = slots[slot], String(cString: entry) == path else { continue }
            slots[slot] = nil
            free(entry)
        }
    }

    private static func installHandlers() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            // A signal the process was started ignoring (`nohup`, a background job of a script)
            // stays ignored: it will not end the process, so there is nothing to clean up.
            let previous = signal(signalNumber, SIG_IGN)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            signal(signalNumber) { received in
                for slot in 0..<TemporaryFiles.capacity {
                    if let path = TemporaryFiles.slots[slot] { unlink(path) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// The PID in a temporary file's name (`<base>.<purpose>-<pid>`, maybe with SQLite's
    /// `-journal` after it), or nil for any other name.
    static func writerPID(ofFileNamed name: String, base: String) -> Int32? {
        guard name.hasPrefix(base + ".") else { return nil }
        var rest = name.dropFirst(base.count + 1)
        for suffix in ["-journal", "-wal", "-shm"] where rest.hasSuffix(suffix) { rest = rest.dropLast(suffix.count) }
        guard let dash = rest.lastIndex(of: "-"), rest[..<dash].allSatisfy(\.isLetter) else { return nil }
        return Int32(rest[rest.index(after: dash)...])
    }

    /// Whether a process with this PID exists.
    static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// Removes the temporary files beside `base` in `folder` whose writer is no longer alive;
    /// returns their names.
    @discardableResult
    public static func removeStale(in folder: URL, base: String = "gazetteer.sqlite") -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed: [String] = []
        for name in names {
            guard let pid = writerPID(ofFileNamed: name, base: base), !isAlive(pid) else { continue }
            if unlink(folder.appendingPathComponent(name).path) == 0 { removed.append(name) }
        }
        return removed
    }
}
