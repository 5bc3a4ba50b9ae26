import Foundation
import WixMedia

/// The subset of the Wix API Query Language that Query File Descriptors and Query Folders need: field
/// conditions (`{"mediaType": {"$in": ["IMAGE"]}}`, or a bare value for `$eq`) combined with `$and`, `$or` and
/// `$not`. Fields are the REST JSON names, dotted for nested ones; the SDK's `_id`, `_createdDate` and
/// `_updatedDate` are accepted too.
struct QueryFilter {
    let filter: [String: JSONValue]

    /// Whether the filter constrains `field` anywhere, which decides whether trashed items are in scope.
    func mentions(_ field: String) -> Bool {
        Self.mentions(field, in: .object(filter))
    }

    /// Whether `item` (the entity as JSON) satisfies the filter.
    func matches(_ item: JSONValue) throws -> Bool {
        try Self.matches(filter, item)
    }

    /// An entity as the JSON the API returns, for filtering.
    static func json(of value: some Encodable) -> JSONValue {
        // The generated models always encode, and their JSON always decodes as a JSONValue.
        guard let data = try? JSONEncoder().encode(value),
            let json = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return .null }
        return json
    }

    private static func mentions(_ field: String, in filter: JSONValue) -> Bool {
        switch filter {
        case .object(let members): members.contains { $0.key == field || mentions(field, in: $0.value) }
        case .array(let items): items.contains { mentions(field, in: $0) }
        default: false
        }
    }

    private static func matches(_ filter: [String: JSONValue], _ item: JSONValue) throws -> Bool {
        for (key, condition) in filter {
            let holds: Bool
            switch key {
            case "$and": holds = try subfilters(condition, key).allSatisfy { try matches($0, item) }
            case "$or": holds = try subfilters(condition, key).contains { try matches($0, item) }
            case "$not":
                guard case .object(let inner) = condition else { throw invalid("$not takes a filter object") }
                holds = try !matches(inner, item)
            default:
                holds = try fieldMatches(value(at: key, in: item), condition)
            }
            if !holds { return false }
        }
        return true
    }

    private static func subfilters(_ condition: JSONValue, _ key: String) throws -> [[String: JSONValue]] {
        guard case .array(let items) = condition else { throw invalid("\(key) takes an array of filters") }
        return try items.map { item in
            guard case .object(let members) = item else { throw invalid("\(key) takes an array of filters") }
            return members
        }
    }

    private static func value(at field: String, in item: JSONValue) -> JSONValue? {
        let aliases = ["_id": "id", "_createdDate": "createdDate", "_updatedDate": "updatedDate"]
        var current: JSONValue? = item
        for part in (aliases[field] ?? field).split(separator: ".") {
            current = current?[String(part)]
        }
        return current
    }

    private static func fieldMatches(_ value: JSONValue?, _ condition: JSONValue) throws -> Bool {
        guard case .object(let operators) = condition, operators.keys.allSatisfy({ $0.hasPrefix("$") }),
            !operators.isEmpty
        else {
            return equal(value, condition)
        }
        for (name, operand) in operators where try !apply(name, value, operand) {
            return false
        }
        return true
    }

    private static func apply(_ name: String, _ value: JSONValue?, _ operand: JSONValue) throws -> Bool {
        switch name {
        case "$eq": return equal(value, operand)
        case "$ne": return !equal(value, operand)
        case "$in", "$nin", "$hasSome", "$hasAll":
            guard case .array(let options) = operand else { throw invalid("\(name) takes an array") }
            let values = value?.arrayValue ?? [value ?? .null]
            switch name {
            case "$in": return options.contains { equal(value, $0) }
            case "$nin": return !options.contains { equal(value, $0) }
            case "$hasSome": return options.contains { option in values.contains { equal($0, option) } }
            default: return options.allSatisfy { option in values.contains { equal($0, option) } }
            }
        case "$gt", "$gte", "$lt", "$lte":
            guard let order = compare(value, operand) else { return false }
            switch name {
            case "$gt": return order == .orderedDescending
            case "$gte": return order != .orderedAscending
            case "$lt": return order == .orderedAscending
            default: return order != .orderedDescending
            }
        case "$startsWith":
            guard let prefix = operand.stringValue else { throw invalid("$startsWith takes a string") }
            return value?.stringValue?.lowercased().hasPrefix(prefix.lowercased()) ?? false
        case "$exists":
            guard let wanted = operand.boolValue else { throw invalid("$exists takes a boolean") }
            return (value != nil && value != .null) == wanted
        default:
            throw invalid("unsupported operator \(name)")
        }
    }

    private static func equal(_ lhs: JSONValue?, _ rhs: JSONValue) -> Bool {
        compare(lhs, rhs) == .orderedSame || (lhs ?? .null) == rhs
    }

    /// Numbers compare as numbers even when one side is a decimal string (`sizeInBytes` is sent as one).
    private static func compare(_ lhs: JSONValue?, _ rhs: JSONValue) -> ComparisonResult? {
        if let left = number(lhs), let right = number(rhs) {
            return left == right ? .orderedSame : left < right ? .orderedAscending : .orderedDescending
        }
        if let left = lhs?.stringValue, let right = rhs.stringValue {
            return left == right ? .orderedSame : left < right ? .orderedAscending : .orderedDescending
        }
        return nil
    }

    private static func number(_ value: JSONValue?) -> Double? {
        switch value {
        case .number(let number)?: number
        case .string(let text)?: Double(text)
        default: nil
        }
    }

    private static func invalid(_ description: String) -> APIFailure {
        APIFailure.invalid(field: "query.filter", description)
    }
}
