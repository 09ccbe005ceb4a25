extension SentenceScanner {
    /// The verbs that say a place shares a border: "Saada province borders Saudi Arabia".
    static let adjoiningVerbs: Set<String> = ["borders", "bordering", "bordered", "adjoins", "adjoining", "abuts", "abutting"]

    /// "Saada province borders Saudi Arabia", "the province of Sistan-Baluchestan, which borders
    /// Afghanistan and Pakistan", "Hatay, bordering Syria": a border claim for each country named
    /// after the verb, about the place before it (a region with its region word).
    func adjoiningClaims(at index: Int) -> [Claim] {
        // Not the noun: "the borders of", "its borders".
        guard !["the", "its", "their", "his", "her", "of"].contains(word(index - 1) ?? "") else { return [] }
        var before = index - 1
        // "which also borders", "that itself borders".
        if ["also", "itself", "directly"].contains(word(before) ?? "") { before -= 1 }
        if ["which", "that"].contains(word(before) ?? "") { before -= 1 }
        if token(before)?.text == "," { before -= 1 }
        var regionNoun: String?
        if let w = word(before), Vocabulary.firstLevelNouns.contains(w) {
            regionNoun = w
            before -= 1
        }
        guard let name = nameEnding[before + 1] else { return [] }
        // "the province of Sistan-Baluchestan, which borders …": the region, by its word.
        if regionNoun == nil, word(name.lowerBound - 1) == "of", let w = word(name.lowerBound - 2), Vocabulary.firstLevelNouns.contains(w) {
            regionNoun = w
        }
        var subject = mention(name)
        if let regionNoun, !subject.name.lowercased().hasSuffix(regionNoun) { subject.name += " " + regionNoun }
        var start = index + 1
        if word(start) == "with" || word(start) == "on" { start += 1 }
        guard let first = nameStarting[start] else { return [] }
        let last = listEnd(from: start) ?? first.upperBound - 1
        return list(from: start, through: last).map { country in
            let named = text(from: country.lowerBound, through: country.upperBound - 1)
            return Claim(kind: .border, text: text(from: name.lowerBound, through: last), span: span(from: name.lowerBound, through: last),
                         subject: subject, countries: [named], borderRelation: .on)
        }
    }
}
