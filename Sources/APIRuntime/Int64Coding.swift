/// Decoding shared by the 64-bit integer adapters, which accept both a JSON string and a JSON number.
enum Int64Coding {
    static func decode(from decoder: any Decoder) throws -> Int64 {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "Expected a string of decimal digits for a 64-bit integer, got \"\(text)\".")
            }
            return value
        }
        if let value = try? container.decode(Int64.self) {
            return value
        }
        throw DecodingError.dataCorruptedError(
            in: container,
            debugDescription: "Expected a 64-bit integer as a JSON number or a string of decimal digits.")
    }

    /// `text` as an integer when it is an optional `-` followed by decimal digits and fits in `Int64`.
    static func parse(_ text: String) -> Int64? {
        // Int64(_:) alone would also take a leading "+", which is not a JSON-style integer.
        let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : text.utf8[...]
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return nil
        }
        return Int64(text)
    }
}
