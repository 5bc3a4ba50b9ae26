/// Renders `oneOf` / `anyOf` as an enum with associated values. With a discriminator the tag picks
/// the case; without one, the runtime's `OneOfDecoding` tries every alternative and keeps the one the value
/// matches (OpenAPI's "exactly one"). Either way a value no case takes is kept as JSON in `unrecognized`.
enum UnionRenderer {
    static func render(_ union: UnionDeclaration, into printer: inout SwiftPrinter) {
        for unionCase in union.cases {
            printer.line("/// The `\(TypeSpelling.swift(unionCase.type))` alternative.")
            printer.line("case \(SwiftSpelling.identifier(unionCase.swiftName))(\(TypeSpelling.swift(unionCase.type)))")
        }
        if union.discriminatorProperty != nil {
            printer.line("/// A variant this version of the library does not know, kept as JSON.")
        } else {
            printer.line("/// A value that matches none of the alternatives, kept as JSON.")
        }
        printer.line("case unrecognized(JSONValue)")
        printer.line()
        printer.block("public init(from decoder: any Decoder) throws") { body in
            if let property = union.discriminatorProperty {
                body.line("let container = try decoder.singleValueContainer()")
                renderDiscriminatedDecoding(union, property: property, into: &body)
            } else {
                renderTrialDecoding(union, into: &body)
            }
        }
        printer.line()
        printer.block("public func encode(to encoder: any Encoder) throws") { body in
            renderEncoding(union, into: &body)
        }
    }

    /// Each case encodes its payload as a single value, except those whose tag the union writes
    /// (`UnionDeclaration.Case.writesTag`): the wire then carries the case's tag whatever the payload holds.
    private static func renderEncoding(_ union: UnionDeclaration, into printer: inout SwiftPrinter) {
        let property = union.discriminatorProperty.map(SwiftSpelling.stringLiteral)
        let writesTags = property != nil && union.cases.contains(where: \.writesTag)
        // A shared container would be asked for before a tagged case asks the encoder for an object.
        if !writesTags { printer.line("var container = encoder.singleValueContainer()") }
        printer.switchBlock("self") { cases in
            for unionCase in union.cases {
                let value =
                    TypeSpelling.needsAdapter(unionCase.type) ? TypeSpelling.wrap("value", unionCase.type) : "value"
                let pattern = "case .\(unionCase.swiftName)(let value):"
                if let property, unionCase.writesTag {
                    let tags = unionCase.discriminatorValues.map(SwiftSpelling.stringLiteral).joined(separator: ", ")
                    cases.line(pattern)
                    cases.indented { body in
                        body.line(
                            "try DiscriminatorTagEncoding.encode(value, to: encoder, property: \(property), tags: [\(tags)])"
                        )
                    }
                } else if writesTags {
                    cases.line(pattern)
                    cases.indented { body in
                        body.line("var container = encoder.singleValueContainer()")
                        body.line("try container.encode(\(value))")
                    }
                } else {
                    cases.line("\(pattern) try container.encode(\(value))")
                }
            }
            if writesTags {
                cases.line("case .unrecognized(let value):")
                cases.indented { body in
                    body.line("var container = encoder.singleValueContainer()")
                    body.line("try container.encode(value)")
                }
            } else {
                cases.line("case .unrecognized(let value): try container.encode(value)")
            }
        }
    }

    private static func decodeExpression(_ type: TypeUsage) -> String {
        if let wire = TypeSpelling.adaptedWireType(type) {
            return TypeSpelling.unwrap("container.decode(\(wire).self)", type)
        }
        return "container.decode(\(TypeSpelling.swift(type)).self)"
    }

    /// Whether every value of `type` is also a value of a broader JSON type another alternative may have:
    /// integers are numbers, dates and base64 bytes are strings. The runtime prefers these on a tie.
    private static func refinesBroaderType(_ type: TypeUsage) -> Bool {
        switch type {
        case .int, .int32, .int64, .date, .data: true
        default: false
        }
    }

    private static func renderDiscriminatedDecoding(
        _ union: UnionDeclaration, property: String, into printer: inout SwiftPrinter
    ) {
        printer.line("let tags = try decoder.container(keyedBy: DynamicCodingKey.self)")
        printer.line(
            "let tag = try tags.decodeIfPresent(String.self, forKey: DynamicCodingKey(\(SwiftSpelling.stringLiteral(property))))"
        )
        printer.switchBlock("tag") { cases in
            for unionCase in union.cases where !unionCase.discriminatorValues.isEmpty {
                let labels = unionCase.discriminatorValues.map(SwiftSpelling.stringLiteral).joined(separator: ", ")
                cases.line("case \(labels): self = .\(unionCase.swiftName)(try \(decodeExpression(unionCase.type)))")
            }
            cases.line("default: self = .unrecognized(try container.decode(JSONValue.self))")
        }
    }

    private static func renderTrialDecoding(_ union: UnionDeclaration, into printer: inout SwiftPrinter) {
        printer.line("self = try OneOfDecoding.decode(")
        printer.indented { call in
            call.line("from: decoder,")
            call.line("variants: [")
            call.indented { list in
                for unionCase in union.cases {
                    let name = SwiftSpelling.stringLiteral(TypeSpelling.swift(unionCase.type))
                    let refines = refinesBroaderType(unionCase.type) ? ", refinesBroaderType: true" : ""
                    list.line("OneOfVariant(\(name)\(refines)) { container in")
                    list.indented { closure in
                        closure.line(".\(unionCase.swiftName)(try \(decodeExpression(unionCase.type)))")
                    }
                    list.line("},")
                }
            }
            call.line("],")
            call.line("unrecognized: Self.unrecognized)")
        }
    }
}
