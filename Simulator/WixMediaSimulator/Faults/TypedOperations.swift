import WixMedia

// Operations named by their generated type rather than their `operationId` string, so that a typo is a compile
// error instead of a fault that never fires or a count that stays 0.

extension FaultTarget {
    /// Requests of the generated operation `operation`, such as `Operations.ListFiles.self`.
    public static func operation<Operation: APIOperation>(_ operation: Operation.Type) -> FaultTarget {
        .operation(Operation.operationID)
    }
}

extension RequestCounter {
    /// Requests of the generated operation `operation`, such as `Operations.ListFiles.self`.
    public func count<Operation: APIOperation>(for operation: Operation.Type) -> Int {
        count(for: Operation.operationID)
    }
}
