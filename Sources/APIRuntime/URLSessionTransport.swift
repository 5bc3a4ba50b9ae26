import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The default transport, over `URLSession`.
public struct URLSessionTransport: HTTPTransport {
    /// The session that carries the requests.
    public let session: URLSession

    /// Creates a transport over `session`.
    public init(session: URLSession = .shared) {
        self.session = session
    }

    /// Sends `request` through the session.
    ///
    /// Cancelling the calling task cancels the request.
    ///
    /// - Throws: The session's errors unchanged, or `URLError(.badServerResponse)` when the reply is not HTTP.
    public func send(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        let (data, response) = try await session.data(for: request)
        guard let response = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        return (data, HTTPResponse(statusCode: response.statusCode, headers: Self.headers(of: response)))
    }

    /// The header fields of `response`, sorted by name because `allHeaderFields` has no order.
    static func headers(of response: HTTPURLResponse) -> [HTTPHeader] {
        response.allHeaderFields.compactMap { name, value -> HTTPHeader? in
            guard let name = name as? String else { return nil }
            return HTTPHeader(name: name, value: value as? String ?? String(describing: value))
        }
        .sorted { $0.name.lowercased() < $1.name.lowercased() }
    }
}
