import Foundation

/// A small tmpfs for tests of full disks and read-only folders. Mounting needs root and a
/// kernel that allows it; where it is not possible, `make` returns nil and the test says so.
public final class ScratchMount {
    public let folder: URL

    private init(folder: URL) { self.folder = folder }

    /// Mounts a tmpfs of `kilobytes` KiB (read-only if asked) on a new folder.
    public static func make(kilobytes: Int, readOnly: Bool = false) -> ScratchMount? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-mount-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return nil }
        let options = "size=\(kilobytes)k" + (readOnly ? ",ro" : "")
        guard run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder.path]) else {
            try? FileManager.default.removeItem(at: folder)
            return nil
        }
        return ScratchMount(folder: folder)
    }

    deinit {
        _ = Self.run("/bin/umount", [folder.path])
        try? FileManager.default.removeItem(at: folder)
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
