import Foundation

/// A minimal SVG writer: shapes and text, escaped.
struct SVGDocument {
    let width: Double, height: Double
    private var body: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    mutating func rectangle(x: Double, y: Double, width: Double, height: Double, style: String) {
        body.append("<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" style=\"\(style)\"/>")
    }

    mutating func path(_ d: String, style: String) {
        guard !d.isEmpty else { return }
        body.append("<path d=\"\(d)\" style=\"\(style)\" fill-rule=\"evenodd\"/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, style: String) {
        body.append("<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" style=\"\(style)\"/>")
    }

    mutating func text(_ text: String, x: Double, y: Double, style: String, anchor: String = "start") {
        body.append("<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor)\" style=\"\(style)\">"
                    + Self.escaped(text) + "</text>")
    }

    var document: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))">
        \(body.joined(separator: "\n"))
        </svg>

        """
    }

    /// One decimal is a tenth of a pixel: enough.
    static func number(_ value: Double) -> String { String((value * 10).rounded() / 10) }

    /// Text as XML character data: markup characters escaped, and characters XML 1.0 forbids
    /// (control characters other than tab and line breaks, lone surrogates, U+FFFE, U+FFFF)
    /// dropped, so that any name, title or label gives a well-formed document.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default:
                if isAllowedInXML(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// The XML 1.0 `Char` production (§2.2).
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
