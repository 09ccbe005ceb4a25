import Foundation
import Geometry

/// Region shapes made in one GEOS context and kept from one check to the next: outlines, their
/// boundaries and prepared forms, and each country's land borders (``CountryBorders``, whose
/// border lines are the costly part), each made the first time a check needs it. The index is
/// read-only, so none of them ever goes stale.
///
/// A process keeps a few of these per index file (``GazetteerIndex/borrowRegionShapes()``):
/// a server's checks reuse them instead of rebuilding outlines and border lines per request.
///
/// Threading: as ``GEOSContext``, one thread at a time; the shapes belong to ``context``.
/// Borrow one, use it on one thread, and give it back.
///
/// ```swift
/// let shapes = try index.borrowRegionShapes()
/// defer { index.giveBack(shapes) }
/// let borders = try shapes.borders(of: "SY", in: index)
/// ```
public final class RegionShapes {
    /// The context every shape here is made in.
    public let context: GEOSContext
    private var outlines: [Int: Geometry] = [:]
    private var boundaries: [Int: Geometry] = [:]
    private var prepared: [Int: PreparedGeometry] = [:]
    private var borders: [String: CountryBorders] = [:]

    /// An empty set, in a context of its own.
    public init() throws(GeometryError) {
        context = try GEOSContext()
    }

    /// The outline of `region` (read through `index` the first time).
    public func outline(of region: Region, in index: GazetteerIndex) throws(GazetteerError) -> Geometry {
        if let known = outlines[region.id] { return known }
        let made = try index.geometry(of: region, context: context)
        outlines[region.id] = made
        return made
    }

    /// The boundary of the outline of `region`.
    public func boundary(of region: Region, in index: GazetteerIndex) throws(GazetteerError) -> Geometry {
        if let known = boundaries[region.id] { return known }
        let made = try Self.shape(of: region) { try outline(of: region, in: index).boundary() }
        boundaries[region.id] = made
        return made
    }

    /// The outline of `region`, prepared for point-in-polygon tests.
    public func prepared(_ region: Region, in index: GazetteerIndex) throws(GazetteerError) -> PreparedGeometry {
        if let known = prepared[region.id] { return known }
        let made = try Self.shape(of: region) { try PreparedGeometry(outline(of: region, in: index)) }
        prepared[region.id] = made
        return made
    }

    /// The land borders of the country with ISO code `countryCode`, over the outlines kept here.
    public func borders(of countryCode: String, in index: GazetteerIndex) throws(GazetteerError) -> CountryBorders {
        if let known = borders[countryCode] { return known }
        let made = try CountryBorders(countryCode: countryCode, index: index, shapes: self)
        borders[countryCode] = made
        return made
    }

    /// A shape made from an outline, with a GEOS failure said as the index's error.
    private static func shape<Shape>(of region: Region, _ make: () throws -> Shape) throws(GazetteerError) -> Shape {
        do {
            return try make()
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw .database("region shape of \(region.name): \(error)")
        }
    }
}

/// The ``RegionShapes`` kept for one index file, lent to one borrower at a time.
///
/// Sendable though the shapes are not: a set is only ever in the idle list (touched under the
/// lock) or lent to exactly one borrower, who uses it on one thread and gives it back.
final class RegionShapesPool: @unchecked Sendable {
    /// At most this many sets are kept idle; more are dropped when given back.
    static let maximum = max(2, ProcessInfo.processInfo.activeProcessorCount)
    private let lock = NSLock()
    private var idle: [RegionShapes] = []

    /// An idle set, or a new one.
    func take() throws(GeometryError) -> RegionShapes {
        if let shapes = lock.withLock({ idle.popLast() }) { return shapes }
        return try RegionShapes()
    }

    /// Gives a set back for the next borrower.
    func put(_ shapes: RegionShapes) {
        lock.withLock {
            if idle.count < Self.maximum { idle.append(shapes) }
        }
    }

    /// How many sets are idle (for tests).
    var idleCount: Int { lock.withLock { idle.count } }
}

extension GazetteerIndex {
    /// Region shapes for this thread's use, kept from earlier borrowers of any connection to
    /// the same index file (or new); give them back with ``giveBack(_:)`` when done.
    public func borrowRegionShapes() throws(GazetteerError) -> RegionShapes {
        do {
            return try shared.shapes.take()
        } catch {
            throw .database("region shapes: \(error)")
        }
    }

    /// Returns shapes from ``borrowRegionShapes()`` for the next borrower.
    public func giveBack(_ shapes: RegionShapes) {
        shared.shapes.put(shapes)
    }
}
