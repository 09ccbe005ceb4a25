/// A place a sentence describes before it names it: "an earthquake rocked a town in the
/// country's southwest" — and, in the next sentence, "the quake hit near the town of Masjid
/// Soleiman". The claim waits for the name.
struct PendingDescription: Sendable {
    /// The settlement noun ("town", "village", "city").
    var noun: String
    /// The claim, with a placeholder subject until the name comes.
    var claim: Claim
}

extension SentenceScanner {
    /// Verbs and prepositions after which a name is the place an event happened at: "attacked
    /// Bani", "had taken Vovche", "at Pissele".
    static let eventWords: Set<String> = [
        "attacked", "captured", "seized", "took", "taken", "hit", "struck", "stormed", "raided", "shelled", "overran",
        "entered", "at", "near",
    ]

    /// The places this sentence describes without naming: "a town in northern Burkina Faso", "a
    /// tiny village in eastern Ukraine", "a southern Lebanese village", "a town in the country's
    /// oil-rich southwest".
    func pendingDescriptions() -> [PendingDescription] {
        var found: [PendingDescription] = []
        for index in tokens.indices where ["a", "an"].contains(word(index) ?? "") {
            guard let phrase = nounPhrase(at: index), phrase.name == nil, phrase.complement.isEmpty, !phrase.headIsCompass,
                  let noun = phrase.heads.last, ["town", "village", "city", "hamlet"].contains(noun) else { continue }
            let start = index, placeholder = PlaceMention(name: "", span: span(from: index, through: phrase.end - 1), isDescription: true)
            if word(phrase.end) == "in", let place = nounPhrase(at: phrase.end + 1), let region = place.name ?? place.owner,
               place.headIsCompass || place.position != nil || place.hasHead(in: Vocabulary.regionNouns) || place.heads.isEmpty {
                // "a town in northern Burkina Faso", "a village in the Tahoua region".
                let end = end(ofRegionNamed: region, nouns: Vocabulary.regionNouns)
                let last = max(place.end, end) - 1
                found.append(PendingDescription(noun: noun, claim: Claim(
                    kind: .containment, text: text(from: start, through: last), span: span(from: start, through: last),
                    subject: placeholder, direction: place.position, isCentral: place.isCentral,
                    region: text(from: region.lowerBound, through: end - 1))))
            } else if word(phrase.end) == "in", let place = nounPhrase(at: phrase.end + 1), place.ownerIsTheCountry, place.headIsCompass {
                // "a town in the country's oil-rich southwest".
                let last = place.end - 1
                found.append(PendingDescription(noun: noun, claim: Claim(
                    kind: .position, text: text(from: start, through: last), span: span(from: start, through: last),
                    subject: placeholder, direction: place.position)))
            } else if phrase.position != nil || phrase.isCentral, !phrase.countryWords.isEmpty {
                // "a southern Lebanese village".
                let last = phrase.end - 1
                found.append(PendingDescription(noun: noun, claim: Claim(
                    kind: .position, text: text(from: start, through: last), span: span(from: start, through: last),
                    subject: placeholder, direction: phrase.position, isCentral: phrase.position == nil,
                    countries: phrase.countryWords)))
            }
        }
        return found
    }

    /// The claims of descriptions made earlier, now that this sentence names the place: "the
    /// town of Masjid Soleiman" (the same noun), or a name right after an event word ("attacked
    /// Bani"). The subject stays marked as a description: the checker never calls such a claim
    /// inconsistent, since the text may name another place.
    func claims(naming pending: [PendingDescription]) -> [Claim] {
        guard !pending.isEmpty else { return [] }
        var result: [Claim] = []
        var used = Set<Int>()
        for name in names {
            let before = name.lowerBound - 1
            let introduced = word(before) == "of" ? word(before - 1) : nil
            guard let match = pending.indices.first(where: { !used.contains($0) && (introduced == pending[$0].noun
                || (introduced == nil && Self.eventWords.contains(word(before) ?? ""))) }) else { continue }
            used.insert(match)
            var claim = pending[match].claim
            var subject = mention(name, countryHint: claim.region ?? claim.countries.first)
            subject.isDescription = true
            claim.subject = subject
            result.append(claim)
            if used.count == pending.count { break }
        }
        return result
    }
}
