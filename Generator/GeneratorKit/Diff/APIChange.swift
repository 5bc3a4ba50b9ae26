/// One change to the generated Swift API between two schema versions, as `generator diff` reports it.
public struct APIChange: Sendable, Hashable {
    /// What a change means for code written against the old library.
    public enum Classification: String, Sendable, Hashable, CaseIterable {
        /// Code that compiled against the old library may no longer compile.
        case breaking
        /// Code still compiles, but the same calls send different requests or read responses differently.
        case behavioural
        /// Code still compiles and behaves the same; the API gained something or accepts more.
        case additive
        /// Only doc comments (or deprecation, which warns but compiles) changed.
        case documentation
    }

    /// The kind of change. Each kind has one classification (see `Kind.classification`), so a
    /// report's verdict can be looked up in one table (docs/DESIGN-notes.md lists it with the reasons).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case typeAdded = "type-added"
        case typeRemoved = "type-removed"
        case typeKindChanged = "type-kind-changed"
        case aliasRetyped = "alias-retyped"
        case propertyAddedRequired = "property-added-required"
        case propertyAddedOptional = "property-added-optional"
        case propertyRemoved = "property-removed"
        case propertyRetyped = "property-retyped"
        case propertyMadeOptional = "property-made-optional"
        case propertyMadeRequired = "property-made-required"
        case urlAccessorAdded = "url-accessor-added"
        case urlAccessorRemoved = "url-accessor-removed"
        case initializerReordered = "initializer-reordered"
        case enumCaseAdded = "enum-case-added"
        case enumCaseRemoved = "enum-case-removed"
        case enumCaseRetyped = "enum-case-retyped"
        case errorCodeAdded = "error-code-added"
        case errorCodeRemoved = "error-code-removed"
        case operationAdded = "operation-added"
        case operationRemoved = "operation-removed"
        case operationMoved = "operation-moved"
        case responseChanged = "response-changed"
        case responseAdded = "response-added"
        case parameterAddedRequired = "parameter-added-required"
        case parameterAddedOptional = "parameter-added-optional"
        case parameterRemoved = "parameter-removed"
        case parameterRetyped = "parameter-retyped"
        case parameterMadeRequired = "parameter-made-required"
        case parameterMadeOptional = "parameter-made-optional"
        case parametersReordered = "parameters-reordered"
        case pathChanged = "path-changed"
        case methodChanged = "method-changed"
        case idempotenceChanged = "idempotence-changed"
        case errorTypeChanged = "error-type-changed"
        case wireNameChanged = "wire-name-changed"
        case wireFormatChanged = "wire-format-changed"
        case documentationChanged = "documentation-changed"
        case deprecationChanged = "deprecation-changed"

        /// The verdict for every change of this kind.
        public var classification: Classification {
            switch self {
            case .typeAdded, .propertyAddedOptional, .urlAccessorAdded, .operationAdded, .responseAdded,
                .parameterAddedOptional, .parameterMadeOptional:
                .additive
            case .pathChanged, .methodChanged, .idempotenceChanged, .wireNameChanged, .wireFormatChanged:
                .behavioural
            case .documentationChanged, .deprecationChanged:
                .documentation
            case .typeRemoved, .typeKindChanged, .aliasRetyped, .propertyAddedRequired, .propertyRemoved,
                .propertyRetyped, .propertyMadeOptional, .propertyMadeRequired, .urlAccessorRemoved,
                .initializerReordered, .enumCaseAdded, .enumCaseRemoved, .enumCaseRetyped, .errorCodeAdded,
                .errorCodeRemoved, .operationRemoved,
                .operationMoved, .responseChanged, .parameterAddedRequired, .parameterRemoved, .parameterRetyped,
                .parameterMadeRequired, .parametersReordered, .errorTypeChanged:
                .breaking
            }
        }
    }

    /// What changed.
    public var kind: Kind
    /// The Swift declaration the change affects, e.g. `FileDescriptor.sizeInBytes` or
    /// `FilesClient.listFiles(…mediaTypes:…)`.
    public var symbol: String
    /// One sentence for the reviewer, with code in backticks.
    public var description: String

    /// What the change means for users: the classification of its kind.
    public var classification: Classification { kind.classification }

    /// A change of `kind` to `symbol`, explained by `description`.
    public init(_ kind: Kind, symbol: String, description: String) {
        self.kind = kind
        self.symbol = symbol
        self.description = description
    }
}
