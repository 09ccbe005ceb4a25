import Foundation
import Gazetteer
import Geodesy
import Geometry

/// Where a place lies within a region, and whether that matches "northern", "south-western",
/// "central".
///
/// A direction holds when either of two views agrees:
/// - the bearing from the region's centroid to the place is within the tolerance model's angle
///   of the direction (45° for north, 35° for north-west), or
/// - the place lies in the named part of the region's bounding box, with a tenth of slack
///   (the northern 60 % for "northern"; for "north-western", the northern and the western
///   60 %): such words are loose, and a place just south of the middle is still called northern.
///
/// For a direction between two cardinal ones ("south-western"), it also holds when the place
/// lies clearly in one of the two halves (its outer 30 %) and not clearly in the opposite of the
/// other (its outer 20 %).
///
/// "central" holds when the place lies in the middle half of the bounding box one way and
/// away from the outer tenth the other way (reports call Homs, on Syria's western side but
/// halfway up it, a city in central Syria; Damascus, in its south-western corner, is not).
///
/// Just outside those bounds (a tenth of the region more, or the tolerance model's grey zone of
/// angle) the claim is too close to call wrong: ``RegionPosition/isBorderline``.
///
/// A region of several parts is judged by its largest (metropolitan France without its
/// overseas departments, the contiguous United States without Alaska and Hawaii).
struct RegionPosition {
    var holds: Bool
    /// Whether the place, where the direction does not hold, lies just outside the part named:
    /// a loose word for a place near the line is not a false one.
    var isBorderline = false
    var measured: ClaimMeasurement
    var accepted: AcceptedRange
    var explanation: String
}

extension ClaimChecker {
    /// - Parameter unnamed: The text does not name the region ("Gaza City in the north"): the
    ///   part of it the place lies on, however small, is a frame the words may mean too.
    func position(of place: Place, in region: Region, direction: CompassDirection?, central: Bool,
                  unnamed: Bool = false) throws -> RegionPosition {
        let outline = try shapes.outline(of: region, in: index)
        let main = try Self.mainPart(of: outline, holding: place.coordinate)
        let frame = try Frame(main)
        let own = try position(of: place, in: frame, named: region.name, direction: direction, central: central)
        guard !own.holds else { return own }
        var best = own
        // "the northern Philippine province of Cavite": an archipelago's sides are those of its
        // main islands together, not of the largest (Luzon) alone.
        if let group = try Self.nearParts(of: outline, around: frame.centre) {
            let across = try position(of: place, in: group, named: "the main parts of " + region.name + " together", direction: direction, central: central)
            if across.holds || (across.isBorderline && !best.isBorderline) { best = across }
        }
        // "Gaza City in the north", said of the Gaza Strip, not of Palestine with the West Bank.
        // (A coast drawn coarsely may leave a port just outside its part: the nearest part
        // within ``ownPartReach``.)
        if unnamed, !best.holds, outline.partCount > 1 {
            var nearest: (part: Geometry, metres: Double)?
            for index in 0..<outline.partCount {
                let part = try outline.part(at: index)
                // (An archipelago has thousands of islets: their boxes first, a tenth of a degree wider.)
                let box = try part.envelope().coordinates()
                guard let south = box.map(\.latitude).min(), let north = box.map(\.latitude).max(),
                      let west = box.map(\.longitude).min(), let east = box.map(\.longitude).max(),
                      (south - 0.1...north + 0.1).contains(place.coordinate.latitude),
                      (west - 0.1...east + 0.1).contains(place.coordinate.longitude) else { continue }
                let metres = try part.distance(from: place.coordinate).metres
                if metres <= Self.ownPartReach, metres < nearest?.metres ?? .infinity { nearest = (part, metres) }
            }
            if let part = nearest?.part, !(try part.isTopologicallyEqual(to: main)) {
                let local = try position(of: place, in: try Frame(part), named: "the part of \(region.name) around \(place.name)",
                                         direction: direction, central: central)
                // Where no frame holds, the place's own part is the one to explain by.
                if local.holds || local.isBorderline || !best.isBorderline { best = local }
            }
        }
        return best
    }

    /// What a position is judged against: a centre and a bounding box.
    struct Frame {
        var centre: Coordinate
        var south: Double, north: Double, west: Double, east: Double

        init(centre: Coordinate, south: Double, north: Double, west: Double, east: Double) {
            (self.centre, self.south, self.north, self.west, self.east) = (centre, south, north, west, east)
        }

        init(_ shape: Geometry) throws {
            let corners = try shape.envelope().coordinates()
            let latitudes = corners.map(\.latitude), longitudes = corners.map(\.longitude)
            guard let south = latitudes.min(), let north = latitudes.max(), let west = longitudes.min(), let east = longitudes.max() else {
                throw VerificationError.geometry(.geos(operation: "envelope", message: "an outline is empty"))
            }
            self.init(centre: try shape.centroid().coordinate(), south: south, north: north, west: west, east: east)
        }
    }

    /// How far from a place the part of its country it lies on may be drawn (coarse coasts).
    static let ownPartReach = 10_000.0

    /// How far a part may lie from the main one to count among a country's main parts.
    static let nearPartReach = 1_500_000.0

    /// The frame of a region's main parts together: every polygon of at least a hundredth of
    /// the largest's area whose centre lies within ``nearPartReach`` of the main part's. Nil when
    /// that is the main part alone (overseas territories lie farther).
    static func nearParts(of outline: Geometry, around mainCentre: Coordinate) throws -> Frame? {
        guard outline.partCount > 1 else { return nil }
        var parts: [(part: Geometry, area: Double)] = []
        for index in 0..<outline.partCount {
            let part = try outline.part(at: index)
            parts.append((part, try part.area()))
        }
        guard let largest = parts.map(\.area).max() else { return nil }
        // Frames only for the parts large enough to count (an archipelago has thousands of islets).
        var near: [(frame: Frame, area: Double)] = []
        for (part, area) in parts where area >= largest / 100 {
            let frame = try Frame(part)
            if Geodesic.wgs84.inverse(from: mainCentre, to: frame.centre).distance.metres <= nearPartReach { near.append((frame, area)) }
        }
        guard near.count > 1 else { return nil }
        let total = near.reduce(0) { $0 + $1.area }
        let centre = Coordinate(latitude: near.reduce(0) { $0 + $1.frame.centre.latitude * $1.area } / total,
                                longitude: near.reduce(0) { $0 + $1.frame.centre.longitude * $1.area } / total)
        return Frame(centre: centre, south: near.map(\.frame.south).min()!, north: near.map(\.frame.north).max()!,
                     west: near.map(\.frame.west).min()!, east: near.map(\.frame.east).max()!)
    }

    private func position(of place: Place, in frame: Frame, named name: String, direction: CompassDirection?,
                          central: Bool) throws -> RegionPosition {
        let (centre, south, north, west, east) = (frame.centre, frame.south, frame.north, frame.west, frame.east)
        let across = east > west ? (place.coordinate.longitude - west) / (east - west) : 0.5
        let up = north > south ? (place.coordinate.latitude - south) / (north - south) : 0.5
        let fromCentre = Geodesic.wgs84.inverse(from: centre, to: place.coordinate)
        let measured = ClaimMeasurement(distance: fromCentre.distance, bearing: fromCentre.initialBearing, between: "from the centre of \(name)")
        let where_ = "\(Int((across * 100).rounded()))% of the way west→east and \(Int((up * 100).rounded()))% south→north across \(name)"
        if central || direction == nil {
            let middle = 0.25...0.75, inner = 0.1...0.9
            // A country more than twice as long as it is wide (Vietnam, Chile, Malawi) has its
            // middle along its length: "central Quang Ngai province", on Vietnam's eastern coast.
            let northSouth = north - south, eastWest = (east - west) * cos((north + south) / 2 * .pi / 180)
            let holds = (middle.contains(across) && inner.contains(up)) || (middle.contains(up) && inner.contains(across))
                || (northSouth > 2 * eastWest && middle.contains(up)) || (eastWest > 2 * northSouth && middle.contains(across))
            // "the central, coastal town of Misrata": the middle one way, near an edge the other.
            let outer = 0.05...0.95
            let borderline = !holds && ((middle.contains(across) && outer.contains(up)) || (middle.contains(up) && outer.contains(across)))
            return RegionPosition(holds: holds, isBorderline: borderline, measured: measured, accepted: AcceptedRange(),
                                  explanation: "\(place.name) lies \(where_): \(holds ? "" : "not ")central"
                                      + (borderline ? ", but too close to the middle to call it wrong" : ""))
        }
        let direction = direction!
        let allowed = model.allowedAngle(for: direction)
        let angle = direction.angle(to: fromCentre.initialBearing)
        let radians = direction.bearing * .pi / 180
        let northward = cos(radians), eastward = sin(radians)
        // In the named part of the bounding box, with `slack` beyond its middle.
        func inHalf(slack: Double) -> Bool {
            var inside = true
            if northward > 0.3 { inside = inside && up >= 0.5 - slack }
            if northward < -0.3 { inside = inside && up <= 0.5 + slack }
            if eastward > 0.3 { inside = inside && across >= 0.5 - slack }
            if eastward < -0.3 { inside = inside && across <= 0.5 + slack }
            return inside
        }
        // For "south-western" and the like, one half clearly held and the other not clearly
        // contradicted is enough: "the southwestern Arequipa region" of a country that runs
        // diagonally (Peru) lies far south but only a little east of the middle.
        func leaning(clearly: Double, against: Double) -> Bool {
            guard !direction.isCardinal else { return false }
            let northSouth = northward > 0 ? up : 1 - up, eastWest = eastward > 0 ? across : 1 - across
            return (northSouth >= clearly && eastWest >= against) || (eastWest >= clearly && northSouth >= against)
        }
        let holds = angle <= allowed || inHalf(slack: 0.1) || leaning(clearly: 0.7, against: 0.2)
        // "Bannu, in northwest Pakistan": 70 % of the way north and 60 % east, just past the line.
        let borderline = !holds && (angle <= allowed + model.directionGreyZone || inHalf(slack: 0.2)
            || leaning(clearly: 0.6, against: 0.1))
        let bearing = "\(fromCentre.initialBearing.formatted(fractionDigits: 0))° (\(CompassDirection(bearing: fromCentre.initialBearing).abbreviation)) from the centre"
        let verdict = holds ? "holds" : borderline ? "is just past the line: too close to call it wrong" : "does not hold"
        return RegionPosition(
            holds: holds, isBorderline: borderline, measured: measured, accepted: AcceptedRange(angle: allowed),
            explanation: "\(place.name) lies \(bearing), \(where_): \"\(direction.name)ern\" \(verdict)")
    }

    /// The part of a multipolygon a position is judged in: the largest polygon, or the one that
    /// holds the place when it is at least a quarter as large. Reports place a town within its
    /// own landmass: Pahang is "the eastern state" of Peninsular Malaysia, though Malaysia's
    /// largest part is on Borneo; a small island's town is placed within the mainland.
    static func mainPart(of shape: Geometry, holding coordinate: Coordinate? = nil) throws -> Geometry {
        guard shape.partCount > 1 else { return shape }
        var parts: [(part: Geometry, area: Double)] = []
        for index in 0..<shape.partCount {
            let part = try shape.part(at: index)
            parts.append((part, try part.area()))
        }
        guard let largest = parts.max(by: { $0.area < $1.area }) else { return shape }
        // Only a part at least a quarter of the largest can be chosen: the largest first, then those.
        if let coordinate {
            let point = try Geometry(point: coordinate, context: shape.context)
            if try largest.part.covers(point) { return largest.part }
            if let own = try parts.first(where: { try $0.area >= largest.area / 4 && $0.part.covers(point) }) {
                return own.part
            }
        }
        return largest.part
    }
}
