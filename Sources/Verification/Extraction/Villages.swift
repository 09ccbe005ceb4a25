/// The names a text calls villages ("the border village of La Victoria", "Kulawi village"): a
/// city of the same name in the gazetteer is then likely a namesake of the place meant (see
/// ``Verifier``). Read in one pass over the words, like ``People``.
enum Villages {
    /// Nouns for small settlements.
    static let nouns: Set<String> = ["village", "villages", "hamlet", "hamlets"]

    /// The names written right after "village(s) of" or "hamlet of", or right before a
    /// lower-case "village", lower-cased; at most four capitalized words each.
    static func names(in tokens: [Token], scalars: [Unicode.Scalar]) -> Set<String> {
        func isNameWord(_ index: Int) -> Bool { tokens.indices.contains(index) && tokens[index].isWord && tokens[index].isCapitalized }
        /// The capitalized words from `index` on (`step` 1) or back from it (`step` -1).
        func name(at index: Int, step: Int) -> String? {
            guard isNameWord(index) else { return nil }
            var far = index
            while isNameWord(far + step), abs(far + step - index) < 4 { far += step }
            return Token.text(from: tokens[min(index, far)], through: tokens[max(index, far)], in: scalars).lowercased()
        }
        var names = Set<String>()
        for (index, token) in tokens.enumerated() where token.isWord && !token.isCapitalized && nouns.contains(token.lower) {
            if index + 1 < tokens.count, tokens[index + 1].lower == "of", let found = name(at: index + 2, step: 1) { names.insert(found) }
            if let found = name(at: index - 1, step: -1) { names.insert(found) }
        }
        return names
    }
}
