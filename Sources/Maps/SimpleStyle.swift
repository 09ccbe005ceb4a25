import GeoJSON

/// The styling properties of the simplestyle convention (github.com/mapbox/simplestyle-spec),
/// which geojson.io and other tools read: `stroke`, `stroke-width`, `stroke-opacity`, `fill`,
/// `fill-opacity`, `marker-color`. Values that are not a hex colour or a plain number are
/// ignored, so nothing from a file reaches the SVG unchecked.
struct SimpleStyle {
    var stroke: String?
    var strokeWidth: Double?
    var strokeOpacity: Double?
    var fill: String?
    var fillOpacity: Double?
    var markerColor: String?

    init(_ properties: [String: JSONValue]?) {
        stroke = Self.colour(properties?["stroke"])
        strokeWidth = Self.number(properties?["stroke-width"], in: 0...20)
        strokeOpacity = Self.number(properties?["stroke-opacity"], in: 0...1)
        fill = Self.colour(properties?["fill"])
        fillOpacity = Self.number(properties?["fill-opacity"], in: 0...1)
        markerColor = Self.colour(properties?["marker-color"])
    }

    /// An SVG style: the feature's own values over `defaults` ("fill:#e67e22;stroke-width:1.5").
    func svgStyle(over defaults: [(String, String)]) -> String {
        var style = defaults
        func set(_ key: String, _ value: String?) {
            guard let value else { return }
            if let at = style.firstIndex(where: { $0.0 == key }) { style[at].1 = value } else { style.append((key, value)) }
        }
        set("stroke", stroke)
        set("stroke-width", strokeWidth.map { "\($0)" })
        set("stroke-opacity", strokeOpacity.map { "\($0)" })
        if style.contains(where: { $0 == ("fill", "none") }) == false {
            set("fill", fill ?? stroke)
            set("fill-opacity", fillOpacity.map { "\($0)" })
        }
        return style.map { "\($0.0):\($0.1)" }.joined(separator: ";")
    }

    private static func colour(_ value: JSONValue?) -> String? {
        guard case .string(let text)? = value, text.first == "#", [4, 7].contains(text.count),
              text.dropFirst().allSatisfy(\.isHexDigit) else { return nil }
        return text
    }

    private static func number(_ value: JSONValue?, in range: ClosedRange<Double>) -> Double? {
        guard case .number(let number)? = value, range.contains(number) else { return nil }
        return number
    }
}
