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

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
