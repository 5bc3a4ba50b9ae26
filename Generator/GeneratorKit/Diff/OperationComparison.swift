/// Compares operations, matched by their request builder's name (`Operations.ListFiles`), as users call
/// them: the client method (`FilesClient.listFiles(…)`), what it returns, and what it sends.
struct OperationComparison {
    func compare(old: [OperationDeclaration], new: [OperationDeclaration], into log: inout ChangeLog) {
        for pair in Matching.pairs(old: old, new: new, key: \.typeName) {
            switch pair {
            case .removed(let operation):
                log.add(.operationRemoved, methodSymbol(operation), "`\(endpoint(operation))` removed")
            case .added(let operation):
                log.add(.operationAdded, methodSymbol(operation), "`\(endpoint(operation))` added")
            case .matched(let oldOperation, let newOperation):
                compare(oldOperation, newOperation, into: &log)
            }
        }
    }

    private func compare(_ old: OperationDeclaration, _ new: OperationDeclaration, into log: inout ChangeLog) {
        let symbol = methodSymbol(new)
        let oldBase = methodBase(old)
        let newBase = methodBase(new)
        if oldBase != newBase {
            log.add(.operationMoved, methodSymbol(old), "client method is now `\(symbol)`")
        }
        if old.httpMethod != new.httpMethod {
            log.add(.methodChanged, symbol, "HTTP method `\(old.httpMethod)` → `\(new.httpMethod)`")
        }
        if old.path != new.path {
            log.add(.pathChanged, symbol, "path `\(old.path)` → `\(new.path)`")
        }
        if old.isIdempotent != new.isIdempotent {
            log.add(.idempotenceChanged, symbol, new.isIdempotent ? "now idempotent" : "no longer idempotent")
        }
        compareResponse(old.response, new.response, symbol: symbol, into: &log)
        compareErrorBody(old.errorBody, new.errorBody, symbol: symbol, into: &log)
        comparePaging(old, new, into: &log)
        if old.errorCodeType != new.errorCodeType {
            log.add(
                .errorTypeChanged, symbol,
                "error codes typed `\(old.errorCodeType)` → `\(new.errorCodeType)`; code naming `ErrorCode` as the old type no longer compiles"
            )
        }
        let newArguments = new.clientMethod.arguments
        MemberComparison(
            role: .parameter, symbol: { name, labels in SymbolName.argument(name, of: newBase, labels: labels) },
            callSymbol: symbol
        ).compare(old: old.clientMethod.arguments, new: newArguments, into: &log)
        let newLabels = newArguments.map(\.swiftName)
        WireComparison.compare(
            old, new, symbol: symbol, argumentSymbol: { SymbolName.argument($0, of: newBase, labels: newLabels) },
            into: &log)
        log.documentation(old.documentation, new.documentation, symbol: symbol)
        TypeComparison.compare(old: old.nested, new: new.nested, scope: "Operations." + new.typeName, into: &log)
    }

    /// A cursor-paged operation also has a `…Paged` method (`PagingDeclaration.methodName`); its arguments
    /// follow the main method's, whose changes are reported there.
    private func comparePaging(_ old: OperationDeclaration, _ new: OperationDeclaration, into log: inout ChangeLog) {
        switch (old.paging, new.paging) {
        case (nil, .some(let paging)):
            log.add(.operationAdded, pagedSymbol(paging, new), "paged method added: every item of every page")
        case (.some(let paging), nil):
            log.add(
                .operationRemoved, pagedSymbol(paging, old), "paged method removed: the response is no longer paged")
        case (.some(let oldPaging), .some(let newPaging)):
            // Another paging style returns another sequence type (`CursorPagedSequence` → `LinkPagedSequence`).
            let from = PagedMethodRenderer.returnType(oldPaging)
            let to = PagedMethodRenderer.returnType(newPaging)
            if from != to {
                log.add(.responseChanged, pagedSymbol(newPaging, new), "returns `\(from)` → `\(to)`")
            }
        default:
            break
        }
    }

    /// `FilesClient.listFilesPaged(…)`.
    private func pagedSymbol(_ paging: PagingDeclaration, _ operation: OperationDeclaration) -> String {
        SymbolName.member(paging.methodName, of: operation.clientName) + "(…)"
    }

    private func compareResponse(
        _ old: ResponseDeclaration, _ new: ResponseDeclaration, symbol: String, into log: inout ChangeLog
    ) {
        let oldType = OperationRenderer.responseType(old)
        let newType = OperationRenderer.responseType(new)
        if oldType != newType {
            if old == .empty {
                log.add(.responseAdded, symbol, "now returns `\(newType)`")
            } else {
                log.add(.responseChanged, symbol, "returns `\(oldType)` → `\(newType)`")
            }
        } else if case .statuses(let oldStatuses) = old, case .statuses(let newStatuses) = new {
            compareStatuses(oldStatuses, newStatuses, symbol: symbol, into: &log)
        } else if case .json(let oldUsage) = old, case .json(let newUsage) = new,
            case .wireFormat(let from, let to) = UsageChange(old: oldUsage, new: newUsage)
        {
            log.add(.wireFormatChanged, symbol, "response wire format \(from) → \(to)")
        }
    }

    /// The typed error body: gaining one adds API; a different type, or losing it, breaks code that reads it;
    /// an error-body enum's cases compare like a response enum's.
    private func compareErrorBody(
        _ old: ErrorBodyDeclaration?, _ new: ErrorBodyDeclaration?, symbol: String, into log: inout ChangeLog
    ) {
        func spelled(_ body: ErrorBodyDeclaration?) -> String? {
            switch body {
            case .single(let type): TypeSpelling.swift(type)
            case .statuses(let statuses): statuses.typePath
            case nil: nil
            }
        }
        let (from, to) = (spelled(old), spelled(new))
        if from != to {
            if let to, from == nil {
                log.add(.responseAdded, symbol, "error responses now decode to `\(to)`")
            } else {
                log.add(.responseChanged, symbol, "error body `\(from ?? "none")` → `\(to ?? "none")`")
            }
        } else if case .statuses(let oldStatuses) = old, case .statuses(let newStatuses) = new {
            compareStatuses(oldStatuses, newStatuses, symbol: symbol, into: &log)
        }
    }

    /// A response enum's cases: one added, removed or retyped breaks an exhaustive `switch` over it (or a
    /// pattern that names it), so each is a response change.
    private func compareStatuses(
        _ old: StatusResponses, _ new: StatusResponses, symbol: String, into log: inout ChangeLog
    ) {
        let oldCases = Dictionary(old.cases.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        let newCases = Dictionary(new.cases.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        for added in new.cases where oldCases[added.swiftName] == nil {
            log.add(.responseChanged, symbol, "response case `.\(added.swiftName)` (\(added.status)) added")
        }
        for removed in old.cases where newCases[removed.swiftName] == nil {
            log.add(.responseChanged, symbol, "response case `.\(removed.swiftName)` (\(removed.status)) removed")
        }
        for oldCase in old.cases {
            guard let newCase = newCases[oldCase.swiftName] else { continue }
            let from = StatusResponseRenderer.payloadType(oldCase.body) ?? "no body"
            let to = StatusResponseRenderer.payloadType(newCase.body) ?? "no body"
            if from != to {
                log.add(.responseChanged, symbol, "response case `.\(oldCase.swiftName)`: `\(from)` → `\(to)`")
            }
        }
    }

    private func methodBase(_ operation: OperationDeclaration) -> String {
        SymbolName.member(operation.clientMethod.name, of: operation.clientName)
    }

    /// `FilesClient.listFiles(parentFolderID:mediaTypes:)`.
    private func methodSymbol(_ operation: OperationDeclaration) -> String {
        SymbolName.function(methodBase(operation), labels: operation.clientMethod.arguments.map(\.swiftName))
    }

    private func endpoint(_ operation: OperationDeclaration) -> String {
        "\(operation.httpMethod) \(operation.path)"
    }
}
