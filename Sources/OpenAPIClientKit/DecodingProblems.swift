import Foundation

/// One value that a response carried in a shape its model does not expect: an optional property that decoded as
/// nil, or a `oneOf` without a discriminator whose value matched none of its variants (kept as JSON) or more
/// than one equally well (decoded as the first of them).
///
/// APIs add and drop fields, and their own samples may disagree on some shapes; a property of an
/// unexpected shape costs that property, not the response. Each such value is recorded as a problem.
public struct DecodingProblem: Sendable, Hashable, CustomStringConvertible {
    /// Where the property is, as a JSON path from the body's root, such as `$.files[0].media.image`.
    public var path: String
    /// The Swift type the model expected there.
    public var expectedType: String
    /// The value the body held there; nil when it could not be read as JSON.
    public var rawValue: JSONValue?
    /// What the decoder reported.
    public var reason: String

    /// Creates a problem record.
    public init(path: String, expectedType: String, rawValue: JSONValue?, reason: String) {
        self.path = path
        self.expectedType = expectedType
        self.rawValue = rawValue
        self.reason = reason
    }

    /// The JSON path written in the `$.a[0].b` form, from a decoder's coding path.
    public static func jsonPath(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce(into: "$") { path, key in
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == "\(index)" {
                path += "[\(index)]"
            } else {
                path += "." + key.stringValue
            }
        }
    }

    /// The path, the expected type and the raw value as JSON text.
    public var description: String {
        "\(path): expected \(expectedType), found \(rawValue.flatMap(Self.jsonText) ?? "an unreadable value")"
    }

    private static func jsonText(_ value: JSONValue) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// How generated models treat an optional property whose value has an unexpected shape, and a `oneOf`
/// without a discriminator whose value matches no variant, or several equally well.
public enum DecodingPolicy: Sendable, Hashable {
    /// The property decodes as nil, the `oneOf` as its `unrecognized` case or its first best variant, and the
    /// problem is recorded (the default).
    case tolerant
    /// Decoding fails, as synthesized `Codable` does.
    case strict
}

/// Collects the ``DecodingProblem``s of one decoding; safe to share between threads.
///
/// Put one in `JSONDecoder.userInfo` under `CodingUserInfoKey.decodingProblems` to decode generated
/// models yourself and see what was dropped; without one, problems are dropped silently.
public final class DecodingProblems: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [DecodingProblem] = []
    /// Whether optional properties of an unexpected shape fail the decoding instead of decoding as nil.
    public let policy: DecodingPolicy

    /// Creates an empty collector that applies `policy`.
    public init(policy: DecodingPolicy = .tolerant) {
        self.policy = policy
    }

    /// The problems recorded so far, in the order they were found.
    public var problems: [DecodingProblem] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// Adds `problem`.
    public func record(_ problem: DecodingProblem) {
        lock.lock()
        recorded.append(problem)
        lock.unlock()
    }

    /// The collector that `APIOperation.decodeResponse` puts in its decoder's `userInfo` while `body` runs in
    /// the current task: how a client hands its policy to decoding and learns what was dropped.
    @TaskLocal public static var current: DecodingProblems?
}

extension CodingUserInfoKey {
    /// The key of a ``DecodingProblems`` collector in a decoder's `userInfo`.
    public static let decodingProblems = CodingUserInfoKey(rawValue: "OpenAPIClientKit.DecodingProblems")!
}

extension KeyedDecodingContainer {
    /// Decodes an optional property tolerantly: a value of an unexpected shape is nil, recorded in the
    /// ``DecodingProblems`` of `decoder`'s `userInfo`, unless that collector's policy is ``DecodingPolicy/strict``.
    ///
    /// Generated models call this for each optional property. The happy path costs what `decodeIfPresent` costs;
    /// only a failure reads `userInfo`.
    ///
    /// - Throws: the decoding error, under the strict policy.
    @inlinable
    public func decodeTolerantly<Value: Decodable>(
        _ type: Value.Type, forKey key: Key, in decoder: any Decoder
    ) throws -> Value? {
        do {
            return try decodeIfPresent(type, forKey: key)
        } catch {
            return try recordFailure(error, type: type, forKey: key, in: decoder)
        }
    }

    /// Records `error` for the property at `key` and returns nil; rethrows it under the strict policy, and when
    /// it comes from a required property inside the value.
    @usableFromInline
    func recordFailure<Value>(_ error: any Error, type: Value.Type, forKey key: Key, in decoder: any Decoder)
        throws -> Value?
    {
        let path = codingPath + [key]
        if DecodingProblems.isStrict(decoder.userInfo) || !Self.isShapeOfValue(at: path, error) { throw error }
        DecodingProblems.report(
            DecodingProblem(
                path: DecodingProblem.jsonPath(path), expectedType: String(describing: type),
                rawValue: try? decode(JSONValue.self, forKey: key), reason: Self.reason(error)),
            userInfo: decoder.userInfo)
        return nil
    }

    /// Whether `error` is about the value at `path` itself or one of its elements — rather than about a member
    /// further down, which only a required member can throw up to here: optional ones absorb their own errors.
    /// A required member that is missing or of another shape fails the response, whatever contains it.
    private static func isShapeOfValue(at path: [any CodingKey], _ error: any Error) -> Bool {
        guard let error = error as? DecodingError else { return true }
        let failing: [any CodingKey]
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            failing = context.codingPath
        case .keyNotFound(let key, let context):
            failing = context.codingPath + [key]
        @unknown default:
            return true
        }
        return failing.dropFirst(path.count).allSatisfy { $0.intValue != nil }
    }

    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            return context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}
