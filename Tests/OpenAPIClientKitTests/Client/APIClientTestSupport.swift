import Foundation
import OpenAPIClientKit

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A pet, the response of ``GetPet``.
struct Pet: Codable, Hashable, Sendable {
    var name: String
}

/// The document's error body of ``GetPet``.
struct Problem: Codable, Hashable, Sendable {
    var code: Int
    var message: String
}

/// An idempotent operation of the shape the generator prints, with a documented error body.
struct GetPet: APIOperation {
    typealias Response = Pet
    typealias ErrorCode = AnyErrorCode
    typealias ErrorBody = Problem
    static let operationID = "getPet"
    static let isIdempotent = true

    var petID = "1"

    func makeRequest() throws -> HTTPRequest {
        HTTPRequest(method: .get, path: "/pets/" + PathEncoding.segment(petID))
    }
}

/// A non-idempotent operation: never retried.
struct CreatePet: APIOperation {
    typealias Response = Pet
    typealias ErrorCode = AnyErrorCode
    static let operationID = "createPet"
    static let isIdempotent = false

    func makeRequest() throws -> HTTPRequest {
        HTTPRequest(method: .post, path: "/pets", body: Data(#"{"name":"Rex"}"#.utf8))
    }
}

/// A transport that answers from a script, one answer per request, and records what it was sent.
final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    // @unchecked: both arrays are only reached under `lock`.
    typealias Answer = @Sendable (URLRequest) async throws -> (Data, HTTPResponse)
    private var answers: [Answer]
    private var received: [URLRequest] = []
    private let lock = NSLock()

    /// Answers with `answers` in order; the last one answers every request after it.
    init(_ answers: [Answer]) {
        precondition(!answers.isEmpty)
        self.answers = answers
    }

    /// Answers every request with `status` and `body`.
    convenience init(status: Int = 200, headers: [HTTPHeader] = [], body: String = #"{"name":"Rex"}"#) {
        self.init([Self.reply(status: status, headers: headers, body: body)])
    }

    static func reply(status: Int, headers: [HTTPHeader] = [], body: String = #"{"name":"Rex"}"#) -> Answer {
        { _ in (Data(body.utf8), HTTPResponse(statusCode: status, headers: headers)) }
    }

    var requests: [URLRequest] {
        lock.withLock { received }
    }

    func send(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        let answer = lock.withLock {
            received.append(request)
            return answers.count > 1 ? answers.removeFirst() : answers[0]
        }
        return try await answer(request)
    }
}

/// Records the moments a test cares about, in order, from any task.
final class EventLog: @unchecked Sendable {
    // @unchecked: `events` is only reached under `lock`.
    private var events: [String] = []
    private let lock = NSLock()

    func append(_ event: String) {
        lock.withLock { events.append(event) }
    }

    var all: [String] {
        lock.withLock { events }
    }
}

/// Retries at once with the backoff ceiling as the wait, recorded instead of slept.
func instantRetries(maxRetries: Int = 3, sleeps: EventLog? = nil) -> RetryPolicy {
    RetryPolicy(
        maxRetries: maxRetries, jitter: { $0 },
        sleep: { duration in sleeps?.append("\(duration)") })
}

let petStoreURL = URL(string: "https://petstore.example.com/v1")!

/// The code enum the generator prints for an operation whose document lists its error codes.
enum PetErrorCode: APIErrorCode {
    case petNotFound
    case unrecognized(String)

    init(rawValue: String) {
        self = rawValue == "PET_NOT_FOUND" ? .petNotFound : .unrecognized(rawValue)
    }

    var rawValue: String {
        switch self {
        case .petNotFound: "PET_NOT_FOUND"
        case .unrecognized(let value): value
        }
    }
}

/// An operation with a documented code enum.
struct DeletePet: APIOperation {
    typealias Response = EmptyResponse
    typealias ErrorCode = PetErrorCode
    static let operationID = "deletePet"
    static let isIdempotent = true

    func makeRequest() throws -> HTTPRequest {
        HTTPRequest(method: .delete, path: "/pets/1")
    }
}
