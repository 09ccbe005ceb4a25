/// Levenshtein distance between two strings (insertions, deletions, substitutions of
/// characters), stopping early once it exceeds `limit`.
func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
    let x = Array(a), y = Array(b)
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = Array(repeating: 0, count: y.count + 1)
    for i in 1...x.count {
        current[0] = i
        var rowMinimum = current[0]
        for j in 1...y.count {
            let cost = x[i - 1] == y[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            rowMinimum = min(rowMinimum, current[j])
        }
        if rowMinimum > limit { return limit + 1 }
        swap(&previous, &current)
    }
    return previous[y.count]
}

/// How many typos a name of this length may carry and still match: none below four letters,
/// then one per five letters, at most three.
func typoAllowance(forLength length: Int) -> Int {
    length < 4 ? 0 : min(3, max(1, length / 5))
}
