import Foundation

/// The `oneOf` values already decoded during the decoding of the outermost one, by where they are and their type.
///
/// Trying every variant means a union nested in several variants is decoded once per variant that reaches it,
/// and a recursive union (`Expr = oneOf [And {operands: [Expr]}, Or {operands: [Expr]}]`) once per variant per
/// level: 2^depth attempts, a hang a hostile response could cause. Remembering each nested union's outcome — its
/// value or error, and what it reported — makes every location decode once, whatever the depth.
///
/// A location is the decoder object and the coding path: one decoder decodes one document, and it is kept alive
/// here so that no other decoder can reuse its address while the memo lives. Decoders that are not objects are
/// not remembered (correct, only slower).
final class OneOfMemo: @unchecked Sendable {
    struct Key: Hashable {
        /// One coding key, whole: a path joined into text would make `{"a.b": …}` and `{"a": {"b": …}}` one place.
        struct Component: Hashable {
            let string: String
            let int: Int?
        }

        let decoder: ObjectIdentifier
        let path: [Component]
        let type: ObjectIdentifier
    }

    private struct Entry {
        let outcome: Result<Any, any Error>
        /// What the union reported while it was decoded, passed on again at each use.
        let reports: DecodingTrial
        let decoder: AnyObject
    }

    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]

    /// The memo of the outermost `oneOf` being decoded; nil outside one.
    @TaskLocal static var current: OneOfMemo?

    /// The key of `decoder`'s current location for `Union`; nil when the decoder is not an object.
    static func key<Union>(_ decoder: any Decoder, _ union: Union.Type) -> Key? {
        guard type(of: decoder) is AnyClass else { return nil }
        return Key(
            decoder: ObjectIdentifier(decoder as AnyObject),
            path: decoder.codingPath.map { Key.Component(string: $0.stringValue, int: $0.intValue) },
            type: ObjectIdentifier(union))
    }

    /// The remembered outcome at `key`, its reports passed on again to where `userInfo`'s decoding reports.
    func replay<Union>(_ key: Key, as union: Union.Type, userInfo: [CodingUserInfoKey: Any]) -> Result<
        Union, any Error
    >? {
        lock.lock()
        let entry = entries[key]
        lock.unlock()
        guard let entry else { return nil }
        switch entry.outcome {
        case .success(let value):
            guard let value = value as? Union else { return nil }
            entry.reports.forward(userInfo: userInfo)
            return .success(value)
        case .failure(let error):
            entry.reports.forward(userInfo: userInfo)
            return .failure(error)
        }
    }

    func remember<Union>(_ key: Key, _ outcome: Result<Union, any Error>, reports: DecodingTrial, decoder: any Decoder)
    {
        lock.lock()
        entries[key] = Entry(outcome: outcome.map { $0 as Any }, reports: reports, decoder: decoder as AnyObject)
        lock.unlock()
    }
}
