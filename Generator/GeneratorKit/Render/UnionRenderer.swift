/// Renders `oneOf` / `anyOf` as an enum with associated values. With a discriminator the tag picks
/// the case (unknown tags are kept as JSON); without one, the alternatives are tried in order.
enum UnionRenderer {
    static func render(_ union: UnionDeclaration, typeName: String, into printer: inout SwiftPrinter) {
        for unionCase in union.cases {
            printer.line("/// The `\(TypeSpelling.swift(unionCase.type))` alternative.")
            printer.line("case \(SwiftSpelling.identifier(unionCase.swiftName))(\(TypeSpelling.swift(unionCase.type)))")
        }
        if union.discriminatorProperty != nil {
            printer.line("/// A variant this version of the library does not know, kept as JSON.")
            printer.line("case unrecognized(JSONValue)")
        }
        printer.line()
        printer.block("public init(from decoder: any Decoder) throws") { body in
            body.line("let container = try decoder.singleValueContainer()")
            if let property = union.discriminatorProperty {
                renderDiscriminatedDecoding(union, property: property, into: &body)
            } else {
                renderTrialDecoding(union, typeName: typeName, into: &body)
            }
        }
        printer.line()
        printer.block("public func encode(to encoder: any Encoder) throws") { body in
            body.line("var container = encoder.singleValueContainer()")
            body.switchBlock("self") { cases in
                for unionCase in union.cases {
                    let value =
                        TypeSpelling.needsAdapter(unionCase.type) ? TypeSpelling.wrap("value", unionCase.type) : "value"
                    cases.line("case .\(unionCase.swiftName)(let value): try container.encode(\(value))")
                }
                if union.discriminatorProperty != nil {
                    cases.line("case .unrecognized(let value): try container.encode(value)")
                }
            }
        }
    }

    private static func decodeExpression(_ type: TypeUsage) -> String {
        if let wire = TypeSpelling.adaptedWireType(type) {
            return TypeSpelling.unwrap("container.decode(\(wire).self)", type)
        }
        return "container.decode(\(TypeSpelling.swift(type)).self)"
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

    private static func renderTrialDecoding(
        _ union: UnionDeclaration, typeName: String, into printer: inout SwiftPrinter
    ) {
        for unionCase in union.cases {
            printer.block("if let value = try? \(decodeExpression(unionCase.type))") { body in
                body.line("self = .\(unionCase.swiftName)(value)")
                body.line("return")
            }
        }
        let names = union.cases.map { TypeSpelling.swift($0.type) }.joined(separator: ", ")
        printer.line("throw DecodingError.dataCorruptedError(")
        printer.indented { arguments in
            arguments.line(
                "in: container, debugDescription: \(SwiftSpelling.stringLiteral("\(typeName): the value matches none of \(names)")))"
            )
        }
    }
}
