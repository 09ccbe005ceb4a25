/// Splits a text into ``Token``s in one pass over its Unicode scalars: linear in the length of
/// the text whatever it holds.
enum Tokenizer {
    /// Words longer than this are cut: no place name or unit is this long, and a run of letters
    /// without a break (base64, say) must not make one huge token.
    static let maximumWordLength = 64

    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: Set<String> = [
        "st", "mt", "ft", "dr", "mr", "mrs", "ms", "gen", "lt", "col", "maj", "capt", "sgt", "prof",
        "approx", "c", "ca", "no", "vs", "jr", "sr", "e.g", "i.e", "etc", "co",
    ]

    /// Abbreviations of states and provinces written after a town and a comma ("Paradise,
    /// Calif.", "Meadow Lake, Sask."): there, and capitalized, their period ends no sentence.
    /// The list is `region-aliases.tsv`'s (RegionAbbreviationTests keeps the two equal); ordinary
    /// words among them ("Ill", "Wash", "Man") keep ending sentences anywhere else.
    static let regionAbbreviations: Set<String> = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash",
        "wis", "wyo", "alta", "man", "ont", "que", "sask", "nfld", "tamps", "coah", "chih", "qld", "tas",
    ]

    /// Whether the last token is a region's abbreviation right after a comma.
    private static func endsWithRegionAbbreviation(_ tokens: [Token], at start: Int) -> Bool {
        guard tokens.count >= 2, let last = tokens.last, last.isWord, last.isCapitalized, last.end == start,
              regionAbbreviations.contains(last.lower) else { return false }
        return tokens[tokens.count - 2].text == ","
    }

    static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        let count = scalars.count
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        func isApostrophe(_ s: Unicode.Scalar) -> Bool {
            s == "'" || s == "\u{2019}" || s == "\u{02BF}" || s == "\u{02BE}" || s == "\u{2018}" || s == "\u{00B4}"
        }
        func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }
        func text(_ from: Int, _ to: Int) -> String {
            var string = String.UnicodeScalarView()
            string.append(contentsOf: scalars[from..<to])
            return String(string)
        }
        /// The end of a dash that sets off an aside, when one starts at `index`: an em dash, a
        /// doubled hyphen, or a spaced en dash or hyphen that does not join two figures ("30 - 40 km").
        /// "‚" (U+201A), a low comma some sites print for ",", reads as one too.
        func asideDash(at index: Int) -> Int? {
            let scalar = scalars[index]
            if scalar == "\u{201A}" || scalar == "\u{2014}" { return index + 1 }
            if scalar == "-", index + 1 < count, scalars[index + 1] == "-" {
                var end = index + 2
                while end < count, scalars[end] == "-" { end += 1 }
                return end
            }
            guard scalar == "\u{2013}" || scalar == "-", index > 0, index + 1 < count,
                  scalars[index - 1].properties.isWhitespace, scalars[index + 1].properties.isWhitespace else { return nil }
            var after = index + 1
            while after < count, scalars[after].properties.isWhitespace { after += 1 }
            if tokens.last?.isNumber == true, after < count, isDigit(scalars[after]) { return nil }
            return index + 1
        }
        var newlines = 0
        while i < count {
            let scalar = scalars[i]
            if scalar.properties.isWhitespace {
                if scalar == "\n" {
                    newlines += 1
                    if newlines == 2, let last = tokens.last, last.kind != .sentenceEnd {
                        tokens.append(Token(kind: .sentenceEnd, text: "\n", start: i, end: i + 1))
                    }
                }
                i += 1
                continue
            }
            newlines = 0
            let start = i
            if isLetter(scalar) {
                i += 1
                while i < count, i - start < maximumWordLength {
                    let s = scalars[i]
                    if isLetter(s) || s.properties.generalCategory == .nonspacingMark {
                        i += 1
                    } else if (isHyphen(s) || isApostrophe(s)), i + 1 < count, isLetter(scalars[i + 1]) {
                        // A possessive "'s" at the end of a word becomes its own token.
                        if isApostrophe(s), scalars[i + 1] == "s" || scalars[i + 1] == "S",
                           i + 2 >= count || !isLetter(scalars[i + 2]) {
                            break
                        }
                        i += 2
                    } else {
                        break
                    }
                }
                tokens.append(Token(kind: .word, text: text(start, i), start: start, end: i))
            } else if isDigit(scalar) {
                i += 1
                while i < count, i - start < maximumWordLength {
                    if isDigit(scalars[i]) {
                        i += 1
                    } else if scalars[i] == "," || scalars[i] == ".", i + 1 < count, isDigit(scalars[i + 1]) {
                        i += 2
                    } else {
                        break
                    }
                }
                tokens.append(Token(kind: .number, text: text(start, i), start: start, end: i))
            } else if isApostrophe(scalar), i + 1 < count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                      i + 2 >= count || !isLetter(scalars[i + 2]), let last = tokens.last, last.isWord, last.end == i {
                i += 2
                tokens.append(Token(kind: .word, text: "'s", start: start, end: i))
            } else if let aside = asideDash(at: i) {
                // A dash that sets off an aside reads as a comma: "Maaysra -- about 25 km north of
                // Beirut", "Kupwara - which is 120 km north of Srinagar", "Guayaquil—which sits …".
                i = aside
                tokens.append(Token(kind: .punctuation, text: ",", start: start, end: i))
            } else {
                i += 1
                let ends = scalar == "!" || scalar == "?" || scalar == ";"
                    || (scalar == "." && !(tokens.last.map { $0.isWord && (abbreviations.contains($0.lower) || $0.lower.count == 1) && $0.end == start } ?? false)
                        && !endsWithRegionAbbreviation(tokens, at: start))
                // Square brackets read as round ones: "75km [35 miles] southeast of".
                let bracket = scalar == "[" ? "(" : scalar == "]" ? ")" : nil
                tokens.append(Token(kind: ends ? .sentenceEnd : .punctuation, text: bracket ?? text(start, i), start: start, end: i))
            }
        }
        return tokens
    }
}
