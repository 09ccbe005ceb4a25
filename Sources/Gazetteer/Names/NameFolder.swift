import Foundation

/// Folds names as ``NameKey/folded(_:)`` describes, remembering how it folded each character:
/// an index build folds a million names, most of them sharing a few hundred characters.
///
/// Not `Sendable`: one folder per owner (the index builder has one).
final class NameFolder {
    /// What one character becomes.
    private enum Fold {
        case drop               // a mark, an apostrophe
        case separator          // punctuation, a space
        case text(String)       // letters and digits, lower case
    }

    private var cache: [Unicode.Scalar: Fold] = [:]

    func fold(_ name: String) -> String {
        if let ascii = NameKey.foldedASCII(name) { return ascii }
        var result = ""
        result.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            let fold: Fold
            if let cached = cache[scalar] {
                fold = cached
            } else {
                fold = Self.fold(scalar)
                cache[scalar] = fold
            }
            switch fold {
            case .drop:
                continue
            case .separator:
                pendingSpace = true
            case .text(let text):
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result += text
            }
        }
        return result
    }

    /// Decomposes one character (canonical decomposition: "ā" is "a" and a macron), keeps its
    /// letters and digits in lower case and drops its marks.
    private static func fold(_ scalar: Unicode.Scalar) -> Fold {
        var text = ""
        var separator = false
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
            if let replacement = NameKey.letterReplacements[part] {
                text += replacement
                continue
            }
            let properties = part.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark
                || NameKey.ignored.contains(part) {
                continue
            }
            if properties.isAlphabetic || properties.numericType != nil {
                text.unicodeScalars.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else {
                separator = true
            }
        }
        if !text.isEmpty { return .text(text) }
        return separator ? .separator : .drop
    }
}
