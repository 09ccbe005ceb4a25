import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// ANSI colours for a terminal; nothing when the output is piped or NO_COLOR is set.
struct Style {
    let enabled: Bool

    /// Colours when standard output is a terminal and NO_COLOR (no-color.org) is unset.
    static func forStandardOutput(forced: Bool? = nil) -> Style {
        if let forced { return Style(enabled: forced) }
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return Style(enabled: isatty(STDOUT_FILENO) == 1 && !noColor)
    }

    func apply(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { apply("1", text) }
    func dim(_ text: String) -> String { apply("2", text) }
    func green(_ text: String) -> String { apply("32", text) }
    func blue(_ text: String) -> String { apply("34", text) }
    func red(_ text: String) -> String { apply("31", text) }
    func yellow(_ text: String) -> String { apply("33", text) }
}
