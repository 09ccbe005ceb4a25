import Gazetteer
import Geodesy
import Verification

/// The readable report of `geocheck check`: a summary line, then each claim quoted with its
/// verdict, the explanation and the places it resolved to.
struct CheckReportText {
    let report: CheckReport
    let text: String
    let style: Style

    func render() -> String {
        let lines = LineIndex(text)
        var out = summary() + "\n"
        for (number, checked) in report.claims.enumerated() {
            let claim = checked.claim
            out += "\n\(style.bold("\(number + 1).")) \(verdict(checked.verdict))  \(style.dim("\(claim.kind.rawValue), line \(lines.line(of: claim.span.start))"))\n"
            out += "   “\(claim.text.split(whereSeparator: \.isNewline).joined(separator: " "))”\n"
            out += "   \(checked.explanation)\n"
            let places = [checked.subject, checked.reference].compactMap { $0 }.map(describe)
            if !places.isEmpty { out += "   \(style.dim(places.joined(separator: "; ")))\n" }
        }
        let missing = report.unresolved.filter { $0.reason != .ambiguous }
        if !missing.isEmpty {
            let names = missing.map { "‘\($0.name)’" }.joined(separator: ", ")
            out += "\n\(style.yellow("not in the gazetteer with confidence:")) \(names)\n"
            if let command = missing.first?.importCommand {
                out += "   villages and districts are often missing from the shipped data; a GeoNames country file adds them: \(command)\n"
            }
        }
        if report.isTruncated {
            out += "\n\(style.yellow("stopped after \(report.claims.count) claims"))\n"
        }
        return out
    }

    private func summary() -> String {
        guard !report.claims.isEmpty else { return "no geographic claims found" }
        let counts = report.counts
        let parts = Verdict.allCases.compactMap { verdict in counts[verdict].map { "\($0) \(verdict.rawValue)" } }
        let noun = report.claims.count == 1 ? "claim" : "claims"
        return style.bold("\(report.claims.count) \(noun): ") + parts.joined(separator: ", ")
    }

    private func verdict(_ verdict: Verdict) -> String {
        let label = verdict.rawValue
        switch verdict {
        case .consistent: return style.green(label)
        case .consistentRoad: return style.blue(label)
        case .inconsistent: return style.red(label)
        case .unverifiable: return style.yellow(label)
        }
    }

    private func describe(_ place: Place) -> String {
        let region = place.admin1Name.map { ", \($0)" } ?? ""
        return "\(place.name) (\(place.countryCode)\(region); \(place.coordinate.latitude.formatted(fractionDigits: 4)), \(place.coordinate.longitude.formatted(fractionDigits: 4)); geonameid \(place.id))"
    }
}

/// Line numbers of scalar offsets in a text.
struct LineIndex {
    /// The scalar offset where each line after the first starts.
    private var starts: [Int] = []

    init(_ text: String) {
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" {
            starts.append(offset + 1)
        }
    }

    /// The 1-based line of a scalar offset.
    func line(of offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low + 1
    }
}
