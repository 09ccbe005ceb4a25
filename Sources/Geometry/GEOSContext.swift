import CGEOS
import CPROJ
import Geodesy

/// A GEOS context handle (`GEOSContextHandle_t`) and the last error message GEOS reported on it.
///
/// Threading: **one context per owner.** A context and every ``Geometry``, ``PreparedGeometry``
/// and ``STRtree`` made with it must be used by one thread at a time; none of these types is
/// `Sendable`, so Swift 6's region checking keeps them together. To work in parallel, give each
/// task a context of its own. Geometries from different contexts may still be combined: an
/// operation runs in the receiver's context.
///
/// The handle is released (`GEOS_finish_r`) when the last geometry that uses it goes away.
public final class GEOSContext {
    /// Collects GEOS's error messages; GEOS calls back with this object as its user data.
    final class MessageBox {
        var lastError = ""
    }

    let handle: GEOSContextHandle_t
    let messages = MessageBox()

    /// Creates a context with its own error handler.
    ///
    /// - Throws: ``GeometryError/contextUnavailable`` if GEOS could not allocate one.
    public init() throws(GeometryError) {
        guard let handle = GEOS_init_r() else { throw .contextUnavailable }
        self.handle = handle
        let box = Unmanaged.passUnretained(messages).toOpaque()
        _ = GEOSContext_setErrorMessageHandler_r(handle, { message, userData in
            guard let userData else { return }
            let box = Unmanaged<MessageBox>.fromOpaque(userData).takeUnretainedValue()
            box.lastError = message.map { String(cString: $0) } ?? ""
        }, box)
    }

    /// A PROJ context for the projections made for this context's geometries, made on first
    /// use: PROJ reads its database when it makes a context's first projection, which costs
    /// far more (about 10 ms) than the measurement itself.
    private var sharedProjContext: OpaquePointer?

    func projContext() throws(GeometryError) -> OpaquePointer {
        if let sharedProjContext { return sharedProjContext }
        guard let created = proj_context_create() else {
            throw .proj(operation: "context_create", message: "out of memory")
        }
        proj_log_level(created, PJ_LOG_NONE)
        sharedProjContext = created
        return created
    }

    /// Projections centred on the points measured from lately, by centre: a place is measured
    /// from several times (its distance to each border that may be its nearest), and a context
    /// kept between checks measures from the same places again. Making one parses a PROJ string.
    private var projections: [Coordinate: LocalProjection] = [:]
    /// The most projections kept at once; at this many, the kept ones are dropped and the next
    /// ones kept anew.
    static let keptProjections = 256

    /// A projection centred on `centre` in this context's PROJ context, kept for the next
    /// measurement from the same point.
    func projection(centredOn centre: Coordinate) throws(GeometryError) -> LocalProjection {
        if let known = projections[centre] { return known }
        let made = try LocalProjection(centre: centre, keptBy: self)
        if projections.count >= Self.keptProjections { projections.removeAll(keepingCapacity: true) }
        projections[centre] = made
        return made
    }

    deinit {
        // The kept projections use the PROJ context: they go first.
        projections.removeAll()
        if let sharedProjContext { proj_context_destroy(sharedProjContext) }
        GEOS_finish_r(handle)
    }

    /// `context` itself, or a new context when it is nil.
    public static func given(_ context: GEOSContext?) throws(GeometryError) -> GEOSContext {
        if let context { return context }
        return try GEOSContext()
    }

    /// The error for a failed GEOS call, with GEOS's message; the message is cleared after.
    func error(_ operation: String) -> GeometryError {
        defer { messages.lastError = "" }
        return .geos(operation: operation, message: messages.lastError)
    }

    /// Turns GEOS's 0/1/2 predicate answer into a Bool, or its error.
    func predicate(_ operation: String, _ result: CChar) throws(GeometryError) -> Bool {
        switch result {
        case 0: return false
        case 1: return true
        default: throw error(operation)
        }
    }

    /// Wraps a new geometry pointer returned by GEOS, or throws GEOS's error for nil.
    func adopt(_ pointer: OpaquePointer?, _ operation: String) throws(GeometryError) -> Geometry {
        guard let pointer else { throw error(operation) }
        return Geometry(owning: pointer, context: self)
    }
}
