import Foundation

/// The forms of a name that matching compares, from strict to loose.
///
/// - ``folded(_:)``: case, diacritics, apostrophes and punctuation folded away:
///   "Jarābulus" → "jarabulus", "Al Wa'r" → "al war", "دِمَشْق" → "دمشق".
/// - ``skeleton(_:)``: a transliteration key for names written from Arabic (and similar) in
///   Latin letters: articles dropped, spelling variants merged, vowels (but a first one, as "a")
///   and doubled letters removed: "al-Waer", "Al Wa'r" → "wr"; "Homs", "Hims" → "hms"; "Jarablus", "Jarabulus",
///   "Djerablous" → "jrbls".
public enum NameKey {
    /// Lower case without diacritics, apostrophes or punctuation, words separated by one space.
    public static func folded(_ name: String) -> String {
        NameFolder().fold(name)
    }

    /// The folded form of an all-ASCII name without going through Unicode decomposition, or
    /// nil for a name with other characters.
    static func foldedASCII(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace, !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(byte | (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? 0x20 : 0))
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            default:
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The transliteration key of a name; empty when nothing is left (e.g. a name of vowels).
    public static func skeleton(_ name: String) -> String {
        skeleton(ofFolded: folded(name))
    }

    /// The skeleton of a name that is already folded.
    public static func skeleton(ofFolded folded: String) -> String {
        var words = folded.split(separator: " ").map(String.init)
        // Arabic articles: "al", "el", "ad", "as-"... as words of their own, or joined by a hyphen
        // (already a space after folding). Keep a lone article if it is the whole name.
        let kept = words.filter { !articles.contains($0) }
        if !kept.isEmpty { words = kept }
        // A final "-ah"/"-eh" is how many transliterations write teh marbuta: Hamah = Hama.
        words = words.map { word in
            guard word.count > 3, word.hasSuffix("h"),
                  let before = word.dropLast().last, "aeiou".contains(before) else { return word }
            return String(word.dropLast())
        }
        let text = Array(words.joined().utf8)
        guard text.allSatisfy({ $0 < 0x80 }) else { return words.joined() }
        // Merge spelling variants in one pass, longest digraph first at each position.
        let merged = replacingSpellings(in: text, by: digraphBytes)
        var result: [UInt8] = []
        result.reserveCapacity(merged.count)
        for (index, byte) in merged.enumerated() {
            // A first vowel stays, as "a" whatever it was: transliterations disagree on it
            // ("Idlib", "Edlib" → "adlb"; "Afrin", "Efrin" → "afrn"; "Aleppo" → "alp").
            if vowels.contains(byte) {
                if index == 0 { result.append(UInt8(ascii: "a")) }
                continue
            }
            if byte == result.last { continue }
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let vowels: Set<UInt8> = Set("aeiouy".utf8)

    /// `text` with each spelling of `replacements` (longest first) replaced in one pass from the
    /// left; `special` may claim a position first, returning what to write and how far to move.
    static func replacingSpellings(in text: [UInt8], by replacements: [([UInt8], [UInt8])],
                                   special: ([UInt8], Int) -> (write: [UInt8], advance: Int)? = { _, _ in nil }) -> [UInt8] {
        var merged: [UInt8] = []
        merged.reserveCapacity(text.count + 2)
        var position = 0
        scan: while position < text.count {
            if let claimed = special(text, position) {
                merged.append(contentsOf: claimed.write)
                position += claimed.advance
                continue
            }
            for (from, to) in replacements where text.count - position >= from.count {
                if text[position..<position + from.count].elementsEqual(from) {
                    merged.append(contentsOf: to)
                    position += from.count
                    continue scan
                }
            }
            merged.append(text[position])
            position += 1
        }
        return merged
    }
    private static let digraphBytes: [([UInt8], [UInt8])] = digraphs
        .sorted { $0.0.count > $1.0.count }
        .map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The skeletons worth trying for a query: the plain one, and for a name that starts with
    /// an article written joined ("Alwaer", "Arraqqa") the one without it.
    public static func querySkeletons(_ name: String) -> [String] {
        let folded = folded(name)
        var keys = [skeleton(ofFolded: folded)]
        for article in articles.sorted(by: { $0.count > $1.count }) where folded.hasPrefix(article) {
            let rest = String(folded.dropFirst(article.count))
            if rest.count >= 3, !rest.hasPrefix(" ") {
                keys.append(skeleton(ofFolded: rest))
                break
            }
        }
        return keys.filter { !$0.isEmpty }
    }

    /// Arabic articles as transliterations write them, including the assimilated forms.
    static let articles: Set<String> = [
        "al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "adh", "ath", "aj", "az", "ed", "er",
        "es", "et", "ez", "en", "esh", "il", "ul",
    ]

    /// Spelling variants merged before vowels are dropped, longest first.
    static let digraphs: [(String, String)] = [
        ("dsch", "j"), ("dj", "j"), ("tch", "ch"), ("ou", "u"), ("aw", "o"), ("ay", "e"), ("ei", "e"),
        ("kh", "h"), ("gh", "g"), ("ph", "f"), ("q", "k"), ("ck", "k"), ("dh", "d"), ("th", "t"),
        ("sh", "s"), ("ch", "s"), ("c", "k"), ("x", "ks"), ("z", "s"),
    ]

    /// Letters that do not decompose into a base letter and a mark.
    static let letterReplacements: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
        "ð": "d", "þ": "th", "ı": "i", "œ": "oe", "Œ": "oe", "ħ": "h", "Ħ": "h",
        // Arabic letter variants folded to their base: alef forms, teh marbuta, alef maksura.
        "\u{0623}": "\u{0627}", "\u{0625}": "\u{0627}", "\u{0622}": "\u{0627}", "\u{0671}": "\u{0627}",
        "\u{0629}": "\u{0647}", "\u{0649}": "\u{064A}",
    ]

    /// Marks that carry no letter: apostrophes and ayin/hamza signs, tatweel.
    static let ignored: Set<Unicode.Scalar> = [
        "'", "`", "´", "\u{2018}", "\u{2019}", "\u{02BB}", "\u{02BC}", "\u{02BE}", "\u{02BF}",
        "\u{02C8}", "\u{0640}",
    ]
}
