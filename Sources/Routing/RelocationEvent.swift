import Foundation

/// One movement of people: from an origin to a destination, maybe through other places, on a
/// date. Read from CSV or JSON by ``RelocationEvent/read(csv:)`` and ``RelocationEvent/read(json:)``.
///
/// Columns (CSV header, or JSON keys): `origin` and `destination` (place names, required), `via`
/// (place names separated by `;`), `date` (YYYY-MM-DD), `people` (a whole number), `notes` (any
/// text). Other columns are kept as properties.
public struct RelocationEvent: Sendable, Equatable {
    /// Where the event is in its file: the CSV line or the JSON array position, from 1.
    public var row: Int
    public var origin: String
    public var destination: String
    public var via: [String]
    public var date: String?
    public var people: Int?
    public var notes: String?
    /// Other columns, as text.
    public var extra: [String: String]

    static let knownColumns: Set<String> = ["origin", "destination", "via", "date", "people", "notes"]

    /// Events from CSV text with a header row.
    public static func read(csv text: String) throws(RoutingError) -> [RelocationEvent] {
        let records = try CSVReader.records(text)
        guard let header = records.first else { return [] }
        let columns = header.fields.map { $0.trimmingWhitespace().lowercased() }
        for required in ["origin", "destination"] where !columns.contains(required) {
            throw .unreadable("the header row has no '\(required)' column (found: \(columns.joined(separator: ", ")))")
        }
        return try records.dropFirst().map { (line, fields) throws(RoutingError) -> RelocationEvent in
            guard fields.count == columns.count else {
                throw .malformed(line: line, reason: "\(fields.count) fields where the header has \(columns.count)")
            }
            var values: [String: String] = [:]
            for (column, field) in zip(columns, fields) { values[column] = field.trimmingWhitespace() }
            return try RelocationEvent(row: line, values: values)
        }
    }

    /// Events from a JSON array of objects.
    public static func read(json data: Data) throws(RoutingError) -> [RelocationEvent] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .unreadable("not JSON: \((error as NSError).localizedDescription)")
        }
        guard let array = object as? [Any] else { throw .unreadable("expected a JSON array of event objects") }
        return try array.enumerated().map { (index, element) throws(RoutingError) -> RelocationEvent in
            guard let dictionary = element as? [String: Any] else {
                throw .malformed(line: index + 1, reason: "not a JSON object")
            }
            var values: [String: String] = [:]
            for (key, value) in dictionary {
                if isBoolean(value) {
                    throw .malformed(line: index + 1, reason: "'\(key)' must be text or a number, not true or false")
                }
                switch value {
                case let text as String: values[key.lowercased()] = text
                case let number as NSNumber: values[key.lowercased()] = number.stringValue
                case let list as [String] where key.lowercased() == "via": values["via"] = list.joined(separator: ";")
                default: throw .malformed(line: index + 1, reason: "'\(key)' must be text or a number")
                }
            }
            return try RelocationEvent(row: index + 1, values: values)
        }
    }

    /// Whether a value from JSONSerialization is `true` or `false` (a boolean NSNumber, which
    /// would otherwise read as the number 1 or 0).
    private static func isBoolean(_ value: Any) -> Bool {
        ObjectIdentifier(type(of: value)) == ObjectIdentifier(type(of: NSNumber(value: true)))
    }

    init(row: Int, values: [String: String]) throws(RoutingError) {
        self.row = row
        guard let origin = values["origin"], !origin.isEmpty else { throw .malformed(line: row, reason: "origin is empty") }
        guard let destination = values["destination"], !destination.isEmpty else {
            throw .malformed(line: row, reason: "destination is empty")
        }
        self.origin = origin
        self.destination = destination
        via = (values["via"] ?? "").split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        if let date = values["date"], !date.isEmpty {
            guard Self.isDate(date) else { throw .malformed(line: row, reason: "date '\(date.prefix(40))' is not YYYY-MM-DD") }
            self.date = date
        }
        if let people = values["people"], !people.isEmpty {
            guard people.utf8.allSatisfy({ (48...57).contains($0) }), let count = Int(people) else {
                throw .malformed(line: row, reason: "people '\(people.prefix(40))' is not a whole number")
            }
            self.people = count
        }
        notes = values["notes"].flatMap { $0.isEmpty ? nil : $0 }
        extra = values.filter { !Self.knownColumns.contains($0.key) }
    }

    /// Whether text is a real calendar date written YYYY-MM-DD (digits only: no sign).
    public static func isDate(_ text: String) -> Bool {
        guard text.utf8.count == 10, text.utf8.enumerated().allSatisfy({ [4, 7].contains($0.offset) ? $0.element == 45 : (48...57).contains($0.element) }) else {
            return false
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }
}
