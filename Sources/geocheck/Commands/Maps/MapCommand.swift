import ArgumentParser
import Foundation
import GeoJSON
import Gazetteer
import Maps

/// `geocheck map FILE.geojson -o map.svg`: a picture of GeoJSON features over boundaries.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw a GeoJSON file as an SVG (or PNG) map over country and region boundaries.",
        discussion: "A .png output needs rsvg-convert (Debian librsvg2-bin) or ImageMagick's convert."
    )

    @Argument(help: "The GeoJSON FeatureCollection to draw ('-' for standard input).")
    var file: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The map file, .svg or .png.", valueName: "file"))
    var output: String

    @Option(name: .long, help: "A title; by default the first feature's label, if any.")
    var title: String?

    @Option(name: .long, help: "Width in pixels (300 to 4000).")
    var width: Double = 1000

    func validate() throws {
        guard (300...4000).contains(width) else { throw ValidationError("--width must be 300 to 4000") }
        let ending = (output as NSString).pathExtension.lowercased()
        guard ending == "svg" || ending == "png" else { throw ValidationError("-o must end in .svg or .png, not '\(output)'") }
    }

    func run() throws {
        let data = try BoundedInput.read(file, command: "map", advice: "draw fewer features")
        let name = file == "-" ? "standard input" : file
        let collection: FeatureCollection
        do {
            collection = try GeoJSONReader.featureCollection(from: data)
        } catch {
            throw CLIError.badInput(location: name, message: "not a GeoJSON FeatureCollection: \(Self.reason(error))")
        }
        var renderer = MapRenderer(index: try GazetteerAccess.open())
        renderer.width = width
        var heading = title
        if heading == nil, case .string(let label)? = collection.features.first?.properties?["label"] { heading = label }
        let svg: String
        do {
            svg = try renderer.svg(collection, title: heading)
        } catch {
            throw CLIError.badInput(location: name, message: "cannot draw: \(error)")
        }
        if output.lowercased().hasSuffix(".svg") {
            try OutputFile.write(Data(svg.utf8), to: output)
        } else {
            try Self.rasterize(svg, to: output)
        }
    }

    /// PNG through rsvg-convert or ImageMagick, whichever is installed.
    static func rasterize(_ svg: String, to path: String) throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("geocheck-map-\(UUID().uuidString).svg")
        TemporaryFiles.register(temporary.path)
        defer {
            try? FileManager.default.removeItem(at: temporary)
            TemporaryFiles.unregister(temporary.path)
        }
        try OutputFile.write(Data(svg.utf8), to: temporary.path)
        let candidates = [("/usr/bin/rsvg-convert", [temporary.path, "-o", path]), ("/usr/bin/convert", [temporary.path, path])]
        guard let (tool, arguments) = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.0) }) else {
            throw CLIError.file(path: path, message: "PNG needs rsvg-convert (apt-get install librsvg2-bin) or ImageMagick; write .svg instead")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError.file(path: path, message: "\(tool) could not write the PNG (exit \(process.terminationStatus))")
        }
    }

    static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.keyNotFound(let key, _): return "no '\(key.stringValue)' member"
        case DecodingError.typeMismatch(_, let context): return context.debugDescription
        case DecodingError.valueNotFound(_, let context): return context.debugDescription
        default: return "\(error)"
        }
    }
}
