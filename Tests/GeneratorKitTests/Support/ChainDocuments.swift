/// Schemas that form one long chain, each reaching the next through one kind of link: the shapes that
/// overflowed the stack or took quadratic time before traversals became iterative, remembered or
/// bounded.
enum ChainDocuments {
    enum Link: String, CaseIterable {
        /// The schema is nothing but the `$ref`.
        case alias
        /// `allOf: [$ref, {properties: {z}}]`.
        case allOf
        case properties
        case items
        case additionalProperties
        /// `oneOf: [$ref, {type: string}]`.
        case oneOf

        func wrap(_ reference: String) -> String {
            switch self {
            case .alias: reference
            case .allOf: #"{"allOf": [\#(reference), {"type": "object", "properties": {"z": {"type": "string"}}}]}"#
            case .properties: #"{"type": "object", "properties": {"next": \#(reference)}}"#
            case .items: #"{"type": "array", "items": \#(reference)}"#
            case .additionalProperties: #"{"type": "object", "additionalProperties": \#(reference)}"#
            case .oneOf: #"{"oneOf": [\#(reference), {"type": "string"}]}"#
            }
        }
    }

    /// `<prefix>0` … `<prefix><length>`: each component reaches the next through `link`; the last is a string.
    static func components(_ link: Link, length: Int, prefix: String = "S") -> [String] {
        (0..<length).map { index in
            #""\#(prefix)\#(index)": "# + link.wrap(##"{"$ref": "#/components/schemas/\##(prefix)\##(index + 1)"}"##)
        } + [#""\#(prefix)\#(length)": {"type": "string"}"#]
    }

    /// The property `x` of each component reaches the next component's `x` through `link`
    /// (`{"$ref": "#/components/schemas/S1/properties/x"}`): references into the middle of schemas, which
    /// the translation follows one inside the other.
    static func intoSchemas(_ link: Link, length: Int, prefix: String = "S") -> [String] {
        (0..<length).map { index in
            let next = link.wrap(##"{"$ref": "#/components/schemas/\##(prefix)\##(index + 1)/properties/x"}"##)
            return #""\#(prefix)\#(index)": {"type": "object", "properties": {"x": \#(next)}}"#
        } + [#""\#(prefix)\#(length)": {"type": "object", "properties": {"x": {"type": "string"}}}"#]
    }

    /// A document holding `schemas` (member texts) as its component schemas.
    static func document(_ schemas: [String]) -> String {
        UnitSupport.schemas(schemas.joined(separator: ",\n"))
    }
}
