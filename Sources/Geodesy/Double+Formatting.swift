extension Double {
    /// The number with exactly `fractionDigits` digits (0 to 9) after the point, rounded half
    /// away from zero: `140.4835.formatted(fractionDigits: 1)` is "140.5". Values too large for
    /// that, and infinities, are written in full.
    public func formatted(fractionDigits: Int) -> String {
        guard isFinite else { return "\(self)" }
        let digits = Swift.max(0, Swift.min(fractionDigits, 9))
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(self) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return "\(self)" }
        let whole = Int(scaled)
        let sign = self < 0 && whole != 0 ? "-" : ""
        guard digits > 0 else { return "\(sign)\(whole)" }
        let fraction = String(whole % scale)
        return "\(sign)\(whole / scale)." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}
