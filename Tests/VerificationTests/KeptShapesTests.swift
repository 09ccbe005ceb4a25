import Foundation
import Gazetteer
import Testing
import TestSupport
import Verification

/// Checks share region outlines and border lines kept from earlier texts (``RegionShapes``):
/// a text checked after others reads exactly as it does checked first.
@Suite("Checking text after text", .serialized)
struct KeptShapesTests {
    private let texts = [
        "Jarablus, a border town, fell. Kilis, near the Syrian border, took in the wounded.",
        "Saraqib, a town in Idlib province, emptied. Homs, in central Syria, was calm.",
        "Azaz, 5 km from the border with Turkey, was shelled. Latakia, in north-western Syria, was quiet.",
        "Nusaybin, on the Syrian border, and Hakkari, near the Iraqi border, held protests.",
    ]

    private func report(_ text: String, index: GazetteerIndex) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(Verifier(index: index).check(text)), as: UTF8.self)
    }

    @Test("each text's report is the same checked first, after the others, and again")
    func sameReportAfterOthers() throws {
        let files = try TestGazetteer.shared.get().files
        var first: [String] = []
        for text in texts {
            // A new index each time: no shapes or tables kept from another text.
            first.append(try report(text, index: GazetteerIndex.open(files: files)))
        }
        let index = try GazetteerIndex.open(files: files)
        for round in 0..<2 {
            for (i, text) in texts.enumerated().reversed() {
                #expect(try report(text, index: index) == first[i], "text \(i), round \(round)")
            }
        }
    }
}
