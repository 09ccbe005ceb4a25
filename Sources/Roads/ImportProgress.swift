/// How far an import has got, for a progress bar.
public struct ImportProgress: Sendable, Hashable {
    /// What the engine is doing: "reading", "sorting", "processing", "pruning", "writing", "measuring".
    public var stage: String
    /// The share of the whole import done, 0...1.
    public var fraction: Double
    /// Bytes of the extract read so far.
    public var bytesRead: Int64

    /// A point in an import.
    public init(stage: String, fraction: Double, bytesRead: Int64) {
        self.stage = stage
        self.fraction = fraction
        self.bytesRead = bytesRead
    }
}

/// Reads `planetsplitter`'s running output ("Reading: Bytes=123 Nodes=…" redrawn with carriage
/// returns, then a heading per stage) into ``ImportProgress``. Reading the file is taken as 70 %
/// of the work, as it is in the runs measured here.
struct PlanetsplitterProgress {
    let fileBytes: Int64
    private(set) var current = ImportProgress(stage: "reading", fraction: 0, bytesRead: 0)
    private var pending = ""

    init(fileBytes: Int64) { self.fileBytes = fileBytes }

    private static let stages: [(heading: String, stage: String, fraction: Double)] = [
        ("Sort OSM Data", "sorting", 0.72), ("Process OSM Data", "processing", 0.78),
        ("Prune Unneeded Data", "pruning", 0.88), ("Write Out Database Files", "writing", 0.96),
    ]

    /// Takes a chunk of output; returns the progress when it moved.
    mutating func consume(_ chunk: String) -> ImportProgress? {
        pending += chunk
        var lines = pending.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }).map(String.init)
        pending = lines.removeLast()
        let before = current
        for line in lines { read(line) }
        return current == before ? nil : current
    }

    private mutating func read(_ line: String) {
        if let stage = Self.stages.first(where: { line.hasPrefix($0.heading) }) {
            current.stage = stage.stage
            current.fraction = max(current.fraction, stage.fraction)
        } else if current.stage == "reading", let range = line.range(of: "Bytes=") {
            let digits = line[range.upperBound...].prefix { $0.isNumber }
            if let bytes = Int64(digits), fileBytes > 0 {
                current.bytesRead = bytes
                current.fraction = max(current.fraction, 0.7 * min(Double(bytes) / Double(fileBytes), 1))
            }
        }
    }
}
