import Gazetteer
import Geodesy
import Geometry
import Testing
import TestSupport

/// Region shapes and land borders kept from one check to the next answer as freshly made ones
/// do, and are lent to one borrower at a time.
@Suite("Region shapes kept between checks", .serialized)
struct RegionShapesTests {
    private let names = ["Jarablus", "Kilis", "Nusaybin", "Homs", "Damascus", "Latakia", "Gaziantep", "Kobani", "Hakkari"]

    /// The test subset opened anew: shapes and tables of its own, lent to no other test.
    private func privateIndex() throws -> GazetteerIndex {
        try GazetteerIndex.open(files: TestGazetteer.shared.get().files)
    }

    @Test("borders kept with the shapes measure as borders made afresh, for the borrower after too")
    func keptBordersMeasureAsFresh() throws {
        let index = try TestGazetteer.index()
        for round in 0..<2 {
            let shapes = try index.borrowRegionShapes()
            defer { index.giveBack(shapes) }
            for name in names {
                let place = try TestGazetteer.place(name)
                let fresh = try CountryBorders(countryCode: place.countryCode, index: index, context: GEOSContext())
                let kept = try shapes.borders(of: place.countryCode, in: index)
                #expect(try kept.borders(from: place.coordinate) == fresh.borders(from: place.coordinate), "\(name), round \(round)")
                #expect(try kept.nearestBorder(from: place.coordinate) == fresh.nearestBorder(from: place.coordinate))
                #expect(try shapes.borders(of: place.countryCode, in: index) === kept, "kept, not made again")
            }
        }
    }

    @Test("containment on kept outlines is containment on outlines made afresh")
    func keptContainment() throws {
        let index = try TestGazetteer.index()
        let syria = try #require(try index.countryRegion(code: "SY"))
        let homs = try #require(try index.regions(named: "Homs Governorate").first)
        let shapes = try index.borrowRegionShapes()
        defer { index.giveBack(shapes) }
        for name in names {
            let place = try TestGazetteer.place(name)
            for region in [syria, homs] {
                let kept = try index.containment(of: place, in: region, shapes: shapes)
                #expect(kept == (try index.containment(of: place, in: region)), "\(name) in \(region.name)")
            }
        }
    }

    @Test("shapes given back are lent again; two borrowed at once are different")
    func lentOneAtATime() throws {
        let index = try privateIndex()
        let first = try index.borrowRegionShapes()
        let second = try index.borrowRegionShapes()
        #expect(first !== second)
        index.giveBack(first)
        let again = try index.borrowRegionShapes()
        #expect(again === first)
        index.giveBack(again)
        index.giveBack(second)
    }

    @Test("a second connection answers from the same countries and regions, and lends the same shapes")
    func readerShares() throws {
        let index = try privateIndex()
        let reader = try index.openReader()
        #expect(try reader.country(code: "sy") == index.country(code: "SY"))
        #expect(try reader.country(code: "SY")?.neighbours.sorted() == ["IL", "IQ", "JO", "LB", "TR"])
        #expect(try reader.countryRegion(code: "tr") == index.countryRegion(code: "TR"))
        #expect(try reader.countryCode(named: "Syria") == "SY")
        #expect(try reader.countryCode(named: "Nowhere Land") == nil)
        #expect(try reader.country(code: "XX") == nil)
        let shapes = try index.borrowRegionShapes()
        reader.giveBack(shapes)
        let borrowed = try reader.borrowRegionShapes()
        #expect(borrowed === shapes)
        index.giveBack(borrowed)
    }
}
