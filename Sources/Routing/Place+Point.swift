import Gazetteer
import Geodesy

extension Place {
    /// A stop given as a point rather than a name: id 0 (no GeoNames record), named by its
    /// coordinates ("60.1650,24.9400"), no country.
    public static func point(_ coordinate: Coordinate) -> Place {
        Place(id: 0, name: "\(coordinate.latitude),\(coordinate.longitude)", coordinate: coordinate, countryCode: "")
    }
}
