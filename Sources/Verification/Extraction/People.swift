/// The names a text gives people, so that no claim is read about them and "the town" never
/// stands for one: "Mayor María Rocha", "Masanori Aoki, 31,", "Michael Salini, a businessman",
/// "Sadiqur Rahman, a government administrator", "Sheikh Abdiasis Abu Musab, al Shabaab's
/// spokesman", "a group led by Goliat Tabuni", "Ahmed Hassan said".
///
/// Read in one pass over the words, before the sentences: a name is a person's when a title
/// opens it ("Mayor Kaya"), or, for a name of two words or more, when an age or a role follows
/// it after a comma, a verb of speech follows it at the start of a clause, or "led by" comes
/// before it.
enum People {
    /// Titles that open a person's name.
    static let titles: Set<String> = [
        // Not words that open towns' names as well: "General Santos", "Prince George", "Sheikh
        // Zuweid", "President Roxas", "King City".
        "mayor", "mr", "mrs", "ms", "dr", "minister", "senator", "sen", "gov", "judge", "imam", "rev", "reverend",
        "sgt", "lt", "col", "colonel", "gen", "capt", "commander",
    ]
    /// Nouns for what a person is, after the comma that follows the name.
    static let roles: Set<String> = SentenceScanner.personNouns.union([
        "businessman", "businesswoman", "administrator", "commentator", "analyst", "lawyer", "professor", "leader",
        "politician", "minister", "lawmaker", "senator", "engineer", "nurse", "pilot", "soldier", "officer", "fisherman",
        "trader", "vendor", "mother", "father", "son", "daughter", "wife", "husband", "speaker", "chairman", "chairwoman",
        "president", "head", "manager", "owner", "researcher", "scientist", "expert", "volunteer", "coordinator",
        "representative", "secretary", "ambassador", "envoy", "deputy", "aide", "adviser", "advisor", "mp",
    ])
    /// Verbs of speech that follow a speaker's name.
    static let speechVerbs: Set<String> = ["said", "says", "told", "tells", "added", "explained", "wrote", "recalled", "asked"]
    /// Lower-case words inside a name: "María Del Carmen", "Osama bin Laden".
    static let connectors: Set<String> = ["de", "del", "da", "dos", "van", "von", "bin", "ibn", "al", "el"]
    /// How far after the comma a role may come ("…, al Shabaab's spokesman for …").
    static let roleReach = 6

    /// The role an apposition that opens at `start` with an article or an owner's possessive
    /// names ("a local businessman", "al Shabaab's spokesman"), within a few lower-case words
    /// and before any "and", "of" or "in"; nil when it names none.
    static func roleHead(in tokens: [Token], after start: Int) -> String? {
        var cursor = start
        if cursor < tokens.count, ["a", "an", "the"].contains(tokens[cursor].lower) {
            cursor += 1
        } else if let mark = (start..<min(tokens.count, start + 4)).first(where: { tokens[$0].lower == "'s" || tokens[$0].text == "\u{2019}" }) {
            // "al Shabaab's spokesman".
            cursor = mark + 1
        } else {
            return nil
        }
        var words = 0
        while cursor < tokens.count, tokens[cursor].isWord, !tokens[cursor].isCapitalized, words < roleReach {
            if roles.contains(tokens[cursor].lower) { return tokens[cursor].lower }
            if ["and", "or", "of", "in", "from", "who", "which", "that"].contains(tokens[cursor].lower) { return nil }
            cursor += 1
            words += 1
        }
        return nil
    }

    /// The people's names of a text, lower-cased: each whole name, with and without its title.
    static func names(in tokens: [Token], scalars: [Unicode.Scalar]) -> Set<String> {
        func isNameWord(_ index: Int) -> Bool {
            tokens.indices.contains(index) && tokens[index].isWord && tokens[index].isCapitalized && tokens[index].lower != "'s"
        }
        func text(_ range: Range<Int>) -> String {
            Token.text(from: tokens[range.lowerBound], through: tokens[range.upperBound - 1], in: scalars).lowercased()
        }
        var people = Set<String>()
        var index = 0
        while index < tokens.count {
            guard isNameWord(index), !isNameWord(index - 1) else {
                index += 1
                continue
            }
            // The run of capitalized words, with lower-case connectors between them.
            var end = index + 1
            while true {
                if isNameWord(end) {
                    end += 1
                } else if end < tokens.count, connectors.contains(tokens[end].lower), !tokens[end].isCapitalized, isNameWord(end + 1) {
                    end += 2
                } else {
                    break
                }
            }
            defer { index = end }
            var start = index
            // "Mayor María Rocha", and "Dr. Ahmed Hassan" (the title before its full stop).
            let afterTitle = index >= 2 && tokens[index - 1].text == "." && titles.contains(tokens[index - 2].lower)
            let titled = afterTitle || (end - index >= 2 && titles.contains(tokens[index].lower))
            if titled, !afterTitle { start += 1 }
            guard end - start >= (titled ? 1 : 2) else { continue }
            var isPerson = titled
            // "regional governor Alexander Gusev", "spokesman Tareq Arian": a role word right
            // before a name of two words or more.
            if index >= 1, end - index >= 2, tokens[index - 1].isWord, !tokens[index - 1].isCapitalized,
               roles.union(["commissioner"]).contains(tokens[index - 1].lower) {
                isPerson = true
            }
            // "led by Goliat Tabuni".
            if index >= 2, tokens[index - 1].lower == "by", ["led", "headed", "commanded"].contains(tokens[index - 2].lower) { isPerson = true }
            // "Ahmed Hassan said" opening a sentence or a clause (not "officials in Bahir Dar said").
            let opensClause = index == 0 || !tokens[index - 1].isWord || ["and", "but"].contains(tokens[index - 1].lower)
            if opensClause, end < tokens.count, speechVerbs.contains(tokens[end].lower) { isPerson = true }
            if end + 1 < tokens.count, tokens[end].text == "," {
                // "Masanori Aoki, 31,".
                if tokens[end + 1].isNumber, end + 2 < tokens.count, tokens[end + 2].text == "," { isPerson = true }
                // "Michael Salini, a businessman", "Sadiqur Rahman, a government administrator",
                // "…, al Shabaab's spokesman": a role heads the apposition (not "Bahir Dar, the
                // regional administration and residents said", nor "Mexico City, sending residents").
                if roleHead(in: tokens, after: end + 1) != nil { isPerson = true }
            }
            guard isPerson else { continue }
            people.insert(text(start..<end))
            if start > index { people.insert(text(index..<end)) }
        }
        return people
    }
}
