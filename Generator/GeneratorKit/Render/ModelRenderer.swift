/// Renders model declarations: structs, open enums, unions and aliases, with their nested types.
enum ModelRenderer {
    static func render(_ declaration: TypeDeclaration, into printer: inout SwiftPrinter) {
        printer.separator()
        printer.documentation(declaration.documentation)
        switch declaration.kind {
        case .structure(let structure):
            let entity = structure.entityProperty.map { _ in ", SingleEntityResponse" } ?? ""
            printer.block("public struct \(declaration.name): Codable, Hashable, Sendable\(entity)") { body in
                StructRenderer.render(structure, into: &body)
                if let property = structure.entityProperty {
                    renderEntityAccess(property, into: &body)
                }
                renderNested(declaration.nested, into: &body)
            }
        case .enumeration(let enumeration):
            let conformance = enumeration.isErrorCode ? "APIErrorCode" : "OpenEnum"
            printer.block("public enum \(declaration.name): \(conformance)") { body in
                renderEnumBody(enumeration, into: &body)
                renderNested(declaration.nested, into: &body)
            }
        case .union(let union):
            let keyword = union.isIndirect ? "public indirect enum" : "public enum"
            printer.block("\(keyword) \(declaration.name): Codable, Hashable, Sendable") { body in
                UnionRenderer.render(union, into: &body)
                renderNested(declaration.nested, into: &body)
            }
        case .alias(let usage):
            printer.line("public typealias \(declaration.name) = \(TypeSpelling.swift(usage))")
            if !declaration.nested.isEmpty {
                printer.separator()
                printer.block("extension \(declaration.name)") { body in renderNested(declaration.nested, into: &body) }
            }
        }
    }

    /// `SingleEntityResponse`'s requirements: the property the entity is in, and its JSON name.
    static func renderEntityAccess(_ property: PropertyDeclaration, into printer: inout SwiftPrinter) {
        printer.separator()
        let name = SwiftSpelling.identifier(property.swiftName)
        let key = property.jsonKey
        let shown = PrintableText.escaping(key)
        printer.line("/// The `\(shown)` this response carries; `entity()` returns it or throws.")
        printer.line("public var wrappedEntity: \(TypeSpelling.swift(property.type))? { \(name) }")
        printer.line("/// The JSON name of the entity's property.")
        printer.line("public static var entityPropertyName: String { \(SwiftSpelling.stringLiteral(key)) }")
    }

    static func renderNested(_ nested: [TypeDeclaration], into printer: inout SwiftPrinter) {
        for declaration in nested { render(declaration, into: &printer) }
    }

    static func renderEnumBody(_ enumeration: EnumDeclaration, into printer: inout SwiftPrinter) {
        let raw = enumeration.rawType.rawValue
        let literal = { (enumCase: EnumDeclaration.Case) in
            SwiftSpelling.rawValueLiteral(enumCase.rawValue, enumeration.rawType)
        }
        for enumCase in enumeration.cases {
            let docs = enumeration.caseDocumentation[enumCase.swiftName] ?? Documentation()
            // Undocumented cases show their value, escaped as in the literal so that it stays on one line.
            let shown =
                enumeration.rawType == .string
                ? SwiftSpelling.stringLiteralContent(enumCase.rawValue) : enumCase.rawValue
            printer.documentation(docs.isEmpty ? Documentation(summary: "`\(shown)`") : docs)
            printer.line("case \(SwiftSpelling.identifier(enumCase.swiftName))")
        }
        printer.line("/// A value this version of the library does not know; it keeps the raw value.")
        printer.line("case \(enumeration.unknownCaseName)(\(raw))")
        printer.line()
        printer.line(
            "/// The case of `rawValue`; `\(enumeration.unknownCaseName)` for a value the API description does not list."
        )
        printer.block("public init(rawValue: \(raw))") { body in
            body.switchBlock("rawValue") { cases in
                for enumCase in enumeration.cases {
                    cases.line("case \(literal(enumCase)): self = .\(enumCase.swiftName)")
                }
                cases.line("default: self = .\(enumeration.unknownCaseName)(rawValue)")
            }
        }
        printer.line()
        printer.block("public var rawValue: \(raw)") { body in
            body.switchBlock("self") { cases in
                for enumCase in enumeration.cases {
                    cases.line("case .\(enumCase.swiftName): \(literal(enumCase))")
                }
                cases.line("case .\(enumeration.unknownCaseName)(let value): value")
            }
        }
        printer.line()
        printer.line("/// Every value the API description lists, in its order.")
        printer.list(
            "public static let knownCases: [Self] = [", enumeration.cases.map { "." + $0.swiftName }, "]",
            trailingComma: true)
    }
}
