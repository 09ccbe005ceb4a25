extension SentenceScanner {
    /// "the capital, Damascus", "the Syrian capital Damascus", "Damascus, the Syrian capital",
    /// "the capital of Syria, Damascus", "Damascus, the capital of Syria", "Idlib, the provincial capital".
    func capitalClaim(at index: Int) -> Claim? {
        var start = index
        let provincial = ["provincial", "regional", "state", "district"].contains(word(index - 1) ?? "")
        if provincial { start -= 1 }
        while isCountryWord(start - 1) { start -= 1 }
        var countries = countryWords(in: start..<index)
        if word(start - 1) == "'s", let owner = nameEnding[start - 1] {
            // "Damascus, Syria's capital".
            countries.append(text(from: owner.lowerBound, through: owner.upperBound - 1))
            guard token(owner.lowerBound - 1)?.text == ",", let name = nameEnding[owner.lowerBound - 1] else { return nil }
            return claim(subject: name, from: name.lowerBound, through: index, countries: countries, provincial: provincial)
        }
        guard word(start - 1) == "the" else { return nil }
        let opening = start - 1
        var last = index
        if word(index + 1) == "of", let country = nameStarting[index + 2] {
            countries.append(text(from: country.lowerBound, through: country.upperBound - 1))
            last = country.upperBound - 1
        }
        if token(last + 1)?.text == ",", let name = nameStarting[last + 2] {
            return claim(subject: name, from: opening, through: name.upperBound - 1, countries: countries, provincial: provincial)
        }
        if last == index, let name = nameStarting[index + 1] {
            return claim(subject: name, from: opening, through: name.upperBound - 1, countries: countries, provincial: provincial)
        }
        if token(opening - 1)?.text == ",", let name = nameEnding[opening - 1] {
            return claim(subject: name, from: name.lowerBound, through: last, countries: countries, provincial: provincial)
        }
        return nil
    }

    private func claim(subject: Range<Int>, from first: Int, through last: Int, countries: [String], provincial: Bool) -> Claim {
        Claim(kind: .capital, text: text(from: first, through: last), span: span(from: first, through: last),
              subject: mention(subject), countries: countries, isProvincialCapital: provincial)
    }
}
