import Foundation

/// The `Upload-Metadata` header of tus 1.0.0: comma-separated pairs of a key, a space and the base64 of the value.
enum TusMetadata {
    /// The pairs of `header`; a key without a value maps to the empty string.
    ///
    /// - Throws: A 400 for a value that is not base64 of UTF-8, or a repeated key.
    static func parse(_ header: String?) throws -> [String: String] {
        var pairs: [String: String] = [:]
        for pair in (header ?? "").split(separator: ",") {
            let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
            guard let key = parts.first.map(String.init) else { continue }
            var value = ""
            if parts.count > 1 {
                guard let data = Data(base64Encoded: String(parts[1])), let text = String(data: data, encoding: .utf8)
                else {
                    throw APIFailure.invalid(field: "Upload-Metadata", "the value of \(key) is not base64 of UTF-8")
                }
                value = text
            }
            guard pairs.updateValue(value, forKey: key) == nil else {
                throw APIFailure.invalid(field: "Upload-Metadata", "\(key) appears twice")
            }
        }
        return pairs
    }
}
