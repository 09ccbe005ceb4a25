/// How news romanises names from Arabic, Persian, Pashto, Kurdish, Turkish, Hausa, Somali,
/// Burmese…: explicit, documented equivalences between spellings, and a distance between
/// spellings that tells a variant ("Hawija" / "Al Ḩawījah") from an unrelated name that merely
/// shares consonants ("Hawija" / "Heijo").
///
/// ``key(ofFolded:)`` applies the equivalences, in this order, to a folded name:
///
/// | equivalence | example |
/// |---|---|
/// | articles al-/el-/ad-/ar-/as-/ash-/at-/az-/an-… (sun-letter assimilation), joined, spaced or dropped; the Persian ezafe -i-/-e- | "ad-Dana" = "Dana", "Mazar-i-Sharif" = "Mazar Sharif" |
/// | hyphens and spaces | "Tal Afar" = "Talafar" |
/// | final -ah / -eh / -a | "Hamah" = "Hama" = "Hameh" |
/// | dsch, dzh, dj → j | "Djerablous" ~ "Jerablus" |
/// | tch, ch, sh → sh | "Chebaa" = "Shebaa" |
/// | kh → h, gh → g, q → k, ck/c → k, ph → f, th → t, dh → d, x → ks | "Khan" = "Han", "Qunduz" = "Kunduz" |
/// | ou before a vowel → w; ou, oo → u; ee → i | "Ouagadougou" = "Wagadugu", "Mossoul" = "Mosul" |
/// | ai, ay, ei, ey → e; aw, au, ow → o (not before a vowel); iya, iye → ia, ie | "Beiji" = "Bayji" = "Baiji", "Zawr" = "Zor", "Zawiya" = "Zaouia" |
/// | vowels in three classes: a = e, i = y, o = u; a word's first vowel as "a" | "Jarablus" = "Jerablus", "Idlib" = "Edlib" |
/// | doubled letters | "Falluja" = "Fallujah" = "Faluja" |
///
/// Before folding, the Turkish, Kurdish, Romanian and Slavic letters for "sh" and "ch" (ş, ș, š,
/// ç, č) are written so: "Qamişlo" = "Qamishlo", "Kamišli" = "Kamishli".
///
/// Names that are not written in Latin letters keep their folded form.
public enum Romanisation {
    /// The key under which spellings that the equivalences make equal meet.
    public static func key(ofFolded folded: String) -> String {
        key(ofFolded: folded, mergingVowels: true)
    }

    /// The key without the vowel classes: spellings that agree on their vowels ("Hawija" /
    /// "al-Hawijah") meet under it, spellings that differ in them ("Sévaré" / "Savara") do not.
    public static func vowelKey(ofFolded folded: String) -> String {
        key(ofFolded: folded, mergingVowels: false)
    }

    private static func key(ofFolded folded: String, mergingVowels: Bool) -> String {
        var words = folded.split(separator: " ").map(String.init)
        let kept = words.filter { !NameKey.articles.contains($0) && !ezafe.contains($0) }
        if !kept.isEmpty { words = kept }
        let text = Array(words.joined().utf8)
        guard !text.isEmpty, text.allSatisfy({ $0 < 0x80 }) else { return words.joined() }
        return String(decoding: reduce(text, mergingVowels: mergingVowels), as: UTF8.self)
    }

    /// The key of a name as it is written ("al-Ḩawījah").
    public static func key(_ name: String) -> String {
        key(ofFolded: folded(name, folded: NameKey.folded(name)))
    }

    /// The name folded for its romanisation key: `folded` itself, unless the name has a letter
    /// that folding would strip of its "h" ("Qamişlo": "qamishlo", not "qamislo").
    public static func folded(_ name: String, folded: String) -> String {
        guard name.unicodeScalars.contains(where: { digraphLetters[$0] != nil }) else { return folded }
        var spelled = ""
        spelled.unicodeScalars.reserveCapacity(name.unicodeScalars.count + 4)
        for scalar in name.unicodeScalars {
            if let digraph = digraphLetters[scalar] { spelled += digraph } else { spelled.unicodeScalars.append(scalar) }
        }
        return NameKey.folded(spelled)
    }

    /// Countries whose place names reach the news in one spelling: written in Latin letters by
    /// their own languages (Europe's west, centre and north, the Americas, Oceania, the
    /// Philippines, Indonesia, Malaysia), or by one standard romanisation (Chinese pinyin,
    /// Japanese Hepburn, Vietnamese), or from an alphabet that writes its vowels (Cyrillic, Greek,
    /// Georgian, Armenian). Their vowels are not interchangeable: "Beichuan" is not
    /// "Bachuan", "Sarmada" not "Sarmede". Vowels meet by class only for places elsewhere.
    public static let fixedSpellingCountries: Set<String> = [
        "AD", "AT", "BE", "CH", "CZ", "DE", "DK", "EE", "ES", "FI", "FO", "FR", "GB", "GG", "GI", "HR", "HU", "IE", "IM",
        "IS", "IT", "JE", "LI", "LT", "LU", "LV", "MC", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "SM", "VA",
        "AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BR", "BS", "BZ", "CA", "CL", "CO", "CR", "CU", "CW", "DM", "DO",
        "EC", "FK", "GD", "GF", "GL", "GP", "GT", "GY", "HN", "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "MX", "NI",
        "PA", "PE", "PM", "PR", "PY", "SR", "SV", "SX", "TC", "TT", "US", "UY", "VC", "VE", "VG", "VI",
        "AU", "NZ", "NC", "PF", "PH", "ID", "MY", "CN", "TW", "HK", "MO", "JP", "VN",
        // Alphabets that write their vowels (Cyrillic, Greek, Georgian, Armenian): "Dunayka" is not "Donecke".
        "RU", "UA", "BY", "BG", "RS", "ME", "BA", "MK", "GR", "CY", "GE", "AM", "KZ", "KG", "MN", "MD",
    ]

    /// Letters that stand for two Latin letters in news romanisation.
    static let digraphLetters: [Unicode.Scalar: String] = [
        "ş": "sh", "Ş": "Sh", "ș": "sh", "Ș": "Sh", "š": "sh", "Š": "Sh", "ç": "ch", "Ç": "Ch", "č": "ch", "Č": "Ch",
    ]

    /// The keys worth trying for a query: its own, and for a name with an article joined to it
    /// ("Alwaer", "Arraqqa", "Elfasher") the key without it. With `mergingVowels` false, the
    /// same as ``vowelKey(ofFolded:)``s.
    public static func queryKeys(ofFolded folded: String, mergingVowels: Bool = true) -> [String] {
        var keys = [key(ofFolded: folded, mergingVowels: mergingVowels)]
        for article in NameKey.articles.sorted(by: { $0.count > $1.count }) where folded.hasPrefix(article) {
            let rest = Array(folded.dropFirst(article.count))
            guard rest.count >= 4, rest[0] != " ", let consonant = article.last else { continue }
            // "Arraqqa", "Assuwayda": a sun letter doubled by the article's assimilation; "Alwaer",
            // "Elfasher": al-/el- before a consonant. Not "Arghandab" or "Anefis", whose first
            // letters are no article.
            let assimilated = rest[0] == consonant && article != "al" && article != "el"
            let lunar = (article == "al" || article == "el") && !"aeiou".contains(rest[0])
            guard assimilated || lunar else { continue }
            keys.append(key(ofFolded: String(rest), mergingVowels: mergingVowels))
            break
        }
        return keys.filter { !$0.isEmpty }
    }

    /// The Persian and Pashto ezafe, written as a word of its own after folding: "Mazar-i-Sharif".
    static let ezafe: Set<String> = ["i", "e", "ye", "yi"]

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o"),
                       u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), w = UInt8(ascii: "w"), h = UInt8(ascii: "h")

    /// Whether a byte is a vowel letter (y counts as one only between consonants or at the end).
    static func isVowel(_ byte: UInt8) -> Bool {
        byte == a || byte == e || byte == i || byte == o || byte == u
    }

    /// Multi-letter spellings, longest first at each position.
    private static let replacementPairs: [(String, String)] = [
        ("dsch", "j"), ("tch", "sh"), ("dzh", "j"), ("dj", "j"), ("ch", "sh"), ("sch", "sh"),
        ("kh", "h"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("ck", "k"), ("q", "k"), ("c", "k"),
        ("x", "ks"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ai", "e"), ("ay", "e"), ("ei", "e"), ("ey", "e"),
        ("aw", "o"), ("au", "o"), ("ow", "o"), ("iya", "ia"), ("iye", "ie"), ("iyu", "iu"),
    ]
    private static let replacements: [([UInt8], [UInt8])] = replacementPairs
        .sorted { $0.0.count > $1.0.count }
        .map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static func reduce(_ text: [UInt8], mergingVowels: Bool) -> [UInt8] {
        // A final -ah / -eh (teh marbuta) is a final -a.
        var text = text
        if text.count > 3, text.last == h, let before = text.dropLast().last, before == a || before == e {
            text.removeLast()
        }
        let merged = NameKey.replacingSpellings(in: text, by: replacements) { text, position in
            // The French "ou" before a vowel is a "w": "Ouagadougou" / "Wagadugu", "Ouad" / "Wad".
            if text[position] == o, position + 2 < text.count, text[position + 1] == u, isVowel(text[position + 2]) {
                return ([w], 2)
            }
            // "aw", "ow" before a vowel are a vowel and a consonant: "Zawiya", "Hawija".
            if text[position] == a || text[position] == o, position + 2 < text.count, text[position + 1] == w,
               isVowel(text[position + 2]) {
                return ([text[position], w], 2)
            }
            return nil
        }
        var result: [UInt8] = []
        result.reserveCapacity(merged.count)
        for byte in merged {
            var letter = byte
            if mergingVowels, isVowel(byte) || byte == y && (result.last.map { !isVowel($0) } ?? false) {
                // Three vowel classes; a name's opening vowel as "a" (Idlib = Edlib = Adlib).
                switch byte {
                case a, e: letter = a
                case i, y: letter = i
                default: letter = u
                }
                if result.isEmpty { letter = a }
            }
            if letter == result.last { continue }
            result.append(letter)
        }
        return result
    }

    /// How far apart two keys are: an edit distance in which changing, adding or dropping a
    /// vowel costs 0.5 and a consonant 1, divided by the longer key's length (0 equal, 1 unrelated).
    /// Gives up past `limit` (returning a value above it), so that a long list is cheap to sift.
    public static func distance(_ first: String, _ second: String, limit: Double = 0.4) -> Double {
        let x = Array(first.utf8), y = Array(second.utf8)
        let longest = Double(max(x.count, y.count))
        guard longest > 0 else { return 0 }
        let bound = limit * longest
        if Double(abs(x.count - y.count)) * 0.5 > bound { return 1 }
        func cost(_ byte: UInt8) -> Double { isVowel(byte) ? 0.5 : 1 }
        var previous = [Double](repeating: 0, count: y.count + 1)
        for j in 0..<y.count { previous[j + 1] = previous[j] + cost(y[j]) }
        var current = previous
        for xi in 0..<x.count {
            current[0] = previous[0] + cost(x[xi])
            var rowBest = current[0]
            for j in 0..<y.count {
                let substitution = x[xi] == y[j] ? 0 : (isVowel(x[xi]) && isVowel(y[j]) ? 0.5 : max(cost(x[xi]), cost(y[j])))
                current[j + 1] = min(previous[j] + substitution, previous[j + 1] + cost(x[xi]), current[j] + cost(y[j]))
                rowBest = min(rowBest, current[j + 1])
            }
            if rowBest > bound { return 1 }
            swap(&previous, &current)
        }
        return previous[y.count] / longest
    }
}
