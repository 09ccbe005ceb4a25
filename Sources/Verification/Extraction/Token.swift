/// A word, number or punctuation mark of a text, with where it stands.
///
/// Offsets count Unicode scalars from the start of the text (as Python's `str` indexes do),
/// so a claim's span can be cut out of the text by any tool.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// Letters, with inner hyphens and apostrophes: "al-Waer", "Wa'r", "south-east".
        case word
        /// ASCII digits with inner thousands commas or a decimal point: "1,100", "2.5".
        case number
        /// One punctuation mark.
        case punctuation
        /// The end of a sentence: ".", "!", "?", ";" or a blank line.
        case sentenceEnd
    }

    var kind: Kind
    var text: String
    /// `text` lowercased, for comparisons.
    var lower: String
    /// Scalar offset of the first scalar.
    var start: Int
    /// Scalar offset just past the last scalar.
    var end: Int

    init(kind: Kind, text: String, start: Int, end: Int) {
        self.kind = kind
        self.text = text
        self.lower = text.lowercased()
        self.start = start
        self.end = end
    }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }

    /// Whether the word starts with a capital letter.
    var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    func `is`(_ words: String...) -> Bool { words.contains(lower) }
}

extension Token {
    /// The text from the start of `first` to the end of `last`, as written (inner spaces and
    /// marks kept).
    static func text(from first: Token, through last: Token, in scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first.start..<last.end])
        return String(view)
    }
}
