import CGEOS

extension Geometry {
    /// Reads Well-Known Text, e.g. "POINT (36.71 34.73)".
    ///
    /// - Throws: ``GeometryError/geos(operation:message:)`` with GEOS's parse message.
    public convenience init(wkt: String, context: GEOSContext? = nil) throws(GeometryError) {
        let context = try GEOSContext.given(context)
        guard let reader = GEOSWKTReader_create_r(context.handle) else { throw context.error("WKTReader") }
        defer { GEOSWKTReader_destroy_r(context.handle, reader) }
        guard let pointer = GEOSWKTReader_read_r(context.handle, reader, wkt) else {
            throw context.error("reading WKT")
        }
        self.init(owning: pointer, context: context)
    }

    /// Reads Well-Known Binary (either byte order; ISO and extended WKB).
    public convenience init<Bytes: Collection<UInt8>>(wkb: Bytes, context: GEOSContext? = nil) throws(GeometryError) {
        let context = try GEOSContext.given(context)
        guard let reader = GEOSWKBReader_create_r(context.handle) else { throw context.error("WKBReader") }
        defer { GEOSWKBReader_destroy_r(context.handle, reader) }
        // Data and arrays hand over their bytes in place; copying them one by one through the
        // generic Collection interface costs more than GEOS's parse for a country outline.
        let read = { (buffer: UnsafeBufferPointer<UInt8>) in
            GEOSWKBReader_read_r(context.handle, reader, buffer.baseAddress, buffer.count)
        }
        let pointer = wkb.withContiguousStorageIfAvailable(read) ?? Array(wkb).withUnsafeBufferPointer(read)
        guard let pointer else { throw context.error("reading WKB") }
        self.init(owning: pointer, context: context)
    }

    /// Reads a GeoJSON geometry object, e.g. `{"type":"Point","coordinates":[36.71,34.73]}`.
    ///
    /// A Feature or FeatureCollection is read as its geometry (a collection for several).
    public convenience init(geoJSON: String, context: GEOSContext? = nil) throws(GeometryError) {
        let context = try GEOSContext.given(context)
        guard let reader = GEOSGeoJSONReader_create_r(context.handle) else { throw context.error("GeoJSONReader") }
        defer { GEOSGeoJSONReader_destroy_r(context.handle, reader) }
        guard let pointer = GEOSGeoJSONReader_readGeometry_r(context.handle, reader, geoJSON) else {
            throw context.error("reading GeoJSON")
        }
        self.init(owning: pointer, context: context)
    }

    /// Well-Known Text with at most `precision` digits after the decimal point (trailing
    /// zeros trimmed).
    public func wkt(precision: Int = 15) throws(GeometryError) -> String {
        let handle = context.handle
        guard let writer = GEOSWKTWriter_create_r(handle) else { throw context.error("WKTWriter") }
        defer { GEOSWKTWriter_destroy_r(handle, writer) }
        GEOSWKTWriter_setRoundingPrecision_r(handle, writer, Int32(precision))
        GEOSWKTWriter_setTrim_r(handle, writer, 1)
        guard let text = GEOSWKTWriter_write_r(handle, writer, pointer) else { throw context.error("writing WKT") }
        defer { GEOSFree_r(handle, text) }
        return String(cString: text)
    }

    /// Well-Known Binary, little-endian, 2D.
    public func wkb() throws(GeometryError) -> [UInt8] {
        let handle = context.handle
        guard let writer = GEOSWKBWriter_create_r(handle) else { throw context.error("WKBWriter") }
        defer { GEOSWKBWriter_destroy_r(handle, writer) }
        GEOSWKBWriter_setByteOrder_r(handle, writer, Int32(GEOS_WKB_NDR.rawValue))
        var size = 0
        guard let bytes = GEOSWKBWriter_write_r(handle, writer, pointer, &size) else {
            throw context.error("writing WKB")
        }
        defer { GEOSFree_r(handle, bytes) }
        return Array(UnsafeBufferPointer(start: bytes, count: size))
    }

    /// The geometry as a GeoJSON geometry object (GEOS's writer; no rounding, no winding fix).
    ///
    /// - Parameter indent: Spaces per level for pretty output; -1 writes one line.
    public func geoJSON(indent: Int = -1) throws(GeometryError) -> String {
        let handle = context.handle
        guard let writer = GEOSGeoJSONWriter_create_r(handle) else { throw context.error("GeoJSONWriter") }
        defer { GEOSGeoJSONWriter_destroy_r(handle, writer) }
        guard let text = GEOSGeoJSONWriter_writeGeometry_r(handle, writer, pointer, Int32(indent)) else {
            throw context.error("writing GeoJSON")
        }
        defer { GEOSFree_r(handle, text) }
        return String(cString: text)
    }
}
