import CGEOS
import CPROJ
import Geodesy

/// An azimuthal equidistant projection centred on one point, through PROJ, for measuring in
/// metres around that point.
///
/// Distances and bearings from the centre are true geodesic ones (to PROJ's nanometre
/// accuracy). Away from the centre, lengths across the direction to the centre are stretched by
/// the factor (ρ/R)/sin(ρ/R) at distance ρ: about ρ²/(6R²), i.e. 0.04 % at 300 km, 0.4 % at
/// 1,000 km (R ≈ 6,371 km).
///
/// Longitudes that come back from the projection are kept within 180° of the centre's rather
/// than wrapped to ±180, so a shape that crosses the antimeridian comes back continuous, with
/// longitudes beyond ±180.
///
/// Owns a PROJ context and transformation; same threading rule as ``GEOSContext``.
public final class LocalProjection {
    /// The point the projection is centred on.
    public let centre: Coordinate
    private let projContext: OpaquePointer
    private let transformation: OpaquePointer
    /// The GEOS context whose PROJ context this projection borrows, kept alive with it; nil
    /// when the projection owns its PROJ context, or is kept by the context itself.
    private let owner: GEOSContext?
    /// Whether the PROJ context is the projection's own, to destroy with it.
    private let ownsProjContext: Bool

    /// Creates the projection centred on `centre`, with a PROJ context of its own.
    ///
    /// - Throws: ``GeometryError/proj(operation:message:)`` with PROJ's message.
    public convenience init(centre: Coordinate) throws(GeometryError) {
        guard let projContext = proj_context_create() else {
            throw .proj(operation: "context_create", message: "out of memory")
        }
        proj_log_level(projContext, PJ_LOG_NONE)
        try self.init(centre: centre, projContext: projContext, owner: nil, ownsProjContext: true)
    }

    /// Creates the projection centred on `centre` in the PROJ context `context` keeps for its
    /// geometries: the cheap way to make many (same threading rule as the context).
    public convenience init(centre: Coordinate, context: GEOSContext) throws(GeometryError) {
        try self.init(centre: centre, projContext: context.projContext(), owner: context, ownsProjContext: false)
    }

    /// A projection for `context` to keep (see ``GEOSContext/projection(centredOn:)``): it holds
    /// no reference back to the context, which destroys it before its PROJ context.
    convenience init(centre: Coordinate, keptBy context: GEOSContext) throws(GeometryError) {
        try self.init(centre: centre, projContext: context.projContext(), owner: nil, ownsProjContext: false)
    }

    private init(centre: Coordinate, projContext: OpaquePointer, owner: GEOSContext?, ownsProjContext: Bool) throws(GeometryError) {
        let definition = "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
            + "+step +proj=aeqd +lat_0=\(centre.latitude) +lon_0=\(centre.longitude) +ellps=WGS84"
        guard let transformation = proj_create(projContext, definition) else {
            let message = Self.message(projContext)
            if ownsProjContext { proj_context_destroy(projContext) }
            throw .proj(operation: "create(aeqd)", message: message)
        }
        self.centre = centre
        self.projContext = projContext
        self.transformation = transformation
        self.owner = owner
        self.ownsProjContext = ownsProjContext
    }

    deinit {
        proj_destroy(transformation)
        if ownsProjContext { proj_context_destroy(projContext) }
    }

    private static func message(_ context: OpaquePointer) -> String {
        let code = proj_context_errno(context)
        guard code != 0, let text = proj_context_errno_string(context, code) else { return "" }
        return String(cString: text)
    }

    /// The projected position of `coordinate` in metres east (x) and north (y) of the centre.
    public func project(_ coordinate: Coordinate) throws(GeometryError) -> (x: Double, y: Double) {
        var x = coordinate.longitude, y = coordinate.latitude
        guard transform(&x, &y, inverse: false) else {
            throw .proj(operation: "forward(aeqd)", message: Self.message(projContext))
        }
        return (x, y)
    }

    /// The coordinate of a projected position (the inverse of ``project(_:)``).
    public func unproject(x: Double, y: Double) throws(GeometryError) -> Coordinate {
        var x = x, y = y
        guard transform(&x, &y, inverse: true) else {
            throw .proj(operation: "inverse(aeqd)", message: Self.message(projContext))
        }
        return Coordinate(latitude: y, longitude: x)
    }

    /// `geometry` (lon/lat) in projected metres, or back when `inverse` is true.
    public func transform(_ geometry: Geometry, inverse: Bool = false) throws(GeometryError) -> Geometry {
        let context = geometry.context
        let request = TransformRequest(projection: self, inverse: inverse)
        let result = GEOSGeom_transformXY_r(context.handle, geometry.pointer, { x, y, userData in
            guard let x, let y, let userData else { return 0 }
            let request = Unmanaged<TransformRequest>.fromOpaque(userData).takeUnretainedValue()
            return request.projection.transform(&x.pointee, &y.pointee, inverse: request.inverse) ? 1 : 0
        }, Unmanaged.passUnretained(request).toOpaque())
        guard let result else {
            let projMessage = Self.message(projContext)
            if !projMessage.isEmpty { throw .proj(operation: "transform", message: projMessage) }
            throw context.error("transformXY")
        }
        return Geometry(owning: result, context: context)
    }

    private final class TransformRequest {
        let projection: LocalProjection
        let inverse: Bool
        init(projection: LocalProjection, inverse: Bool) {
            self.projection = projection
            self.inverse = inverse
        }
    }

    /// Transforms one position in place; false when PROJ fails or gives a non-finite answer.
    private func transform(_ x: inout Double, _ y: inout Double, inverse: Bool) -> Bool {
        var coordinate = PJ_COORD()
        coordinate.xy.x = x
        coordinate.xy.y = y
        let output = proj_trans(transformation, inverse ? PJ_INV : PJ_FWD, coordinate)
        guard output.xy.x.isFinite, output.xy.y.isFinite, output.xy.x != .infinity else { return false }
        x = output.xy.x
        y = output.xy.y
        if inverse {
            // PROJ wraps longitudes to ±180; unwrap them around the centre instead.
            x = centre.longitude + Bearing.signedDifference(from: centre.longitude, to: x)
        }
        return true
    }
}
