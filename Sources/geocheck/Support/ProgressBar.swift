#if canImport(Glibc)
import Glibc
#endif

/// A progress bar on standard error: redrawn in place on a terminal, a line per quarter when
/// standard error is a file or a pipe.
final class ProgressBar {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastQuarter = -1
    private var drawn = false

    func show(label: String, fraction: Double, count: Int) {
        let fraction = min(max(fraction, 0), 1)
        let percent = Int(fraction * 100)
        if isTerminal {
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            write("\r\(label) [\(bar)] \(percent)% \(count)")
            drawn = true
        } else if percent / 25 > lastQuarter {
            lastQuarter = percent / 25
            write("\(label): \(percent)% \(count)\n")
        }
    }

    /// Ends the bar's line on a terminal.
    func finish() {
        if drawn { write("\n") }
        drawn = false
    }

    private func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
