import Foundation

/// Builds a road database from an OpenStreetMap extract (`.osm.pbf`) with Routino's
/// `planetsplitter`, for cars, into a ``RoadStore``.
///
/// The profile: Routino's driving tagging rules (`tagging-drive.xml`: the highways a motor car
/// may use, their one-way and access tags, turn restrictions) and its `motorcar` routing profile.
/// Groups of roads shorter than 500 m cut off from the rest are dropped; every other road node
/// is kept, so a path follows the road's own geometry.
public struct RoadImporter: Sendable {
    /// Where the databases go.
    public let store: RoadStore
    /// The Routino transport profile the database is routed with.
    public static let profile = "motorcar"

    /// An importer into `store`.
    public init(store: RoadStore) {
        self.store = store
    }

    /// Imports `file` under `name` (default: the file name without `.osm.pbf`), replacing a
    /// database of that name only when the whole import succeeded.
    ///
    /// - Parameter progress: Called as the engine works (from the calling thread).
    /// - Throws: ``RoadError`` with a message for the user; the store is then as it was.
    @discardableResult
    public func importExtract(_ file: URL, name: String? = nil,
                              progress: (@Sendable (ImportProgress) -> Void)? = nil) throws(RoadError) -> RoadDatabase {
        let name = name ?? Self.defaultName(for: file)
        try RoadStore.validate(name: name)
        let path = file.path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              (attributes[.type] as? FileAttributeType) != .typeDirectory,
              FileManager.default.isReadableFile(atPath: path) else { throw .unreadableFile(path: path) }
        let bytes = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        try PBFSignature.check(file)
        let splitter = ExternalProgram(name: "planetsplitter")
        let fileInfo = ExternalProgram(name: "osmium")
        _ = try splitter.locate()
        _ = try fileInfo.locate()

        store.removeAbandoned()
        let staging = try store.makeStaging(name: name)
        do throws(RoadError) {
            try split(file, bytes: bytes, into: staging, with: splitter, progress: progress)
            progress?(ImportProgress(stage: "measuring", fraction: 0.98, bytesRead: bytes))
            let coverage = try Self.coverage(of: file, with: fileInfo)
            let database = RoadDatabase(name: name, coverage: coverage, sourceFile: file.lastPathComponent,
                                        sourceBytes: bytes, databaseBytes: Self.size(of: staging),
                                        importedAt: ISO8601DateFormatter().string(from: Date()), profile: Self.profile)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            do {
                try encoder.encode(database).write(to: staging.appendingPathComponent(RoadDatabase.metadataFile))
            } catch {
                throw RoadError.engine("cannot write to \(staging.path): \(error.localizedDescription)")
            }
            try store.commit(staging: staging, as: name)
            progress?(ImportProgress(stage: "done", fraction: 1, bytesRead: bytes))
            var result = database
            result.directory = staging
            return result
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// "helsinki" for "Helsinki.osm.pbf": the file name without its endings, lower-cased, with
    /// characters a name may not hold turned into '-'.
    public static func defaultName(for file: URL) -> String {
        var base = file.lastPathComponent
        for ending in [".osm.pbf", ".pbf"] where base.lowercased().hasSuffix(ending) {
            base = String(base.dropLast(ending.count))
            break
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        let cleaned = String(base.lowercased().map { allowed.contains($0) ? $0 : "-" })
        let trimmed = cleaned.drop { $0 == "." }
        return trimmed.isEmpty ? "extract" : String(trimmed)
    }

    private func split(_ file: URL, bytes: Int64, into staging: URL, with splitter: ExternalProgram,
                       progress: (@Sendable (ImportProgress) -> Void)?) throws(RoadError) {
        // Every node of every road is kept (no pruning of short segments or of nodes on nearly
        // straight stretches), so that paths and lengths follow the roads; only groups of roads
        // under 500 m cut off from the rest are dropped, as Routino does by default.
        var arguments = ["--dir=\(staging.path)", "--prefix=\(RoadDatabase.enginePrefix)", "--tmpdir=\(staging.path)",
                         "--prune-none", "--prune-isolated=500"]
        if let tagging = try? Self.drivingTagging(splitter) { arguments.append("--tagging=\(tagging.path)") }
        arguments.append(file.path)
        let reader = ProgressReader(fileBytes: bytes, report: progress)
        let outcome = try splitter.run(arguments) { reader.consume($0) }
        guard outcome.status == 0 else {
            throw Self.diagnose(output: outcome.standardOutput + "\n" + outcome.standardError, path: file.path)
        }
        // The engine's scratch files, if any were left.
        if let names = try? FileManager.default.contentsOfDirectory(atPath: staging.path) {
            for name in names where name.hasSuffix(".tmp") {
                try? FileManager.default.removeItem(at: staging.appendingPathComponent(name))
            }
        }
    }

    /// Routino's rules for driving, installed beside the program (`…/share/routino/tagging-drive.xml`).
    static func drivingTagging(_ splitter: ExternalProgram) throws(RoadError) -> URL? {
        let prefix = try splitter.locate().resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        let file = prefix.appendingPathComponent("share/routino/tagging-drive.xml")
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }

    /// What a failed `planetsplitter` run means, from its log.
    static func diagnose(output: String, path: String) -> RoadError {
        let lines = output.split(whereSeparator: { $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }
        if let parser = lines.first(where: { $0.contains("PBF Parser: Error") }) {
            // "PBF Parser: Error at byte 4: BlobHeader length is wrong" → the message after the
            // position (Routino's byte count runs ahead of where it failed).
            var detail = parser.components(separatedBy: "Error").last?.trimmingCharacters(in: CharacterSet(charactersIn: " :.")) ?? parser
            if detail.hasPrefix("at byte "), let colon = detail.firstIndex(of: ":") {
                detail = detail[detail.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            return .damagedExtract(path: path, detail: detail)
        }
        if let read = lines.last(where: { $0.hasPrefix("Read:") }), read.contains("Nodes=0 Ways=0 Relations=0") {
            return .emptyExtract(path: path)
        }
        if lines.contains(where: { $0.contains("Highway Nodes=0") || $0.hasPrefix("Checked Ways for unused Nodes: Ways=0") }) {
            return .noRoads(path: path)
        }
        return .importFailed(path: path, detail: lines.last(where: { !$0.isEmpty }) ?? "planetsplitter failed")
    }

    /// The bounding box of the extract's nodes, from `osmium fileinfo -e -j`.
    static func coverage(of file: URL, with fileInfo: ExternalProgram) throws(RoadError) -> BoundingBox {
        let outcome = try fileInfo.run(["fileinfo", "-e", "-j", file.path])
        struct Info: Decodable {
            struct DataPart: Decodable { let bbox: [Double] }
            let data: DataPart
        }
        guard outcome.status == 0,
              let info = try? JSONDecoder().decode(Info.self, from: Data(outcome.standardOutput.utf8)),
              info.data.bbox.count == 4 else {
            throw .damagedExtract(path: file.path, detail: outcome.standardError.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let box = info.data.bbox
        return BoundingBox(south: box[1], west: box[0], north: box[3], east: box[2])
    }

    static func size(of folder: URL) -> Int64 {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.reduce(0) { total, name in
            let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size]) as? NSNumber
            return total + (size?.int64Value ?? 0)
        }
    }
}

/// Turns the engine's output chunks into progress calls (chunks come on the importing thread).
private final class ProgressReader: @unchecked Sendable {
    private var parser: PlanetsplitterProgress
    private let report: (@Sendable (ImportProgress) -> Void)?

    init(fileBytes: Int64, report: (@Sendable (ImportProgress) -> Void)?) {
        parser = PlanetsplitterProgress(fileBytes: fileBytes)
        self.report = report
    }

    func consume(_ chunk: String) {
        if let progress = parser.consume(chunk) { report?(progress) }
    }
}
