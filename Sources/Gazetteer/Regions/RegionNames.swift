/// The names a country or first-level region is looked up by.
enum RegionNames {
    /// Words that say what kind of region a name is, not which: "Homs Governorate",
    /// "Muhafazat Hims", "Province of Idlib".
    static let genericWords: Set<String> = [
        "governorate", "province", "state", "region", "district", "muhafazat", "muhafazah", "wilayah",
        "wilayat", "oblast", "prefecture", "department", "county", "of", "the", "republic", "kingdom",
        "vilayet", "il", "ili", "mohafazat", "l", "co",
    ]

    /// Words that say a name is a region's, at the end of it: "Idlib province", "Borno State",
    /// "Gaza Strip", "Kherson oblast".
    static let regionWords: Set<String> = [
        "governorate", "province", "state", "region", "oblast", "prefecture", "department", "county", "wilayah",
        "wilayat", "muhafazat", "strip", "territory", "territories", "krai", "kray", "emirate", "canton", "voivodeship",
    ]

    /// Whether a folded name ends in a region word, or begins with "province of" and the like.
    static func hasRegionWord(_ folded: String) -> Bool {
        let words = folded.split(separator: " ")
        guard words.count >= 2 else { return false }
        return regionWords.contains(String(words.last!)) || (regionWords.contains(String(words[0])) && words[1] == "of")
    }

    /// The folded name with the generic words and "and" removed ("homs governorate" → "homs",
    /// "Sistan and Baluchestan" → "sistan baluchestan"), French compass words in English and
    /// two compass words joined ("Nord-Ouest" → "northwest").
    static func core(_ name: String) -> String {
        var words: [String] = []
        let folded = NameKey.folded(name)
        for word in folded.split(separator: " ") where !genericWords.contains(String(word)) && word != "and" {
            let english = compassWords[String(word)] ?? String(word)
            if let last = words.last, ["north", "south"].contains(last), ["east", "west"].contains(english) {
                words[words.count - 1] = last + english
            } else {
                words.append(english)
            }
        }
        // A name that is all but a code once its generic words go ("Cô Tô", an island, is not
        // "to", Tonga's abbreviation) keeps them.
        let core = words.joined(separator: " ")
        return core.count <= 2 && folded.count > core.count + 1 ? folded : core
    }

    /// French compass words in region names, in English: "Nord-Kivu" is "North Kivu".
    static let compassWords: [String: String] = ["nord": "north", "sud": "south", "ouest": "west", "est": "east"]

    /// Every variant of a region's recorded names: "Homs (Hims)" gives "Homs (Hims)", "Homs", "Hims".
    static func variants(of names: [String]) -> [String] {
        var result: [String] = []
        for name in names where !name.isEmpty {
            result.append(name)
            // "L'Artibonite", "L’Ouest": the French article elided onto the name.
            for article in ["L'", "L’", "l'", "l’", "D'", "D’"] where name.hasPrefix(article) {
                result.append(String(name.dropFirst(article.count)))
            }
            // "Al Jawf", "Al-Basrah": the Arabic article, which news often drops ("Jawf province").
            let words = name.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "-" })
            if words.count == 2, NameKey.articles.contains(words[0].lowercased()) {
                result.append(String(words[1]))
            }
            if let open = name.firstIndex(of: "("), let close = name.firstIndex(of: ")"), open < close {
                result.append(String(name[..<open]))
                result.append(String(name[name.index(after: open)..<close]))
            }
        }
        return result
    }
}
