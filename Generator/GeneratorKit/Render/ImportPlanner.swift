/// Works out a file's imports from the model declarations it renders — the types its code spells and
/// the runtime features it uses — never from its text, where a doc comment that says "URL" or "Data"
/// would count as a use. Each rule below mirrors what a renderer prints; a rule missing here is an
/// error the compile checks (`make compile-fixtures`, `make corpus`) report.
enum ImportPlanner {
    static let runtimeModule = "OpenAPIClientKit"
    static let foundationModule = "Foundation"

    /// What a file's code needs, gathered declaration by declaration.
    private struct Needs {
        var runtime = false
        var foundation = false

        /// A type spelled in the code: `JSONValue` is the runtime's, `Date` and `Data` are Foundation's.
        mutating func spell(_ usage: TypeUsage) {
            switch usage {
            case .jsonValue, .fieldMask: runtime = true
            case .date, .data: foundation = true
            case .array(let element): spell(element)
            case .dictionary(let value): spell(value)
            default: break
            }
        }

        /// A value coded through the runtime's adapters (`Int64String`, `RFC3339Date`) where it needs one.
        mutating func code(_ usage: TypeUsage) {
            spell(usage)
            if TypeSpelling.needsAdapter(usage) { runtime = true }
        }

        mutating func add(_ declaration: TypeDeclaration) {
            switch declaration.kind {
            case .structure(let structure):
                // `FieldMaskField`, `SingleEntityResponse`
                if structure.declaresFieldEnum || structure.entityProperty != nil { runtime = true }
                if !structure.urlAccessors.isEmpty { foundation = true }  // `URL`
                for property in structure.properties {
                    code(property.type)
                    // `Box`; `decodeTolerantly` for optional properties.
                    if property.isBoxed || property.isOptional { runtime = true }
                }
            case .enumeration:
                runtime = true  // `OpenEnum` / `APIErrorCode`
            case .union(let union):
                for unionCase in union.cases { code(unionCase.type) }
                runtime = true  // `JSONValue`, and `DynamicCodingKey` or `OneOfDecoding`
            case .alias(let usage):
                spell(usage)
            }
            for nested in declaration.nested { add(nested) }
        }

        mutating func add(_ response: ResponseDeclaration) {
            switch response {
            case .json(let usage): spell(usage)
            case .binary: foundation = true  // `Data`
            case .empty, .text: break
            case .statuses(let statuses):
                foundation = true  // `decodeResponse(_ body: Data, …)`
                for statusCase in statuses.cases { add(statusCase.body) }
            }
        }

        /// Sorted, as `swift format`'s OrderedImports rule wants them.
        var imports: [String] {
            ((runtime ? [ImportPlanner.runtimeModule] : []) + (foundation ? [ImportPlanner.foundationModule] : []))
                .sorted()
        }
    }

    /// A model file: the declaration and the types nested in it.
    static func imports(for declaration: TypeDeclaration) -> [String] {
        var needs = Needs()
        needs.add(declaration)
        return needs.imports
    }

    /// A request builder: an `APIOperation` building an `HTTPRequest`, its inputs, response and nested types.
    static func imports(for operation: OperationDeclaration) -> [String] {
        var needs = Needs()
        needs.runtime = true
        for member in operation.requestMembers { needs.code(member.type) }
        if operation.body?.encoding == .text { needs.foundation = true }  // `Data(text.utf8)`
        needs.add(operation.response)
        switch operation.errorBody {
        case .single(let type): needs.spell(type)
        case .statuses(let statuses): needs.add(.statuses(statuses))
        case nil: break
        }
        for nested in operation.nested { needs.add(nested) }
        return needs.imports
    }

    /// A client namespace: an `APIRequestSender` and its methods' (and paged methods') signatures.
    static func imports(forClientOf operations: [OperationDeclaration]) -> [String] {
        var needs = Needs()
        needs.runtime = true
        for operation in operations {
            for argument in operation.clientMethod.arguments { needs.spell(argument.type) }
            needs.add(operation.response)
            if let paging = operation.paging {
                needs.spell(paging.itemType)
                for argument in paging.arguments { needs.spell(argument.type) }
            }
        }
        return needs.imports
    }
}
