/// Stage 3 — Translate: an `OpenAPIDocument` → `SwiftModel`. All naming happens here.
public enum Translator {
    public struct Options: Sendable {
        /// Turn warnings (skipped operations, left-out parameters) into errors.
        public var strict: Bool
        /// Names, access level and type-name prefix chosen by the user.
        public var configuration: GeneratorConfiguration

        public init(strict: Bool = false, configuration: GeneratorConfiguration = GeneratorConfiguration()) {
            self.strict = strict
            self.configuration = configuration
        }
    }

    public static func translate(_ document: OpenAPIDocument, options: Options = Options()) throws(GenerationFailure)
        -> SwiftModel
    {
        try translate(document, options: options, resolver: ReferenceResolver(document: document))
    }

    /// Translates with `resolver`, which reads the other files the document's `$ref`s lead into.
    public static func translate(
        _ document: OpenAPIDocument, options: Options = Options(), resolver: ReferenceResolver
    ) throws(GenerationFailure) -> SwiftModel {
        let diagnostics = DiagnosticCollector()
        for warning in document.readWarnings { diagnostics.warn(warning) }
        let configuration = options.configuration
        let overrides = NameOverrides(document: document, configuration: configuration, diagnostics: diagnostics)
        let prefix = configuration.typeNamePrefix
        let clientPlan = ClientPlan(document: document, overrides: overrides, typeNamePrefix: prefix)
        let types = TypeTranslator(
            resolver: resolver, diagnostics: diagnostics, reservedNames: Set(clientPlan.clientTypeNames),
            overrides: overrides, typeNamePrefix: prefix)
        var declarations: [TypeDeclaration] = []
        for (name, schema) in document.components.schemas {
            do {
                declarations.append(try types.declareComponent(name: name, schema: schema))
            } catch {
                // One problem deep inside a chain of schemas fails each schema that leads to it.
                diagnostics.reportOnce(error)
            }
        }
        var operations: [OperationDeclaration] = []
        var sources: [String: (operation: Operation, item: PathItem)] = [:]
        let operationTranslator = OperationTranslator(types: types)
        let identities = OperationIdentity.assign(
            document, reservedTypeNames: GeneratedCodeNames.topLevelReserved.union(types.componentTypeNames.values),
            diagnostics: diagnostics, overrides: overrides)
        types.reserveNames(identities.map(\.typeName))
        for identity in identities {
            do {
                switch try operationTranslator.translate(
                    identity.operation, in: identity.pathItem, operationID: identity.operationID,
                    methodName: identity.methodName, typeName: identity.typeName)
                {
                case .success(var operation):
                    sources[operation.operationID] = (identity.operation, identity.pathItem)
                    if !operation.errorCodes.isEmpty {
                        operation.errorCodeType = types.reserveTopLevelName(operation.errorCodeType)
                    }
                    operations.append(operation)
                case .failure(let unsupported):
                    var diagnostic = unsupported.diagnostic
                    diagnostic.message += "; operation '\(identity.operationID)' is left out"
                    if options.strict {
                        diagnostics.report(diagnostic)
                    } else {
                        diagnostic.severity = .warning
                        diagnostics.warn(diagnostic)
                    }
                }
            } catch {
                diagnostics.report(error)
            }
        }
        if options.strict {
            for warning in diagnostics.warnings {
                diagnostics.report(Diagnostic(.error, warning.message, at: warning.location))
            }
        }
        guard diagnostics.errors.isEmpty else {
            throw GenerationFailure(diagnostics.errors + (options.strict ? [] : diagnostics.warnings))
        }
        declarations += types.extraTopLevelTypes
        FieldMaskDetector.declareFieldEnums(in: &declarations, for: types.fieldMaskEntities, diagnostics: diagnostics)
        guard diagnostics.errors.isEmpty else { throw GenerationFailure(diagnostics.errors + diagnostics.warnings) }
        declarations += operations.filter { !$0.errorCodes.isEmpty }.map(errorCodeDeclaration)
        let pagingDetector = PagingDetector(types: types)
        let warningsBeforePaging = diagnostics.warnings.count
        for index in operations.indices {
            guard let source = sources[operations[index].operationID] else { continue }
            operations[index].paging = pagingDetector.paging(
                for: operations[index], source: source.operation, in: source.item)
        }
        if options.strict {
            for warning in diagnostics.warnings[warningsBeforePaging...] {
                diagnostics.report(Diagnostic(.error, warning.message, at: warning.location))
            }
        }
        // `x-paging` errors, and under `--strict` operations that look paged but match no rule.
        guard diagnostics.errors.isEmpty else {
            throw GenerationFailure(diagnostics.errors + (options.strict ? [] : diagnostics.warnings))
        }
        RecursionBreaker.breakCycles(in: &declarations, operations: &operations)
        DiscriminatorTagPlan.apply(to: &declarations, operations: &operations)
        SingleEntityRule.apply(to: &declarations, responses: operations.map(\.response))
        let clients = clientPlan.clients(for: &operations)
        let entryType = EntryTypePlan.declare(
            document: document, choice: configuration.entryType, clients: clients, types: types,
            overrides: overrides, diagnostics: diagnostics)
        var model = SwiftModel(
            types: declarations, operations: operations, clients: clients, entryType: entryType,
            warnings: diagnostics.warnings)
        model.accessLevel = configuration.accessLevel
        return model
    }

    static func errorCodeDeclaration(_ operation: OperationDeclaration) -> TypeDeclaration {
        let values = operation.errorCodes.map { JSONNode(.string($0.code)) }
        var enumeration = EnumCaseNamer.enumDeclaration(values: values, rawType: .string, isErrorCode: true)
        var codesByValue: [String: ErrorCodeDeclaration] = [:]
        for code in operation.errorCodes where codesByValue[code.code] == nil {
            codesByValue[code.code] = code
        }
        for enumCase in enumeration.cases {
            guard let code = codesByValue[enumCase.rawValue] else { continue }
            var docs = code.documentation
            if let status = code.httpStatus {
                // A code known only from a schema's `enum` has no words of its own: its status is its summary.
                if docs.summary == nil {
                    docs.summary = "Returned with HTTP status \(status)."
                } else {
                    docs.details = "Returned with HTTP status \(status)."
                }
            }
            enumeration.caseDocumentation[enumCase.swiftName] = docs
        }
        return TypeDeclaration(
            name: operation.errorCodeType,
            documentation: Documentation(summary: "Application error codes `\(operation.operationID)` can return."),
            kind: .enumeration(enumeration), nested: [], pointer: operation.pointer + "/x-wix-error-codes")
    }
}
