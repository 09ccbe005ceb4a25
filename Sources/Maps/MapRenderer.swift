import Foundation
import GeoJSON
import Gazetteer
import Geometry

/// Draws GeoJSON features as an SVG map over country and first-level region outlines from the
/// gazetteer's boundary data, with labels, a scale bar and the data's attribution.
public struct MapRenderer {
    public let index: GazetteerIndex
    /// The map's width in pixels.
    public var width: Double = 1000

    public init(index: GazetteerIndex) { self.index = index }

    /// How far past ±180° and ±90° a position may lie and still count as on the globe.
    public static let coordinateTolerance = 1e-6

    /// The SVG document.
    ///
    /// - Throws: ``MapError/nothingToDraw``, ``MapError/coordinateOutOfRange(feature:longitude:latitude:)``,
    ///   or a failure of the boundary data.
    public func svg(_ collection: FeatureCollection, title: String? = nil) throws -> String {
        try Self.checkPositions(collection)
        var positions = collection.features.compactMap(\.geometry).flatMap(Self.positions)
        guard !positions.isEmpty else { throw MapError.nothingToDraw }
        // A collection cut at the antimeridian is drawn on the Pacific side.
        let crosses = positions.contains { $0[0] >= 179.999 } && positions.contains { $0[0] <= -179.999 }
        let shift: (Position) -> Position = { crosses && $0[0] < 0 ? [$0[0] + 360] + $0.dropFirst() : $0 }
        positions = positions.map(shift)
        let longitudes = positions.map { $0[0] }, latitudes = positions.map { $0[1] }
        let projection = MapProjection(west: longitudes.min()!, east: longitudes.max()!,
                                       south: latitudes.min()!, north: latitudes.max()!, width: width)
        var svg = SVGDocument(width: projection.width, height: projection.height)
        svg.rectangle(x: 0, y: 0, width: projection.width, height: projection.height, style: "fill:#dbe9f4")

        // Boundaries: countries in view filled, first-level regions of those countries as thin lines.
        let context = try GEOSContext()
        var view: [Position] = [[projection.west, projection.south], [projection.east, projection.south],
                                [projection.east, projection.north], [projection.west, projection.north]]
        view.append(view[0])
        let window = try Geometry(polygon: view.map { .init(latitude: $0[1], longitude: $0[0]) }, context: context)
        var countriesInView: [String] = []
        var labels: [(String, (x: Double, y: Double))] = []
        for offset in crosses ? [0.0, 360] : [0.0] {
            for (region, wkb) in try index.outlines(of: .country) {
                let shape = try Geometry(wkb: wkb, context: context)
                let shifted = offset == 0 ? shape : try Geometry(geoJSON: Self.shifted(shape.geoJSON(), by: offset), context: context)
                guard try shifted.intersects(window) else { continue }
                let clipped = try shifted.intersection(window)
                countriesInView.append(region.countryCode)
                svg.path(Self.path(try GeoJSONGeometry.read(clipped.geoJSON()), projection), style: "fill:#f6f3ea;stroke:#7d7d7d;stroke-width:1")
                if try clipped.area() > 0.02 * (projection.east - projection.west) * (projection.north - projection.south) {
                    let point = try clipped.pointOnSurface().coordinate()
                    labels.append((region.name.uppercased(), projection.point([point.longitude, point.latitude])))
                }
            }
        }
        for (_, wkb) in try index.outlines(of: .admin1, countries: countriesInView) where !crosses {
            let shape = try Geometry(wkb: wkb, context: context)
            guard try shape.intersects(window) else { continue }
            svg.path(Self.path(try GeoJSONGeometry.read(shape.intersection(window).boundary().geoJSON()), projection),
                     style: "fill:none;stroke:#b9b2a0;stroke-width:0.6;stroke-dasharray:3,2")
        }
        for (text, point) in labels {
            svg.text(text, x: point.x, y: point.y, style: "font:bold 13px sans-serif;fill:#9a9486;letter-spacing:2px", anchor: "middle")
        }

        // The features: polygons, then lines, then points with their names.
        for feature in collection.features {
            guard let geometry = feature.geometry else { continue }
            let shiftedGeometry = Self.map(geometry, shift)
            // Each feature's simplestyle properties (stroke, fill…) override the defaults.
            let style = SimpleStyle(feature.properties)
            switch shiftedGeometry {
            case .polygon, .multiPolygon:
                svg.path(Self.path(shiftedGeometry, projection), style: style.svgStyle(over: [
                    ("fill", "#e67e22"), ("fill-opacity", "0.15"), ("stroke", "#e67e22"), ("stroke-width", "1.5")]))
            case .lineString, .multiLineString:
                svg.path(Self.path(shiftedGeometry, projection), style: style.svgStyle(over: [
                    ("fill", "none"), ("stroke", "#c0392b"), ("stroke-width", "3"), ("stroke-linejoin", "round"),
                    ("stroke-linecap", "round")]))
            default:
                break
            }
        }
        for feature in collection.features {
            guard let geometry = feature.geometry else { continue }
            for position in Self.points(of: Self.map(geometry, shift)) {
                let p = projection.point(position)
                svg.circle(x: p.x, y: p.y, radius: 5, style: "fill:\(SimpleStyle(feature.properties).markerColor ?? "#1f3a5f");stroke:#ffffff;stroke-width:1.5")
                if case .string(let name)? = feature.properties?["name"] {
                    svg.text(name, x: p.x + 8, y: p.y - 7, style: "font:14px sans-serif;fill:#1f2d3d;paint-order:stroke;stroke:#ffffff;stroke-width:3px")
                }
            }
        }

        // Title, scale bar, attribution.
        if let title { svg.text(title, x: 16, y: 30, style: "font:bold 20px sans-serif;fill:#1f2d3d;paint-order:stroke;stroke:#ffffff;stroke-width:4px") }
        let bar = Self.scaleBar(metresPerPixel: projection.metresPerPixel, maximumPixels: projection.width / 4)
        let y = projection.height - 24
        svg.rectangle(x: 16, y: y, width: bar.pixels, height: 6, style: "fill:#1f2d3d")
        svg.text(bar.label, x: 16 + bar.pixels + 8, y: y + 7, style: "font:13px sans-serif;fill:#1f2d3d")
        svg.text("Places: GeoNames (CC BY 4.0). Boundaries: Natural Earth. Lines: geodesics, not roads.",
                 x: projection.width - 12, y: projection.height - 10, style: "font:11px sans-serif;fill:#555555", anchor: "end")
        return svg.document
    }

    /// Refuses positions off the globe (beyond ``coordinateTolerance``), which would make the
    /// projection's arithmetic overflow, with the first offending feature's number.
    static func checkPositions(_ collection: FeatureCollection) throws(MapError) {
        let longitudeLimit = 180 + coordinateTolerance, latitudeLimit = 90 + coordinateTolerance
        for (number, feature) in collection.features.enumerated() {
            guard let geometry = feature.geometry else { continue }
            for position in positions(geometry) where position.count >= 2 {
                let longitude = position[0], latitude = position[1]
                guard longitude.isFinite, latitude.isFinite, abs(longitude) <= longitudeLimit, abs(latitude) <= latitudeLimit else {
                    throw .coordinateOutOfRange(feature: number + 1, longitude: longitude, latitude: latitude)
                }
            }
        }
    }

    /// A round length (1, 2 or 5 × 10ⁿ km or m) that fits in the given pixels.
    static func scaleBar(metresPerPixel: Double, maximumPixels: Double) -> (pixels: Double, label: String) {
        // The globe is 40,075 km around: no bar needs more (and the loop below stays finite).
        let maximum = min(metresPerPixel * maximumPixels, 40_075_000)
        var best = 1.0
        var magnitude = 1.0
        while magnitude <= maximum {
            for step in [1.0, 2, 5] where step * magnitude <= maximum { best = step * magnitude }
            magnitude *= 10
        }
        let label = best >= 1000 ? "\(Int(best / 1000)) km" : "\(Int(best)) m"
        return (best / metresPerPixel, label)
    }

    static func positions(_ geometry: GeoJSONGeometry) -> [Position] {
        switch geometry {
        case .point(let p): return [p]
        case .multiPoint(let ps), .lineString(let ps): return ps
        case .multiLineString(let pss), .polygon(let pss): return Array(pss.joined())
        case .multiPolygon(let psss): return Array(psss.joined().joined())
        case .geometryCollection(let gs): return gs.flatMap(positions)
        }
    }

    static func points(of geometry: GeoJSONGeometry) -> [Position] {
        switch geometry {
        case .point(let p): return [p]
        case .multiPoint(let ps): return ps
        case .geometryCollection(let gs): return gs.flatMap(points)
        default: return []
        }
    }

    static func map(_ geometry: GeoJSONGeometry, _ f: (Position) -> Position) -> GeoJSONGeometry {
        switch geometry {
        case .point(let p): return .point(f(p))
        case .multiPoint(let ps): return .multiPoint(ps.map(f))
        case .lineString(let ps): return .lineString(ps.map(f))
        case .multiLineString(let pss): return .multiLineString(pss.map { $0.map(f) })
        case .polygon(let pss): return .polygon(pss.map { $0.map(f) })
        case .multiPolygon(let psss): return .multiPolygon(psss.map { $0.map { $0.map(f) } })
        case .geometryCollection(let gs): return .geometryCollection(gs.map { map($0, f) })
        }
    }

    /// SVG path data: M/L per line or ring, Z closing rings.
    static func path(_ geometry: GeoJSONGeometry, _ projection: MapProjection) -> String {
        func line(_ ps: [Position], close: Bool) -> String {
            guard let first = ps.first else { return "" }
            var d = ""
            let start = projection.point(first)
            d += "M\(fmt(start.x)),\(fmt(start.y))"
            for p in ps.dropFirst() {
                let q = projection.point(p)
                d += "L\(fmt(q.x)),\(fmt(q.y))"
            }
            return close ? d + "Z" : d
        }
        switch geometry {
        case .point, .multiPoint: return ""
        case .lineString(let ps): return line(ps, close: false)
        case .multiLineString(let pss): return pss.map { line($0, close: false) }.joined()
        case .polygon(let pss): return pss.map { line($0, close: true) }.joined()
        case .multiPolygon(let psss): return psss.flatMap { $0.map { line($0, close: true) } }.joined()
        case .geometryCollection(let gs): return gs.map { path($0, projection) }.joined()
        }
    }

    static func fmt(_ value: Double) -> String { SVGDocument.number(value) }

    /// GeoJSON text with every longitude moved by `offset` degrees.
    static func shifted(_ text: String, by offset: Double) throws -> String {
        let geometry = try GeoJSONGeometry.read(text)
        let moved = map(geometry) { [$0[0] + offset] + $0.dropFirst() }
        return String(decoding: try JSONEncoder().encode(moved), as: UTF8.self)
    }
}
