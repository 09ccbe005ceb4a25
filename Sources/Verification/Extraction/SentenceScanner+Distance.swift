import Geodesy

extension SentenceScanner {
    /// "X, (about) 162 km (north) of/from Y", "X, 25 miles (40 km) west of Y",
    /// "the distance between X and Y is 300 km", "X and Y are 300 km apart",
    /// "X, 5 km from the (Turkish) border (with Turkey)".
    mutating func distanceClaim(at index: Int) -> Claim? {
        // "250 km", "250-km drive": the unit right after the number or after a hyphen.
        var unitIndex = index + 1
        if token(unitIndex)?.text == "-" { unitIndex += 1 }
        guard let unit = word(unitIndex), Vocabulary.units[unit] != nil else { return nil }
        // Areas and speeds are not distances: "40 square km", "80 km/h", "5 km²".
        if let before = word(index - 1), ["square", "sq"].contains(before) { return nil }
        if let after = token(unitIndex + 1), ["/", "²", "2"].contains(after.text), after.start == tokens[unitIndex].end { return nil }
        if word(unitIndex + 1) == "square" { return nil }

        // The number: "250", "forty", "a dozen", or a range "30 to 40", "three to five".
        var numberStart = index
        if ["hundred", "thousand"].contains(tokens[index].lower), let before = word(index - 1), NumberWords.value(of: before) != nil {
            numberStart = index - 1   // "three hundred kilometres"
        }
        if word(numberStart - 1) == "a", NumberWords.value(of: tokens[numberStart].lower) != nil { numberStart -= 1 }
        // "75, 185 and 260 km": a figure for each place of a list (see ``figureList(endingAt:)``).
        let figures = figureList(endingAt: index)
        if figures.count > 1 {
            numberStart = figures[0]
        } else if let joiner = token(index - 1), ["to", "-", "–", "and"].contains(joiner.lower), let first = token(index - 2),
           first.isNumber || NumberWords.value(of: first.lower) != nil {
            numberStart = index - 2
            if word(numberStart - 1) == "between" { numberStart -= 1 }
        }
        var hedgeStart = numberStart
        if let a = word(numberStart - 3), let b = word(numberStart - 2), let c = word(numberStart - 1),
           Vocabulary.threeWordHedges.contains([a, b, c]) {
            hedgeStart = numberStart - 3
        } else if let first = word(numberStart - 2), let second = word(numberStart - 1), Vocabulary.twoWordHedges.contains([first, second]) {
            hedgeStart = numberStart - 2
        } else if let w = word(numberStart - 1), Vocabulary.hedges.contains(w) {
            hedgeStart = numberStart - 1
        }
        let stated: StatedDistance
        do {
            let numberText = (figures.count > 1 ? index...index : numberStart...index).compactMap { token($0) }.filter { $0.lower != "between" }
                .map { $0.text == "–" ? "-" : $0.text }.joined(separator: " ")
            let hedgeText = hedgeText(from: hedgeStart, to: numberStart)
            stated = try StatedDistance(parsing: hedgeText + numberText + " " + unit)
        } catch {
            return nil
        }
        let isWithin = stated.bound == .atMost && ["within", "up"].contains(word(hedgeStart) ?? "")
        var cursor = unitIndex + 1
        // "a 250 km drive from", "50 km down the highway from".
        if let noun = word(cursor), Vocabulary.journeyNouns.contains(noun) {
            cursor += 1
        } else if ["down", "up", "along"].contains(word(cursor) ?? ""), word(cursor + 1) == "the",
                  Vocabulary.journeyNouns.contains(word(cursor + 2) ?? "") {
            cursor += 3
        }
        // A conversion in brackets: "25 miles (40 km)", "(46, 114 and 160 miles)".
        if token(cursor)?.text == "(", let close = (cursor + 1...cursor + 5 + 2 * figures.count).first(where: { token($0)?.text == ")" }) {
            cursor = close + 1
        }
        let away = word(cursor) == "away"
        if away { cursor += 1 }
        var byRoad = isByRoad(at: cursor)
        if byRoad { cursor += 2 }
        if word(cursor) == "apart" {
            return pairClaim(before: hedgeStart, last: cursor, stated: stated)
        }
        var direction: CompassDirection?
        if word(cursor) == "to", word(cursor + 1) == "the", let found = word(cursor + 2).flatMap(Vocabulary.direction) {
            direction = found
            cursor += 3
        } else if let found = twoWordDirection(at: cursor) {
            // "50 miles south east of Perugia".
            direction = found
            cursor += 2
        } else if let found = word(cursor).flatMap(Vocabulary.direction) {
            direction = found
            cursor += 1
        } else if ["further", "farther"].contains(word(cursor) ?? ""), let found = word(cursor + 1).flatMap(Vocabulary.direction) {
            // "20 kilometres further south".
            direction = found
            cursor += 2
        }
        guard let relation = word(cursor), relation == "from" || relation == "to" && direction == nil && Vocabulary.journeyNouns.contains(word(cursor - 1) ?? "")
                || (relation == "of" && (direction != nil || isWithin)) else {
            if let direction { return impliedReferenceClaim(before: hedgeStart, last: cursor - 1, stated: stated, direction: direction) }
            // "A similar attack happened in Boura, about 55 km away": from the place named before.
            if away, ["from", "to"].allSatisfy({ $0 != word(cursor) }), let claim = impliedReferenceClaim(before: hedgeStart, last: cursor - 1, stated: stated, direction: nil) {
                return claim
            }
            return pairClaim(before: hedgeStart, last: unitIndex, stated: stated)
        }
        cursor += 1
        if let border = borderReference(at: cursor) {
            // "about 10 miles north of the Saudi border with Yemen": the distance to the border
            // is checked; the side is left to the country.
            // "Roughly 30 km south of the Turkish border, al-Bab fell …": named after.
            let inverted = invertedSubject(opening: hedgeStart, after: border.last)
            guard let found = inverted.map({ (mention: mention($0.name, near: border.countries), start: hedgeStart, range: Optional($0.name)) })
                    ?? subjectMention(before: hedgeStart, near: border.countries) else { return nil }
            consumed.formUnion(hedgeStart...border.last)
            if let range = found.range { lastDistance = (range, border.last) }
            let end = Self.end(of: found.range, after: border.last)
            var claim = Claim(kind: .border, text: text(from: found.start, through: end),
                              span: span(from: found.start, through: end),
                              subject: found.mention, distance: stated, countries: border.countries, borderRelation: .distance)
            if inverted?.firm == false {
                claim.reportOnlyIfItHolds()
            }
            return claim
        }
        // "Damara, Sibut and Dekoa, respectively 75, 185 and 260 km north of …": the names come
        // before the word.
        let subjectEnd = figures.count > 1 && word(hedgeStart - 1) == "respectively" ? hedgeStart - 1 : hedgeStart
        let measuredFrom = referenceMention(at: cursor)
        // "About 330 km west of Tbilisi lies the city of Zugdidi": named after the reference.
        let inverted = measuredFrom.flatMap { invertedSubject(opening: hedgeStart, after: $0.last) }
        guard let reference = measuredFrom, !Self.boundaryNouns.contains(word(reference.last + 1) ?? ""),
              let found = inverted.map({ (mention: mention($0.name), start: hedgeStart, range: Optional($0.name)) }) ?? subjectMention(before: subjectEnd) else {
            // "…, which is 60 miles northeast of the epicenter and 900 miles southwest of Beijing":
            // no place to measure from, but the subject carries on to the next figure.
            if let range = (coordinatedSubject(before: hedgeStart) ?? subject(before: hedgeStart)) {
                var end = cursor
                if word(end) == "the" { end += 1 }
                while end < cursor + 4, let token = token(end), token.isWord, !token.isCapitalized, token.lower != "and" { end += 1 }
                if word(end) == "and" { lastDistance = (range, end - 1) }
            }
            return nil
        }
        var last = reference.last
        if isByRoad(at: last + 1) {
            byRoad = true
            last += 2
        }
        consumed.formUnion(hedgeStart...last)
        if figures.count > 1 {
            // One figure for each name, in order; a list that does not pair up is not read.
            guard let range = found.range, coordinated(before: range).count + 1 == figures.count,
                  let each = try? figures.map({ try StatedDistance(parsing: hedgeText(from: hedgeStart, to: numberStart) + tokens[$0].text + " " + unit) })
            else { return nil }
            respectiveFigures[range.lowerBound] = each
        }
        if let range = found.range { lastDistance = (range, last) }
        let end = Self.end(of: found.range, after: last)
        var claim = Claim(kind: .distance, text: text(from: found.start, through: end),
                          span: span(from: found.start, through: end), subject: found.mention,
                          reference: reference.mention, distance: stated, direction: direction)
        claim.isByRoad = byRoad
        if inverted?.firm == false {
            claim.reportOnlyIfItHolds()
        }
        return claim
    }

    /// The hedge before a figure ("about "), or nothing.
    private func hedgeText(from start: Int, to numberStart: Int) -> String {
        start < numberStart ? text(from: start, through: numberStart - 1) + " " : ""
    }

    /// The figures of a list that ends at `index` ("75, 185 and 260", "75, 185, and 260"), as
    /// token indices in order; one figure when there is no list. "Between 30 and 40" is a range.
    /// A list pairs with as many names before it ("Damara and Sibut, 75 and 185 km north of
    /// Bangui") or is not read.
    func figureList(endingAt index: Int) -> [Int] {
        func isFigure(_ i: Int) -> Bool {
            guard let token = token(i) else { return false }
            return token.isNumber || NumberWords.value(of: token.lower) != nil
        }
        var cursor = index - 1
        guard word(cursor) == "and" else { return [index] }
        cursor -= 1
        if token(cursor)?.text == "," { cursor -= 1 }
        guard isFigure(cursor) else { return [index] }
        var figures = [cursor, index]
        while token(cursor - 1)?.text == ",", isFigure(cursor - 2) {
            cursor -= 2
            figures.insert(cursor, at: 0)
        }
        // "between 30 and 40 km": a range, not a list.
        if figures.count == 2, word(cursor - 1) == "between" { return [index] }
        return figures
    }

    /// "Lashkar Gah to Kandahar, Afghanistan's second city nearly 130 km to the east", "Goma, the
    /// provincial capital about 70 km to the south": a distance and direction from a place the
    /// text leaves unsaid, the one it named last before the subject (in the sentence, else the
    /// place the sentence before was about). The reference is a reading, so the claim is
    /// checked but never called inconsistent on it (``PlaceMention/isDescription``).
    mutating func impliedReferenceClaim(before index: Int, last: Int, stated: StatedDistance, direction: CompassDirection?) -> Claim? {
        // Not when a place follows ("70 km to the northeast in Vovchansk") or the figure opens the clause.
        guard word(last + 1) != "in", word(last + 1) != "of", let found = subjectMention(before: index), let range = found.range else { return nil }
        let impliedSpan = span(from: index, through: last)
        var reference: PlaceMention
        if let earlier = names.last(where: { $0.upperBound <= range.lowerBound && !isCountryName($0) }) {
            reference = mention(earlier)
            reference.span = impliedSpan
        } else if let previous = previousName {
            reference = PlaceMention(name: previous.name, span: impliedSpan)
        } else {
            return nil
        }
        reference.isDescription = true
        consumed.formUnion(index...last)
        let end = Self.end(of: found.range, after: last)
        return Claim(kind: .distance, text: text(from: found.start, through: end), span: span(from: found.start, through: end),
                     subject: found.mention, reference: reference, distance: stated, direction: direction)
    }

    /// Whether a one-word name is a country adjective or a name used as a country's ("Afghanistan's").
    private func isCountryName(_ name: Range<Int>) -> Bool {
        name.count == 1 && (!Demonyms.codes(in: tokens[name.lowerBound].lower).isEmpty || isPossessiveMark(name.upperBound))
    }

    /// The subject of a claim whose figure starts at `index`: the name before it, the first of
    /// two coordinated distances', or the sentence's opening subject; with where its words start
    /// and, for a name in this sentence, its words.
    func subjectMention(before index: Int, near countries: [String] = []) -> (mention: PlaceMention, start: Int, range: Range<Int>?)? {
        // "NIAMEY, Niger — An ambush near Niger's border with Mali": where the report is filed
        // from is no subject of the sentence after it, unless a description stands for it ("The
        // city lies …").
        if var range = coordinatedSubject(before: index) ?? subject(before: index),
           !(isDateline(range) || isDatelineQualifier(range)) || definiteSubject(before: index) != nil || openingSubject(before: index) != nil {
            if let described = capitalDescribed(by: range) { range = described }
            // A subject named after the claim ("Located 25 km north of Kharkiv, …, Slatyne
            // found itself …", then "and 15 km south of the border") opens its text at the sentence's start.
            return (mention(range, near: countries), range.lowerBound < index ? range.lowerBound : tokens.startIndex, range)
        }
        if let range = preposedSubject(before: index) {
            return (mention(range, near: countries), tokens.startIndex, range)
        }
        if let definite = definiteSubject(before: index) ?? openingSubject(before: index) {
            let opening = definite
            var mention = opening.mention
            mention.nearCountries = countries
            return (mention, opening.start, nil)
        }
        return nil
    }

    /// "Djibo, the capital of the Soum province, is 25 km from …": the region a capital's aside
    /// names is not what the figure is about, the capital before the aside is.
    func capitalDescribed(by region: Range<Int>) -> Range<Int>? {
        var cursor = region.lowerBound - 1
        if word(cursor) == "the" { cursor -= 1 }
        guard word(cursor) == "of", word(cursor - 1) == "capital" else { return nil }
        cursor -= 2
        if let qualifier = word(cursor), Vocabulary.capitalQualifiers.contains(qualifier) { cursor -= 1 }
        guard ["the", "a"].contains(word(cursor) ?? ""), token(cursor - 1)?.text == "," else { return nil }
        return nameEnding[cursor - 1]
    }

    /// The last token of a claim's text: `last`, or the subject's last word when the sentence
    /// names the subject after the claim ("Located 25 km north of Kharkiv, …, Slatyne").
    static func end(of subject: Range<Int>?, after last: Int) -> Int {
        max(last, (subject?.upperBound ?? 0) - 1)
    }

    /// The subject of the first of two distances joined by "and": "Vovchansk, a town 4 km from
    /// the border and 45 km from Kharkiv".
    func coordinatedSubject(before index: Int) -> Range<Int>? {
        guard word(index - 1) == "and", let previous = lastDistance,
              previous.last == index - 2 || (previous.last == index - 3 && token(index - 2)?.text == ",") else { return nil }
        return previous.subject
    }

    /// "by road", "by car": the text states a road distance.
    func isByRoad(at index: Int) -> Bool {
        word(index) == "by" && ["road", "car", "highway", "motorway"].contains(word(index + 1) ?? "")
    }

    /// "(the distance) between X and Y is 300 km", "X and Y are 300 km apart": the two names
    /// before the distance. `last` is the claim's last token.
    private func pairClaim(before index: Int, last: Int, stated: StatedDistance) -> Claim? {
        guard let second = subject(before: index, skippingPairs: false), word(second.lowerBound - 1) == "and",
              let first = nameEnding[second.lowerBound - 1] else { return nil }
        let start = word(first.lowerBound - 1) == "between" ? first.lowerBound - 1 : first.lowerBound
        if start == first.lowerBound, word(last) != "apart" { return nil }
        let opening = (word(start - 1) == "distance" && word(start - 2) == "the") ? start - 2 : start
        return Claim(kind: .distance, text: text(from: opening, through: last), span: span(from: opening, through: last),
                     subject: mention(first), reference: mention(second), distance: stated)
    }

    /// A direction written as two words: "south east", "north west" (British and Australian
    /// copy), read as "south-east".
    func twoWordDirection(at index: Int) -> CompassDirection? {
        guard let first = word(index), ["north", "south"].contains(first), let second = word(index + 1),
              ["east", "west"].contains(second) else { return nil }
        return Vocabulary.direction(first + "-" + second)
    }

    /// Nouns after a name that make it a line, not a place: "just south of the Oklahoma line"
    /// (a state line, which the boundaries do not hold).
    static let boundaryNouns: Set<String> = ["line", "lines", "boundary", "frontier"]

    /// Nouns for the edge or a part of a place, whose distance is not the place's: "the coast of
    /// Libya", "the outskirts of Kyiv".
    static let edgeNouns: Set<String> = [
        "coast", "coastline", "shore", "shores", "mouth", "banks", "bank", "edge", "edges", "outskirts", "tip", "end",
        "side", "border", "borders", "frontier", "limits", "centre", "center", "heart", "north", "south", "east", "west",
    ]

    /// "X, north of Y", "X lies just south of Y", "X, to the east of Y".
    mutating func directionClaim(at index: Int) -> Claim? {
        // "Macerata, south east of Perugia": the second word carries the claim.
        if let combined = twoWordDirection(at: index - 1), word(index + 1) == "of" {
            return directionClaim(at: index, direction: combined, start: index - 1)
        }
        guard let direction = word(index).flatMap(Vocabulary.direction), word(index + 1) == "of" else { return nil }
        return directionClaim(at: index, direction: direction, start: index)
    }

    /// The direction claim whose direction `direction` ends at `index` (its words start at `start`).
    private mutating func directionClaim(at index: Int, direction: CompassDirection, start first: Int) -> Claim? {
        var start = first
        // "closed from Coromandel to south of Whitianga": the end of a stretch of road, not a
        // place's direction.
        if word(first - 1) == "to", let from = nameEnding[first - 1], word(from.lowerBound - 1) == "from" { return nil }
        if word(first - 1) == "the" {
            // "in the north of Syria" describes a part of a region, not a direction from a place.
            guard word(first - 2) == "to" else { return nil }
            start = first - 2
        }
        while let w = word(start - 1), ["just", "due", "directly", "immediately", "slightly", "far", "further", "farther",
                                         "somewhat", "well"].contains(w) {
            start -= 1
        }
        guard borderReference(at: index + 2) == nil, let reference = referenceMention(at: index + 2),
              !Self.boundaryNouns.contains(word(reference.last + 1) ?? ""),
              let found = subjectMention(before: start) else { return nil }
        consumed.formUnion(start...reference.last)
        let end = Self.end(of: found.range, after: reference.last)
        return Claim(kind: .direction, text: text(from: found.start, through: end),
                     span: span(from: found.start, through: end), subject: found.mention,
                     reference: reference.mention, direction: direction)
    }

    /// The place a distance or direction is measured from: "Damascus", "the capital, Damascus",
    /// "the Syrian capital", "the town of Azaz".
    func referenceMention(at index: Int) -> (mention: PlaceMention, last: Int)? {
        // "its state capital Imphal", "their provincial capital, Idlib": the capital named.
        if ["its", "their"].contains(word(index) ?? "") {
            var capital = index + 1
            if Vocabulary.capitalQualifiers.contains(word(capital) ?? "") { capital += 1 }
            if word(capital) == "capital" {
                var after = capital + 1
                if token(after)?.text == "," { after += 1 }
                if let name = nameStarting[after] { return (mention(name), name.upperBound - 1) }
            }
        }
        // Headline style, without the article: "30 KM south of Somali capital".
        if let adjective = token(index), !Demonyms.codes(in: adjective.lower).isEmpty, word(index + 1) == "capital" {
            var after = index + 2
            if token(after)?.text == "," { after += 1 }
            if let name = nameStarting[after] { return (mention(name, countryHint: adjective.text), name.upperBound - 1) }
            return (PlaceMention(name: text(from: index, through: index + 1), span: span(from: index, through: index + 1),
                                 capitalOf: adjective.text), index + 1)
        }
        // "Borno state capital Maiduguri", "Kachin State capital Myitkyina": a region's capital,
        // named; also after the article ("the Borno state capital, Maiduguri").
        if let region = nameStarting[word(index) == "the" ? index + 1 : index], let qualifier = word(region.upperBound),
           Vocabulary.capitalQualifiers.contains(qualifier) || qualifier == "capital" {
            var after = region.upperBound + (qualifier == "capital" ? 1 : 2)
            if qualifier == "capital" || word(after - 1) == "capital" {
                if token(after)?.text == "," { after += 1 }
                if let name = nameStarting[after], !isPossessiveMark(name.upperBound) {
                    return (mention(name, countryHint: text(from: region.lowerBound, through: region.upperBound - 1)), name.upperBound - 1)
                }
            }
        }
        // "Benin's largest city Cotonou", "Ghana's second city, Kumasi": the town the owner has.
        // "Myanmar's ancient capital of Bagan": a capital the owner had, named.
        if let owner = nameStarting[index], word(owner.upperBound) == "'s" {
            var cursor = owner.upperBound + 1
            while cursor < owner.upperBound + 4, let token = token(cursor), token.isWord, !token.isCapitalized,
                  !Vocabulary.settlementNouns.contains(token.lower), !Self.phraseStoppers.contains(token.lower) {
                cursor += 1
            }
            // "Cameroon's main port city of Douala".
            while ["port", "city", "town"].contains(word(cursor) ?? "") && ["city", "town"].contains(word(cursor + 1) ?? "") { cursor += 1 }
            let described = cursor > owner.upperBound + 1 && word(cursor) == "capital"
            if let noun = word(cursor), noun != "capital" || described, ["city", "town", "port", "village", "capital"].contains(noun) {
                var after = cursor + 1
                if word(after) == "of" { after += 1 }
                if token(after)?.text == "," { after += 1 }
                if let name = nameStarting[after] { return (mention(name, countryHint: text(from: owner.lowerBound, through: owner.upperBound - 1)), name.upperBound - 1) }
            }
        }
        // "the mineral-rich West African country's capital Accra": a described owner's capital, named.
        // Also "the Black Sea nation's capital Tbilisi", "the Pacific island nation's capital of Port Moresby".
        if word(index) == "the", let mark = (index + 2..<index + 8).first(where: { isPossessiveMark($0) }),
           ["country", "nation", "republic", "kingdom"].contains(word(mark - 1) ?? ""), word(mark + 1) == "capital" {
            var after = mark + 2
            if token(after)?.text == "," || word(after) == "of" { after += 1 }
            if let name = nameStarting[after] { return (mention(name), name.upperBound - 1) }
        }
        // "Sudan's capital Khartoum", "Syria's capital, Damascus".
        if let owner = nameStarting[index], word(owner.upperBound) == "'s", word(owner.upperBound + 1) == "capital" {
            var after = owner.upperBound + 2
            if token(after)?.text == "," { after += 1 }
            if let name = nameStarting[after] { return (mention(name), name.upperBound - 1) }
            // "100 miles north of Afghanistan's capital": the owner's capital, unnamed.
            let last = owner.upperBound + 1
            return (PlaceMention(name: text(from: index, through: last), span: span(from: index, through: last),
                                 capitalOf: text(from: owner.lowerBound, through: owner.upperBound - 1)), last)
        }
        // "the Tajikistan capital Dushanbe": a country's name used as an adjective.
        if word(index) == "the", let country = nameStarting[index + 1], word(country.upperBound) == "capital" {
            var after = country.upperBound + 1
            if token(after)?.text == "," { after += 1 }
            let countryText = text(from: country.lowerBound, through: country.upperBound - 1)
            if let name = nameStarting[after] {
                return (mention(name, countryHint: countryText), name.upperBound - 1)
            }
            // "east of the Tajikistan capital": unnamed.
            if word(country.upperBound + 1) != "of" {
                let last = country.upperBound
                return (PlaceMention(name: text(from: index, through: last), span: span(from: index, through: last), capitalOf: countryText), last)
            }
        }
        // "the republic's capital, Makhachkala", "the province's capital Kandahar".
        if word(index) == "the", word(index + 1) != nil, isPossessiveMark(index + 2), word(index + 3) == "capital" {
            var after = index + 4
            if token(after)?.text == "," { after += 1 }
            if let name = nameStarting[after] { return (mention(name), name.upperBound - 1) }
        }
        if word(index) == "the" {
            var next = index + 1
            var country: String?
            if let token = token(next), token.isWord, !Demonyms.codes(in: token.lower).isEmpty {
                country = token.text
                next += 1
            }
            // "the provincial capital Bukavu", "the regional capital, Kharkiv"; without a name, the
            // place the dateline or the sentence before names ("15 km east of the provincial capital").
            if Vocabulary.capitalQualifiers.contains(word(next) ?? ""), word(next + 1) == "capital" {
                var after = next + 2
                // "the provincial capital city of Mosul".
                if word(after) == "city" { after += 1 }
                if word(after) == "of" || token(after)?.text == "," { after += 1 }
                if let name = nameStarting[after] { return (mention(name), name.upperBound - 1) }
                guard let previous = antecedent(for: "capital") else { return nil }
                return (PlaceMention(name: previous.name, span: span(from: index, through: next + 1)), next + 1)
            }
            // "the city", "the town": the place the text named last (see ``previousName``).
            // Not "the port city of Guayaquil": a noun phrase that goes on to its name.
            if ["city", "town", "village", "port"].contains(word(next) ?? ""), country == nil, nameStarting[next + 1] == nil,
               word(next + 1) != "of", !Vocabulary.settlementNouns.contains(word(next + 1) ?? ""),
               let previous = antecedent(for: word(next) ?? "") {
                return (PlaceMention(name: previous.name, span: span(from: index, through: next)), next)
            }
            if word(next) == "capital" {
                if token(next + 1)?.text == ",", let name = nameStarting[next + 2] {
                    return (mention(name), name.upperBound - 1)
                }
                if let name = nameStarting[next + 1] {
                    return (mention(name), name.upperBound - 1)
                }
                var last = next
                if word(next + 1) == "of", let country = nameStarting[next + 2] {
                    last = country.upperBound - 1
                    if token(last + 1)?.text == ",", let name = nameStarting[last + 2] {
                        return (mention(name), name.upperBound - 1)
                    }
                    return (PlaceMention(name: text(from: index, through: last), span: span(from: index, through: last),
                                         capitalOf: text(from: country.lowerBound, through: last)), last)
                }
                return (PlaceMention(name: text(from: index, through: last), span: span(from: index, through: last),
                                     capitalOf: country ?? ""), last)
            }
            // "the Kurdish capital of Erbil": the name after "of", not the adjective.
            if let phrase = nounPhrase(at: index), let name = phrase.name, !phrase.heads.isEmpty, phrase.complement.isEmpty,
               phrase.name.map({ $0.lowerBound > index + 1 }) == true, word(name.lowerBound - 1) == "of" {
                return (mention(name, countryHint: country), name.upperBound - 1)
            }
            // "the IS stronghold of al-Bab", "the Houthi rebel bastion of Saada": a name used as
            // an adjective, lower-case nouns, and the town named after "of".
            // (An acronym is no name of its own: "IS", "PKK".)
            let acronym = token(next).map { $0.isWord && $0.text.count <= 5 && $0.text.count >= 2 && $0.text.uppercased() == $0.text } ?? false
            if let adjectiveEnd = nameStarting[next]?.upperBound ?? (acronym ? next + 1 : nil) {
                var words = adjectiveEnd
                while words < adjectiveEnd + 3, let token = token(words), token.isWord, !token.isCapitalized,
                      !Self.phraseStoppers.contains(token.lower), !["the", "a", "an"].contains(token.lower) {
                    words += 1
                }
                if words > adjectiveEnd, word(words) == "of", let name = nameStarting[words + 1], !isFeature(name),
                   !Self.edgeNouns.contains(word(words - 1) ?? ""), !Vocabulary.borderWords.contains(word(words - 1) ?? "") {
                    return (mention(name, countryHint: country), name.upperBound - 1)
                }
            }
            if let name = name(at: index) {
                return (mention(name, countryHint: country), name.upperBound - 1)
            }
            // "the southern commercial hub of Ho Chi Minh City": a description of the town named
            // after "of" (not of a feature's part: "the mouth of the Tigris", "the coast of Libya").
            var words = next
            while words < index + 5, let token = token(words), token.isWord, !token.isCapitalized,
                  !Self.phraseStoppers.contains(token.lower), !["the", "a", "an"].contains(token.lower) {
                words += 1
            }
            if words > next, word(words) == "of", let name = nameStarting[words + 1], !isFeature(name),
               !Self.edgeNouns.contains(word(words - 1) ?? "") {
                return (mention(name, countryHint: country), name.upperBound - 1)
            }
            return describedReference(at: index)
        }
        // "15 km north of central Athens", "25 miles west of downtown Oklahoma City": the city.
        if ["central", "downtown"].contains(word(index) ?? ""), let name = nameStarting[index + 1] {
            return (mention(name), name.upperBound - 1)
        }
        guard let name = nameStarting[index] else { return describedReference(at: index) }
        return (mention(name), name.upperBound - 1)
    }

    /// A reference given by a described noun and then its name: "the main town, Kherson",
    /// "regional capital Makhachkala", "the besieged city Mariupol".
    private func describedReference(at index: Int) -> (mention: PlaceMention, last: Int)? {
        guard let phrase = nounPhrase(at: index), phrase.name == nil, !phrase.heads.isEmpty, !phrase.headIsCompass,
              phrase.complement.isEmpty else { return nil }
        let name = token(phrase.end)?.text == "," ? nameStarting[phrase.end + 1] : nameStarting[phrase.end]
        guard let name else { return nil }
        return (mention(name, countryHint: phrase.countryWords.first), name.upperBound - 1)
    }
}
