extension SentenceScanner {
    /// "the capital, Damascus", "the Syrian capital Damascus", "Damascus, the Syrian capital",
    /// "the capital of Syria, Damascus", "Damascus, the capital of Syria", "Idlib, the provincial capital".
    func capitalClaim(at index: Int) -> Claim? {
        var start = index
        let provincial = Vocabulary.capitalQualifiers.contains(word(index - 1) ?? "")
        if provincial { start -= 1 }
        while isCountryWord(start - 1) { start -= 1 }
        var countries = countryWords(in: start..<index)
        if word(start - 1) == "'s", let owner = nameEnding[start - 1] {
            countries.append(text(from: owner.lowerBound, through: owner.upperBound - 1))
            // "Damascus, Syria's capital".
            if token(owner.lowerBound - 1)?.text == ",", let name = nameEnding[owner.lowerBound - 1] {
                return claim(subject: name, from: name.lowerBound, through: index, countries: countries, provincial: provincial)
            }
            // "Sudan's capital Khartoum", "Kachin State's capital, Myitkyina".
            var after = index + 1
            if token(after)?.text == "," { after += 1 }
            guard let name = nameStarting[after] else { return nil }
            return claim(subject: name, from: owner.lowerBound, through: name.upperBound - 1, countries: countries, provincial: provincial)
        }
        // "Lashkar Gah, capital of Helmand province": no article.
        if token(start - 1)?.text == ",", let name = nameEnding[start - 1], word(index + 1) == "of", let owner = nameStarting[index + 2] {
            countries.append(text(from: owner.lowerBound, through: owner.upperBound - 1))
            return claim(subject: name, from: name.lowerBound, through: owner.upperBound - 1, countries: countries, provincial: provincial)
        }
        guard word(start - 1) == "the" else { return nil }
        let opening = start - 1
        // "the regional capital of Kharkiv": the named place is the capital of its region.
        if provincial, word(index + 1) == "of", let name = nameStarting[index + 2] {
            return claim(subject: name, from: opening, through: name.upperBound - 1, countries: [], provincial: true)
        }
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
