/// `generator diff`: what a schema change does to the generated Swift API, read from the translator's
/// `SwiftModel` (where every Swift name is already decided) rather than from the generated text.
public enum APIDiff {
    /// Every change from `old` to `new`, breaking ones first, then behavioural, additive and
    /// documentation changes; within a classification, models, then operations, then clients, each in
    /// the old version's order with additions after. Same input, same output.
    public static func compare(old: SwiftModel, new: SwiftModel) -> [APIChange] {
        var log = ChangeLog()
        TypeComparison.compare(old: old.types, new: new.types, scope: nil, into: &log)
        OperationComparison().compare(old: old.operations, new: new.operations, into: &log)
        compareClients(old: old.clients, new: new.clients, into: &log)
        let rank = Dictionary(uniqueKeysWithValues: APIChange.Classification.allCases.enumerated().map { ($1, $0) })
        return log.changes.enumerated()
            .sorted { (rank[$0.element.classification]!, $0.offset) < (rank[$1.element.classification]!, $1.offset) }
            .map(\.element)
    }

    /// Client namespaces as types; their methods are compared with the operations.
    private static func compareClients(
        old: [ClientDeclaration], new: [ClientDeclaration], into log: inout ChangeLog
    ) {
        for pair in Matching.pairs(old: old, new: new, key: \.name) {
            switch pair {
            case .removed(let client): log.add(.typeRemoved, client.name, "client namespace removed")
            case .added(let client): log.add(.typeAdded, client.name, "client namespace added")
            case .matched(let oldClient, let newClient):
                log.documentation(oldClient.documentation, newClient.documentation, symbol: newClient.name)
            }
        }
    }
}
