import Geodesy
import Roads

/// The text of `geocheck roads list`: a line per database with its area and sizes.
enum RoadsList {
    static func table(_ databases: [RoadDatabase]) -> String {
        let header = ["NAME", "AREA (S, W – N, E)", "SIZE", "EXTRACT", "IMPORTED"]
        let rows = databases.map { database in
            [database.name, area(database.coverage), megabytes(database.databaseBytes),
             "\(database.sourceFile) (\(megabytes(database.sourceBytes)))", database.importedAt]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingSuffixSpaces()
        }.joined(separator: "\n")
    }

    /// "60.1642, 24.9352 – 60.1791, 24.9534 (1.0 × 1.7 km)".
    static func area(_ box: BoundingBox) -> String {
        let size = box.size
        return "\(box.south.formatted(fractionDigits: 4)), \(box.west.formatted(fractionDigits: 4)) – "
            + "\(box.north.formatted(fractionDigits: 4)), \(box.east.formatted(fractionDigits: 4)) "
            + "(\(size.width.formatted(fractionDigits: 1)) × \(size.height.formatted(fractionDigits: 1)))"
    }

    static func megabytes(_ bytes: Int64) -> String {
        "\((Double(bytes) / 1_000_000).formatted(fractionDigits: 2)) MB"
    }
}

private extension String {
    func trimmingSuffixSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
