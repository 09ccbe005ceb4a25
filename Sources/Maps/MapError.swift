/// What can keep a map from being drawn.
public enum MapError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The collection has no feature with coordinates.
    case nothingToDraw

    public var description: String {
        switch self {
        case .nothingToDraw: return "the collection has no features with coordinates to draw"
        }
    }
}
