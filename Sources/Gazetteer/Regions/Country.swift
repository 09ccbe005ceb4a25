/// A country as GeoNames describes it.
public struct Country: Sendable, Codable, Hashable {
    /// ISO 3166-1 alpha-2 code.
    public var code: String
    public var name: String
    public var capital: String
    /// The ISO codes of the countries it shares a land border with.
    public var neighbours: [String]
}
