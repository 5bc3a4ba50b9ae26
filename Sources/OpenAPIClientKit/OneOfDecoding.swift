import Foundation

/// One alternative of a `oneOf` (or `anyOf`) without a discriminator, as generated code hands it to
/// ``OneOfDecoding``: a name for messages and a way to decode the value as this alternative.
public struct OneOfVariant<Union>: Sendable {
    /// The alternative's Swift type, as messages and ``DecodingProblem``s name it (`Cat`, `Double`).
    public let name: String
    /// Whether the alternative's values are a subset of another alternative's JSON type: an integer where a
    /// number is also accepted, a date or base64 bytes where a plain string is. Such an alternative wins a tie
    /// against the broader one, so that `1` in `oneOf: [integer, number]` is the integer.
    public let refinesBroaderType: Bool
    let decode: @Sendable (any SingleValueDecodingContainer) throws -> Union

    /// Creates an alternative named `name` that `decode` reads from the value's container.
    public init(
        _ name: String, refinesBroaderType: Bool = false,
        decode: @escaping @Sendable (any SingleValueDecodingContainer) throws -> Union
    ) {
        self.name = name
        self.refinesBroaderType = refinesBroaderType
        self.decode = decode
    }
}

/// Decodes a `oneOf` without a discriminator with OpenAPI's meaning: the value is the one variant it matches.
///
/// Every variant is tried. When exactly one decodes, the value is that variant. When several decode — plain
/// `Decodable` ignores keys it does not know, so two object variants whose known fields overlap both decode —
/// each is scored by what it would lose: the members of the value it does not keep (unknown keys, found by
/// encoding the decoded variant again and comparing), the optional properties its tolerant decoding dropped,
/// the nested unions it could only keep as JSON, and the open-enum values it does not document. The lowest score wins; between equal scores, an
/// alternative that refines a broader type (integer over number, date over string) wins. What is still tied is
/// ambiguous: under ``DecodingPolicy/strict`` decoding fails naming the tied variants; otherwise the first of
/// them in the document's order is kept and a ``DecodingProblem`` says `ambiguous`. When no variant decodes,
/// the value is kept as JSON in the `unrecognized` case (and re-encodes exactly), recorded as a problem —
/// or, under the strict policy, decoding fails.
///
/// Cost: one decoding attempt per variant, plus — only when several decode — one JSON value and one
/// re-encoding per decoding variant. A union nested inside variants is decoded once per location and
/// remembered, so recursive unions cost linear, not exponential, time. Unions with a discriminator do not come
/// here: the tag decides.
public enum OneOfDecoding {
    /// Decodes the value of `decoder` as the variant it matches, or as `unrecognized` of its JSON.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when no variant, or several equally, match under the strict
    ///   policy; any error reading the value as JSON.
    public static func decode<Union: Encodable>(
        from decoder: any Decoder, variants: [OneOfVariant<Union>], unrecognized: (JSONValue) -> Union
    ) throws -> Union {
        guard let memo = OneOfMemo.current else {
            return try OneOfMemo.$current.withValue(OneOfMemo()) {
                try decode(from: decoder, variants: variants, unrecognized: unrecognized)
            }
        }
        guard let key = OneOfMemo.key(decoder, Union.self) else {
            return try decodeOnce(from: decoder, variants: variants, unrecognized: unrecognized)
        }
        if let outcome = memo.replay(key, as: Union.self, userInfo: decoder.userInfo) { return try outcome.get() }
        // What this union reports is captured, to be passed on now and at every later use of the location.
        let reports = DecodingTrial()
        let outcome = Result {
            try DecodingTrial.$current.withValue(reports) {
                try decodeOnce(from: decoder, variants: variants, unrecognized: unrecognized)
            }
        }
        memo.remember(key, outcome, reports: reports, decoder: decoder)
        reports.forward(userInfo: decoder.userInfo)
        return try outcome.get()
    }

    private static func decodeOnce<Union: Encodable>(
        from decoder: any Decoder, variants: [OneOfVariant<Union>], unrecognized: (JSONValue) -> Union
    ) throws -> Union {
        var matches: [Match<Union>] = []
        for (index, variant) in variants.enumerated() {
            let trial = DecodingTrial()
            let value = try? DecodingTrial.$current.withValue(trial) {
                try variant.decode(try decoder.singleValueContainer())
            }
            if let value { matches.append(Match(index: index, value: value, trial: trial)) }
        }
        let container = try decoder.singleValueContainer()
        let typeName = String(describing: Union.self)
        if matches.count == 1 {
            matches[0].trial.forward(userInfo: decoder.userInfo)
            return matches[0].value
        }
        let raw = try container.decode(JSONValue.self)
        guard !matches.isEmpty else {
            let names = variants.map(\.name).joined(separator: ", ")
            try reportOrThrow(
                "\(typeName): the value matches none of \(names)", cost: 1, raw: raw, typeName: typeName,
                in: container, decoder: decoder)
            return unrecognized(raw)
        }
        let best = bestMatches(matches, raw: raw, variants: variants)
        best[0].trial.forward(userInfo: decoder.userInfo)
        if best.count > 1 {
            let names = best.map { variants[$0.index].name }
            let listed = names.joined(separator: ", ")
            try reportOrThrow(
                "\(typeName): ambiguous, the value matches \(listed) equally; decoded as \(names[0])",
                // Tied variants keep the value equally: a variant holding this union lost nothing by it.
                cost: 0, raw: raw, typeName: typeName, in: container, decoder: decoder)
        }
        return best[0].value
    }

    private struct Match<Union> {
        let index: Int
        let value: Union
        let trial: DecodingTrial
    }

    /// The matches of the lowest score, narrowed to those refining a broader type when some do; in order.
    private static func bestMatches<Union: Encodable>(
        _ matches: [Match<Union>], raw: JSONValue, variants: [OneOfVariant<Union>]
    ) -> [Match<Union>] {
        let scores = matches.map { match in
            // A variant that cannot encode again keeps nothing we can check: it loses everything.
            let encoded = try? OrderedEncoding.encode(match.value)
            return match.trial.cost + (encoded.map { droppedMembers(of: raw, in: $0) } ?? Int.max / 2)
        }
        let lowest = scores.min() ?? 0
        let tied = matches.indices.filter { scores[$0] == lowest }.map { matches[$0] }
        let refining = tied.filter { variants[$0.index].refinesBroaderType }
        return refining.isEmpty ? tied : refining
    }

    /// How many members of `raw`, at any depth, `encoded` does not have: the keys a variant does not know.
    /// Members whose value is `null` do not count (an absent optional encodes as nothing); scalars are not
    /// compared, since a variant may spell them its own way (`1.0`, a reformatted date) without losing them.
    static func droppedMembers(of raw: JSONValue, in encoded: OrderedEncoding.Value) -> Int {
        switch (raw, encoded) {
        case (.object(let rawMembers), .object(let members)):
            var kept: [String: OrderedEncoding.Value] = [:]
            for member in members where kept[member.key] == nil { kept[member.key] = member.value }
            return rawMembers.reduce(0) { total, member in
                if member.value == .null { return total }
                guard let value = kept[member.key] else { return total + 1 }
                return total + droppedMembers(of: member.value, in: value)
            }
        case (.array(let rawElements), .array(let elements)):
            return zip(rawElements, elements).reduce(abs(rawElements.count - elements.count)) { total, pair in
                total + droppedMembers(of: pair.0, in: pair.1)
            }
        case (.object(let rawMembers), _):
            return rawMembers.count
        case (.array(let rawElements), _):
            return rawElements.count
        default:
            return 0
        }
    }

    /// Records the problem under the tolerant policy; throws it under the strict one.
    private static func reportOrThrow(
        _ reason: String, cost: Int, raw: JSONValue, typeName: String, in container: any SingleValueDecodingContainer,
        decoder: any Decoder
    ) throws {
        if DecodingProblems.isStrict(decoder.userInfo) {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: reason)
        }
        DecodingProblems.report(
            DecodingProblem(
                path: DecodingProblem.jsonPath(decoder.codingPath), expectedType: typeName, rawValue: raw,
                reason: reason),
            cost: cost, userInfo: decoder.userInfo)
    }
}
