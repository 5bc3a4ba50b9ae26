import Foundation

/// The JSON the simulator writes: like Wix's, with `/` left unescaped, so URLs in bodies read as URLs.
enum WireJSON {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
