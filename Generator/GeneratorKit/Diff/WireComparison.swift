/// Compares what an operation's arguments become on the wire — parameter names, locations, styles and
/// the body's content type — and their documentation. None of it changes the Swift signature.
enum WireComparison {
    /// `argumentSymbol` names an argument of the new version's client method.
    static func compare(
        _ old: OperationDeclaration, _ new: OperationDeclaration, symbol: String,
        argumentSymbol: (String) -> String, into log: inout ChangeLog
    ) {
        for case .matched(let oldParameter, let newParameter) in Matching.pairs(
            old: old.parameters, new: new.parameters, key: \.swiftName)
        {
            let argument = argumentSymbol(newParameter.swiftName)
            if oldParameter.wireName != newParameter.wireName {
                log.add(.wireNameChanged, argument, "sent as `\(oldParameter.wireName)` → `\(newParameter.wireName)`")
            }
            let oldPlacement = placement(oldParameter)
            let newPlacement = placement(newParameter)
            if oldPlacement != newPlacement {
                log.add(.wireFormatChanged, argument, "sent in \(oldPlacement) → \(newPlacement)")
            }
            log.documentation(oldParameter.documentation, newParameter.documentation, symbol: argument)
        }
        guard let oldBody = old.body, let newBody = new.body else { return }
        if oldBody.contentType != newBody.contentType || oldBody.encoding != newBody.encoding {
            log.add(.wireFormatChanged, symbol, "request body `\(oldBody.contentType)` → `\(newBody.contentType)`")
        }
        if oldBody.flattenedProperties == nil && newBody.flattenedProperties == nil {
            log.documentation(oldBody.documentation, newBody.documentation, symbol: argumentSymbol("body"))
        }
    }

    /// `query (dotted)`, `path (simple)`: where and in which style the value is sent.
    static func placement(_ parameter: ParameterDeclaration) -> String {
        "\(parameter.location.rawValue) (\(parameter.style))"
    }
}
