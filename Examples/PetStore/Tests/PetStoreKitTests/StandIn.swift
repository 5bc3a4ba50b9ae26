// A STAND-IN, until the runtime's `APIClient` lands (issue #16 §1, another branch): just enough of its surface —
// `APIClient(baseURL:authentication:)`, `.bearer`, `APIResponseError.errorBody(for:)` — for the tests to be
// written against it now. Deleted when the real one is merged.
import Foundation
import OpenAPIClientKit

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

enum Authentication: Sendable {
    case none
    case bearer(String)
}

struct APIResponseError: Error, @unchecked Sendable {
    var operationID: String
    var statusCode: Int
    var errorBody: Any?

    func errorBody<Operation: APIOperation>(for: Operation.Type) -> Operation.ErrorBody? {
        errorBody as? Operation.ErrorBody
    }
}

struct APIClient: APIRequestSender {
    var baseURL: URL
    var authentication: Authentication = .none

    func send<Operation: APIOperation>(_ operation: Operation) async throws -> Operation.Response {
        var request = try operation.makeRequest()
        if case .bearer(let token) = authentication {
            request.headers.append(HTTPHeader(name: "Authorization", value: "Bearer \(token)"))
        }
        let urlRequest = try request.urlRequest(baseURL: baseURL, timeout: 10)
        let (body, response) = try await URLSessionTransport().send(urlRequest)
        guard (200..<300).contains(response.statusCode) else {
            throw APIResponseError(
                operationID: Operation.operationID, statusCode: response.statusCode,
                errorBody: operation.decodeErrorBody(body, response))
        }
        return try operation.decodeResponse(body, response)
    }
}
