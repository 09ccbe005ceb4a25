extension SentenceScanner {
    /// "In Salahudin province, gunmen attacked … in the city of Tuz-Khurmato", "In northern
    /// Raqqa, … the villages of Qerma, Qazali and Bagdik": a sentence that opens with a region
    /// sets it for the places the sentence then introduces with a settlement noun ("the town of
    /// X", "the villages of A, B and C"); each is claimed to lie in it (in the part named).
    func settingClaims() -> [Claim] {
        let first = tokens.startIndex
        guard word(first) == "in", let setting = nounPhrase(at: first + 1), let region = setting.name,
              token(setting.end)?.text == ",", setting.complement.isEmpty,
              setting.hasHead(in: Vocabulary.regionNouns) || setting.position != nil || setting.isCentral else { return [] }
        let regionEnd = end(ofRegionNamed: region, nouns: Vocabulary.regionNouns)
        let regionText = text(from: region.lowerBound, through: regionEnd - 1)
        var claims: [Claim] = []
        var index = setting.end + 1
        while index < tokens.endIndex {
            guard let noun = word(index), Vocabulary.settlementNouns.contains(noun) || Self.pluralPlaceNouns.contains(noun),
                  !Vocabulary.regionNouns.contains(noun), word(index + 1) == "of", let opening = nameStarting[index + 2] else {
                index += 1
                continue
            }
            let last = listEnd(from: opening.lowerBound) ?? opening.upperBound - 1
            for name in list(from: opening.lowerBound, through: last) {
                claims.append(Claim(kind: .containment, text: text(from: first, through: name.upperBound - 1),
                                    span: span(from: first, through: name.upperBound - 1),
                                    subject: mention(name, countryHint: regionText), direction: setting.position,
                                    isCentral: setting.isCentral, region: regionText))
            }
            index = last + 1
        }
        return claims
    }
}
