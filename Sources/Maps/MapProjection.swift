import Foundation
import GeoJSON

/// The projection of a map: equirectangular around the map's middle latitude (longitudes
/// scaled by the cosine of that latitude), which keeps shapes and distances true near the
/// middle for the country- and region-sized views GeoCheck draws; the scale bar is exact at the
/// middle latitude.
struct MapProjection {
    let west: Double, east: Double, south: Double, north: Double
    let width: Double, height: Double
    let cosine: Double

    /// Fits the extent into `width` pixels, padding it by 12 %.
    init(west: Double, east: Double, south: Double, north: Double, width: Double) {
        var w = west, e = east, s = south, n = north
        let padX = max((e - w) * 0.12, 0.3), padY = max((n - s) * 0.12, 0.3)
        w -= padX; e += padX; s = max(s - padY, -85); n = min(n + padY, 85)
        cosine = max(cos((s + n) / 2 * .pi / 180), 0.2)
        // Keep the picture between 4:3 landscape and 4:5 portrait by widening the short side.
        let spanX = (e - w) * cosine, spanY = n - s
        if spanY > spanX * 1.25 {
            let extra = (spanY / 1.25 / cosine - (e - w)) / 2
            w -= extra; e += extra
        } else if spanX > spanY * 4 / 3 {
            let extra = (spanX * 3 / 4 - spanY) / 2
            s = max(s - extra, -85); n = min(n + extra, 85)
        }
        self.west = w; self.east = e; self.south = s; self.north = n
        self.width = width
        height = (width * (n - s) / ((e - w) * cosine)).rounded()
    }

    func point(_ position: Position) -> (x: Double, y: Double) {
        ((position[0] - west) / (east - west) * width, (north - position[1]) / (north - south) * height)
    }

    /// Metres per pixel along the middle latitude.
    var metresPerPixel: Double {
        (east - west) * cosine * 111_319.49 / width
    }
}
