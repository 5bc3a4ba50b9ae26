import Foundation

/// Free-form query parameters: scalars are written as themselves, arrays and objects as compact JSON.
extension JSONValue: QueryValue {
    /// The value in a query string: `null` empty, booleans and numbers as JSON spells them (whole numbers
    /// without `.0`), strings as they are, arrays and objects as compact JSON.
    public var queryValue: String {
        switch self {
        case .null: return ""
        case .bool(let flag): return flag.queryValue
        case .number(let number):
            // JSON has one number type; `5` must not become `5.0` on the wire.
            if number.rounded() == number, abs(number) < 9_007_199_254_740_992 { return String(Int64(number)) }
            return number.queryValue
        case .string(let text): return text
        case .array, .object:
            let data = (try? JSONBody.encode(self)) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
