import Foundation
import GeoJSON

/// Checks JSON values against the JSON Schema subset the OpenAPI document uses: `$ref` to
/// `#/components/schemas/…`, `type`, `properties`, `required`, `additionalProperties: false`,
/// `items`, `minItems`, `maxItems`, `enum`, `const`, `anyOf`, `pattern`. Returns the problems
/// found, each with its JSON path; none means the value conforms.
struct SchemaValidator {
    let document: JSONValue

    init(document: Data) throws {
        self.document = try JSONDecoder().decode(JSONValue.self, from: document)
    }

    func schema(named name: String) -> JSONValue? {
        document["components"]?["schemas"]?[name]
    }

    func problems(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
        if case .string(let reference)? = schema["$ref"] {
            let name = reference.replacingOccurrences(of: "#/components/schemas/", with: "")
            guard let target = self.schema(named: name) else { return ["\(path): unresolved \(reference)"] }
            return problems(value, target, at: path)
        }
        if case .array(let options)? = schema["anyOf"] {
            return options.contains { problems(value, $0, at: path).isEmpty } ? [] : ["\(path): matches none of anyOf"]
        }
        var found: [String] = []
        if let constant = schema["const"], constant != value { found.append("\(path): is not \(constant)") }
        if case .array(let choices)? = schema["enum"], !choices.contains(value) {
            found.append("\(path): \(value) is not one of the enum")
        }
        if case .string(let type)? = schema["type"], !Self.isType(value, type) {
            return found + ["\(path): is not \(type)"]
        }
        switch value {
        case .object(let object):
            let properties = schema["properties"]
            if case .array(let required)? = schema["required"] {
                for case .string(let key) in required where object[key] == nil { found.append("\(path): lacks '\(key)'") }
            }
            for (key, item) in object.sorted(by: { $0.key < $1.key }) {
                if let propertySchema = properties?[key] {
                    found += problems(item, propertySchema, at: "\(path).\(key)")
                } else if schema["additionalProperties"] == .bool(false) {
                    found.append("\(path): has '\(key)', which the schema does not list")
                }
            }
        case .array(let array):
            if case .number(let minimum)? = schema["minItems"], Double(array.count) < minimum { found.append("\(path): too few items") }
            if case .number(let maximum)? = schema["maxItems"], Double(array.count) > maximum { found.append("\(path): too many items") }
            if let items = schema["items"] {
                for (i, item) in array.enumerated() { found += problems(item, items, at: "\(path)[\(i)]") }
            }
        case .string(let text):
            if case .string(let pattern)? = schema["pattern"], text.range(of: pattern, options: .regularExpression) == nil {
                found.append("\(path): '\(text)' does not match \(pattern)")
            }
        default: break
        }
        return found
    }

    static func isType(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object):
            return true
        case ("integer", .number(let number)): return number.rounded() == number
        default: return false
        }
    }
}

extension JSONValue {
    /// The member `key` of an object, else nil.
    subscript(_ key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }
}
