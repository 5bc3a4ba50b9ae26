/// Renders the accessor for Wix-style "exactly one of these properties" objects: an enum of the
/// alternatives, a computed `choice`, and an initializer that sets exactly one.
enum ExclusiveChoiceRenderer {
    static func render(_ choice: ExclusiveChoice, properties: [PropertyDeclaration], into printer: inout SwiftPrinter) {
        let alternatives = choice.propertyIndices.map { properties[$0] }
        printer.separator()
        printer.line("/// The alternatives of which the API sets exactly one.")
        printer.block("public enum \(choice.enumName): Hashable, Sendable") { body in
            for property in alternatives {
                body.documentation(Documentation(summary: "`\(property.jsonKey)` is set."))
                body.line("case \(SwiftSpelling.identifier(property.swiftName))(\(TypeSpelling.swift(property.type)))")
            }
        }
        printer.line()
        printer.line(
            "/// The alternative that is set, or nil when none is (for example one this library does not know).")
        printer.block("public var \(choice.accessorName): \(choice.enumName)?") { body in
            for property in alternatives {
                let name = SwiftSpelling.identifier(property.swiftName)
                body.line("if let value = \(SwiftSpelling.selfMember(property.swiftName)) { return .\(name)(value) }")
            }
            body.line("return nil")
        }
        // `self.init()` needs every property to have a default.
        guard properties.allSatisfy(\.isOptional) else { return }
        printer.line()
        printer.line("/// Creates a value with exactly one alternative set.")
        printer.block("public init(_ \(choice.accessorName): \(choice.enumName))") { body in
            body.line("self.init()")
            body.switchBlock("\(choice.accessorName)") { cases in
                for property in alternatives {
                    cases.line(
                        "case .\(SwiftSpelling.identifier(property.swiftName))(let value): \(SwiftSpelling.selfMember(property.swiftName)) = value"
                    )
                }
            }
        }
    }
}
