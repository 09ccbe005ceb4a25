/// Reads CSV (RFC 4180): comma-separated fields, double quotes around fields that hold commas,
/// quotes or line breaks, a doubled quote for a quote inside.
enum CSVReader {
    /// The records of `text`, each with the line number it starts on; blank lines are skipped.
    static func records(_ text: String) throws(RoutingError) -> [(line: Int, fields: [String])] {
        var records: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1, recordLine = 1
        var characters = Array(text).makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return characters.next()
        }
        func endRecord() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].trimmingWhitespace().isEmpty) { records.append((recordLine, fields)) }
            fields = []
        }
        while let character = next() {
            if inQuotes {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { inQuotes = false; pending = following }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.trimmingWhitespace().isEmpty:
                field = ""
                inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(character)
            }
        }
        if inQuotes { throw .malformed(line: recordLine, reason: "a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}

extension String {
    func trimmingWhitespace() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
