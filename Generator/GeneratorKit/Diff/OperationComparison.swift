/// Compares operations, matched by their request builder's name (`Operations.ListFiles`), as users call
/// them: the client method (`FilesClient.listFiles(…)`), what it returns, and what it sends.
struct OperationComparison {
    /// Client type names by operation ID, for each version.
    let oldClients: [String: String]
    let newClients: [String: String]

    init(old: SwiftModel, new: SwiftModel) {
        oldClients = Self.clientNames(old)
        newClients = Self.clientNames(new)
    }

    func compare(old: [OperationDeclaration], new: [OperationDeclaration], into log: inout ChangeLog) {
        for pair in Matching.pairs(old: old, new: new, key: \.typeName) {
            switch pair {
            case .removed(let operation):
                log.add(.operationRemoved, methodSymbol(operation, oldClients), "`\(endpoint(operation))` removed")
            case .added(let operation):
                log.add(.operationAdded, methodSymbol(operation, newClients), "`\(endpoint(operation))` added")
            case .matched(let oldOperation, let newOperation):
                compare(oldOperation, newOperation, into: &log)
            }
        }
    }

    private func compare(_ old: OperationDeclaration, _ new: OperationDeclaration, into log: inout ChangeLog) {
        let symbol = methodSymbol(new, newClients)
        let oldBase = methodBase(old, oldClients)
        let newBase = methodBase(new, newClients)
        if oldBase != newBase {
            log.add(.operationMoved, methodSymbol(old, oldClients), "client method is now `\(symbol)`")
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
        comparePaging(old, new, oldBase: oldBase, newBase: newBase, into: &log)
        if old.errorCodeType != new.errorCodeType {
            log.add(
                .errorTypeChanged, symbol,
                "error codes typed `\(old.errorCodeType)` → `\(new.errorCodeType)`; catch clauses for the old type no longer match"
            )
        }
        let newArguments = ClientRenderer.methodArguments(new)
        MemberComparison(
            role: .parameter, symbol: { name, labels in SymbolName.argument(name, of: newBase, labels: labels) },
            callSymbol: symbol
        ).compare(old: ClientRenderer.methodArguments(old), new: newArguments, into: &log)
        let newLabels = newArguments.map(\.swiftName)
        WireComparison.compare(
            old, new, symbol: symbol, argumentSymbol: { SymbolName.argument($0, of: newBase, labels: newLabels) },
            into: &log)
        log.documentation(old.documentation, new.documentation, symbol: symbol)
        TypeComparison.compare(old: old.nested, new: new.nested, scope: "Operations." + new.typeName, into: &log)
    }

    /// A cursor-paged operation also has a `…Paged` method (PagedMethodRenderer); its arguments follow
    /// the main method's, whose changes are reported there.
    private func comparePaging(
        _ old: OperationDeclaration, _ new: OperationDeclaration, oldBase: String, newBase: String,
        into log: inout ChangeLog
    ) {
        switch (old.paging, new.paging) {
        case (nil, .some):
            log.add(.operationAdded, newBase + "Paged(…)", "paged method added: every item of every page")
        case (.some, nil):
            log.add(.operationRemoved, oldBase + "Paged(…)", "paged method removed: the response is no longer paged")
        default:
            break
        }
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
        } else if case .json(let oldUsage) = old, case .json(let newUsage) = new,
            case .wireFormat(let from, let to) = UsageChange(old: oldUsage, new: newUsage)
        {
            log.add(.wireFormatChanged, symbol, "response wire format \(from) → \(to)")
        }
    }

    private static func clientNames(_ model: SwiftModel) -> [String: String] {
        var names: [String: String] = [:]
        for client in model.clients {
            for id in client.operationIDs { names[id] = client.name }
        }
        return names
    }

    private func methodBase(_ operation: OperationDeclaration, _ clients: [String: String]) -> String {
        SymbolName.member(operation.methodName, of: clients[operation.operationID])
    }

    /// `FilesClient.listFiles(parentFolderID:mediaTypes:)`.
    private func methodSymbol(_ operation: OperationDeclaration, _ clients: [String: String]) -> String {
        SymbolName.function(
            methodBase(operation, clients), labels: ClientRenderer.methodArguments(operation).map(\.swiftName))
    }

    private func endpoint(_ operation: OperationDeclaration) -> String {
        "\(operation.httpMethod) \(operation.path)"
    }
}
