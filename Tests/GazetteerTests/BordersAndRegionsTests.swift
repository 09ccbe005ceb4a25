import Gazetteer
import Geodesy
import Geometry
import Testing
import TestSupport

@Suite("Land borders and containment", .serialized)
struct BordersAndRegionsTests {
    private func place(_ name: String) throws -> Place { try TestGazetteer.place(name) }

    @Test("Jarablus is a border town: Turkey within 5 km")
    func jarablus() throws {
        let borders = try TestGazetteer.index().landBorders(of: place("Jarablus"))
        let nearest = try #require(borders.first)
        #expect(nearest.neighbour.code == "TR")
        // The Euphrates crossing into Karkamış is just north of the town.
        #expect(nearest.distance.kilometres < 5)
        #expect(nearest.nearestPoint.latitude > 36.8175, "the border is north of the town")
        #expect(!nearest.pointIsInNeighbourPolygon)
        // Every GeoNames land neighbour of Syria is listed once.
        #expect(Set(borders.map(\.neighbour.code)) == ["TR", "IQ", "JO", "IL", "LB"])
    }

    @Test("the nearest border found lazily is the nearest of all borders", arguments: [
        "Jarablus", "Kilis", "Nusaybin", "Homs", "Damascus", "Latakia", "Gaziantep", "Antakya", "Van", "Edirne", "Hakkari",
    ])
    func nearestIsNearestOfAll(name: String) throws {
        let place = try place(name)
        let context = try GEOSContext()
        let all = try CountryBorders(countryCode: place.countryCode, index: TestGazetteer.index(), context: context)
            .borders(from: place.coordinate)
        // A fresh object, so that no border is already worked out.
        let lazy = try CountryBorders(countryCode: place.countryCode, index: TestGazetteer.index(), context: context)
        let nearest = try #require(try lazy.nearestBorder(from: place.coordinate))
        #expect(nearest.neighbour.code == all.first?.neighbour.code)
        #expect(nearest.distance == all.first?.distance)
        // Restricted to one neighbour: the same as that neighbour's entry in the full list.
        for border in all {
            let only = try lazy.nearestBorder(from: place.coordinate, among: [border.neighbour.code])
            #expect(only?.distance == border.distance, "\(name) to \(border.neighbour.code)")
        }
    }

    @Test("a point on the wrong side of the simplified border is flagged")
    func kobani() throws {
        let nearest = try #require(try TestGazetteer.index().landBorders(of: place("Kobani")).first)
        #expect(nearest.neighbour.code == "TR")
        #expect(nearest.pointIsInNeighbourPolygon)
        #expect(nearest.distance.kilometres < 3)
    }

    @Test("coastlines are not borders")
    func coastalCity() throws {
        // Latakia sits on the Mediterranean coast; its nearest land border is Turkey's, some
        // 50 km north by the map, not the sea a few hundred metres away.
        let latakia = try place("Latakia")
        #expect(latakia.countryCode == "SY")
        let nearest = try #require(try TestGazetteer.index().landBorders(of: latakia).first)
        #expect(nearest.neighbour.code == "TR")
        #expect(nearest.distance.kilometres > 20 && nearest.distance.kilometres < 80)
    }

    @Test("Homs lies in Homs Governorate, not in Aleppo")
    func homsGovernorate() throws {
        let index = try TestGazetteer.index()
        let homs = try place("Homs")
        let governorate = try #require(try index.regions(named: "Homs Governorate", preferredCountry: "SY").first)
        #expect(governorate.name == "Homs (Hims)" && governorate.kind == .admin1)
        #expect(try index.regions(named: "Muhafazat Hims").first == governorate)
        let inside = try index.containment(of: homs, in: governorate)
        #expect(inside.isWithin && inside.byRecord == true && inside.byPolygon)
        #expect(inside.distanceToBoundary.kilometres > 5)
        let aleppo = try #require(try index.regions(named: "Aleppo", preferredCountry: "SY").first)
        #expect(try !index.containment(of: homs, in: aleppo).isWithin)
        let syria = try #require(try index.regions(named: "Syria").first)
        #expect(syria.kind == .country && syria.countryCode == "SY")
        #expect(try index.containment(of: homs, in: syria).isWithin)
    }

    @Test("the record wins over a simplified polygon")
    func recordOverPolygon() throws {
        let index = try TestGazetteer.index()
        let turkey = try #require(try index.regions(named: "Turkey").first)
        let check = try index.containment(of: place("Kobani"), in: turkey)
        #expect(check.byPolygon)
        #expect(check.byRecord == false)
        #expect(!check.isWithin)
    }
}
