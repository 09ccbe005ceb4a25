import Geodesy

extension SentenceScanner {
    /// Nouns for the edge of a country on the sea.
    static let coastNouns: Set<String> = ["coast", "coastline", "seaboard", "shore"]

    /// "Hualien, on the country's east coast", "Izmir on the western coast of Turkey", "Kuantan,
    /// on Malaysia's east coast", "Creole, on Louisiana's southwestern coast": a place on one
    /// side of its country or region (`at` is the index of "on").
    ///
    /// Read as a position (the side of the country or region the place lies on). A coast is
    /// the edge, not the half, so a place that fails the position test may still be on that
    /// coast: the claim is tentative, reported only when it holds.
    func coastClaim(_ name: Range<Int>, on at: Int) -> Claim? {
        guard word(at) == "on" else { return nil }
        var cursor = at + 1
        var owner: Range<Int>?
        var ownCountry = false
        if word(cursor) == "the", word(cursor + 1) == "country", isPossessiveMark(cursor + 2) {
            ownCountry = true
            cursor += 3
        } else if word(cursor) == "the" {
            ownCountry = true
            cursor += 1
        } else if let found = nameStarting[cursor], isPossessiveMark(found.upperBound) {
            owner = found
            cursor = found.upperBound + 1
        } else {
            return nil
        }
        guard let side = word(cursor), let direction = Vocabulary.position(side) ?? Vocabulary.direction(side),
              let noun = word(cursor + 1), Self.coastNouns.contains(noun) else { return nil }
        var last = cursor + 1
        // "the western coast of Turkey": the country after "of".
        if ownCountry, word(cursor - 1) == "the", word(last + 1) == "of", let country = nameStarting[last + 2] {
            owner = country
            ownCountry = false
            last = country.upperBound - 1
        }
        let text = text(from: name.lowerBound, through: last), span = span(from: name.lowerBound, through: last)
        var claim: Claim
        if let owner {
            let region = self.text(from: owner.lowerBound, through: owner.upperBound - 1)
            claim = Claim(kind: .containment, text: text, span: span, subject: mention(name, countryHint: region),
                          direction: direction, region: region)
        } else {
            claim = Claim(kind: .position, text: text, span: span, subject: mention(name), direction: direction)
        }
        claim.isTentative = true
        return claim
    }
}
