/// How a value's type changed: in Swift (source-breaking), or only in how it is sent (int64 as a
/// JSON string or number, date-time or full-date), which code cannot see.
enum UsageChange: Equatable {
    case none
    /// The Swift spelling changed.
    case retyped(old: String, new: String)
    /// Same Swift type, different wire format.
    case wireFormat(old: String, new: String)

    init(old: TypeUsage, new: TypeUsage) {
        let oldSwift = TypeSpelling.swift(old)
        let newSwift = TypeSpelling.swift(new)
        if oldSwift != newSwift {
            self = .retyped(old: oldSwift, new: newSwift)
        } else if old != new {
            self = .wireFormat(old: Self.wireSpelling(old), new: Self.wireSpelling(new))
        } else {
            self = .none
        }
    }

    /// The Swift type with its wire format spelled out where the type alone does not say it.
    static func wireSpelling(_ usage: TypeUsage) -> String {
        switch usage {
        case .int64(.string): "Int64 as JSON string"
        case .int64(.number): "Int64 as JSON number"
        case .date(.dateTime): "Date as RFC 3339 date-time"
        case .date(.fullDate): "Date as RFC 3339 full-date"
        case .array(let element): "[\(wireSpelling(element))]"
        case .dictionary(let value): "[String: \(wireSpelling(value))]"
        default: TypeSpelling.swift(usage)
        }
    }
}
