/// A headline written in title case ("Russian Region on Ukraine Border", "10 Civilians Murdered
/// in the North"), where capitals say nothing about which words are names.
enum Headline {
    /// Short words title case leaves in lower case.
    static let minorWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "as", "from", "near", "after",
        "over", "into", "is", "are", "vs",
    ]

    /// The scalar offsets of the text's first line when it is a title-case headline: followed by
    /// more text, at most 20 words, and four in five of its other words capitalized.
    static func titleCaseLine(in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let newline = scalars.firstIndex(of: "\n"), scalars[newline...].contains(where: { $0.properties.isAlphabetic }) else { return nil }
        let line = String(String.UnicodeScalarView(scalars[..<newline]))
        let words = line.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" && $0 != "-" }).map(String.init)
        let content = words.filter { !minorWords.contains($0.lowercased()) }
        guard words.count >= 3, words.count <= 20, content.count >= 3 else { return nil }
        let capitalized = content.filter { $0.first?.isUppercase == true }.count
        // A line in capitals throughout is a dateline or a shouted headline, not title case.
        guard capitalized * 5 >= content.count * 4, content.contains(where: { $0.dropFirst().contains(where: \.isLowercase) }) else { return nil }
        return 0..<newline
    }
}
