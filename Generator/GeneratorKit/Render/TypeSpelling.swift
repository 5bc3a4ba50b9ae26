/// How a `TypeUsage` is written in Swift, and how values of it are coded when the wire format
/// needs an adapter from the runtime (int64 as string, RFC 3339 dates).
enum TypeSpelling {
    static func swift(_ usage: TypeUsage) -> String {
        switch usage {
        case .string: "String"
        case .bool: "Bool"
        case .int: "Int"
        case .int32: "Int32"
        case .int64: "Int64"
        case .double: "Double"
        case .float: "Float"
        case .date: "Date"
        case .data: "Data"
        case .jsonValue: "JSONValue"
        case .named(let path): path
        case .array(let element): "[\(swift(element))]"
        case .dictionary(let value): "[String: \(swift(value))]"
        case .fieldMask(let entity): "FieldMask<\(entity).\(FieldMaskDetector.fieldEnumName)>"
        }
    }

    static func swift(_ usage: TypeUsage, optional: Bool) -> String {
        optional ? swift(usage) + "?" : swift(usage)
    }

    /// The runtime adapter type for a scalar, or nil when the type codes itself.
    static func scalarAdapter(_ usage: TypeUsage) -> String? {
        switch usage {
        case .int64(.string): "Int64String"
        case .int64(.number): "Int64Number"
        case .date(.dateTime): "RFC3339Date"
        case .date(.fullDate): "RFC3339FullDate"
        default: nil
        }
    }

    /// The wire type with adapters in place of adapted scalars (`[Int64String]`), or nil when none is needed.
    static func adaptedWireType(_ usage: TypeUsage) -> String? {
        if let adapter = scalarAdapter(usage) { return adapter }
        switch usage {
        case .array(let element): return adaptedWireType(element).map { "[\($0)]" }
        case .dictionary(let value): return adaptedWireType(value).map { "[String: \($0)]" }
        default: return nil
        }
    }

    static func needsAdapter(_ usage: TypeUsage) -> Bool {
        adaptedWireType(usage) != nil
    }

    /// Turns a decoded wire value into the Swift value, written as a postfix on `expression`.
    static func unwrap(_ expression: String, _ usage: TypeUsage) -> String {
        switch usage {
        case .array(let element): "\(expression).map(\(unwrapFunction(element)))"
        case .dictionary(let value): "\(expression).mapValues(\(unwrapFunction(value)))"
        default: "\(expression).value"
        }
    }

    private static func unwrapFunction(_ usage: TypeUsage) -> String {
        switch usage {
        case .array, .dictionary: "{ \(unwrap("$0", usage)) }"
        default: "\\.value"
        }
    }

    /// Wraps a Swift value into its wire form.
    static func wrap(_ expression: String, _ usage: TypeUsage) -> String {
        switch usage {
        case .array(let element): "\(expression).map(\(wrapFunction(element)))"
        case .dictionary(let value): "\(expression).mapValues(\(wrapFunction(value)))"
        default: "\(scalarAdapter(usage)!)(\(expression))"
        }
    }

    private static func wrapFunction(_ usage: TypeUsage) -> String {
        switch usage {
        case .array, .dictionary: "{ \(wrap("$0", usage)) }"
        default: "\(scalarAdapter(usage)!).init"
        }
    }

    /// Whether code using this type needs Foundation (Date, Data).
    static func usesFoundation(_ usage: TypeUsage) -> Bool {
        switch usage {
        case .date, .data: true
        case .array(let element): usesFoundation(element)
        case .dictionary(let value): usesFoundation(value)
        default: false
        }
    }
}
