import Foundation
import WixMedia

/// An `APIRequestSender` that records each operation and the request it builds, and answers with canned JSON
/// decoded by the operation itself, so namespace methods can be tested without HTTP.
actor RecordingSender: APIRequestSender {
    private(set) var operations: [any APIOperation] = []
    private(set) var requests: [HTTPRequest] = []
    private var cannedBodies: [String: String]

    /// `cannedBodies` maps an operation ID to the JSON body to answer it with; others get `{}`.
    init(cannedBodies: [String: String] = [:]) {
        self.cannedBodies = cannedBodies
    }

    func send<Operation: APIOperation>(_ operation: Operation) async throws -> Operation.Response {
        operations.append(operation)
        requests.append(try operation.makeRequest())
        let body = cannedBodies[Operation.operationID] ?? "{}"
        return try operation.decodeResponse(Data(body.utf8), HTTPResponse(statusCode: 200))
    }

    /// The only operation sent, as `type`; fails when there were none, several, or one of another type.
    func single<Operation: APIOperation>(_ operationType: Operation.Type) throws -> (Operation, HTTPRequest) {
        guard operations.count == 1, let operation = operations.first, let request = requests.first else {
            throw TestFailure("expected exactly one operation, got \(operations.count)")
        }
        guard let typed = operation as? Operation else {
            throw TestFailure("expected \(Operation.self), got \(type(of: operation))")
        }
        return (typed, request)
    }
}
