import Foundation
import WixMedia
import WixMediaSimulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// An `HTTPTransport` that hands each request to a ``SimulatedMediaManager`` in the same process and returns its
/// answer, as the HTTP exchange would have delivered it.
///
/// Faults behave as over a network: a delay is a real (cancellable) wait, and a connection the simulator drops
/// is `URLError(.networkConnectionLost)`, which the client retries or resumes from like any lost connection.
/// Get one from ``SimulatedMediaManager/transport``.
public struct InProcessTransport: HTTPTransport {
    private let core: SimulatorCore
    private let baseURL: URL

    init(core: SimulatorCore, baseURL: URL) {
        self.core = core
        self.baseURL = baseURL
    }

    /// Answers `request` from the simulator.
    ///
    /// The body is `httpBody` or, as the chunks of a resumable upload from a file on Linux, `httpBodyStream`,
    /// which is read to its end.
    ///
    /// - Throws: `URLError(.cannotFindHost)` for a URL on another host than the simulator's base URL (nothing
    ///   leaves the process); `URLError(.networkConnectionLost)` when an injected fault drops the connection;
    ///   `URLError(.cannotDecodeRawData)` when the body stream fails; `CancellationError` when the task is
    ///   cancelled, also during an injected delay.
    public func send(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        try Task.checkCancellation()
        guard let url = request.url, let target = InProcessRequestTarget(url: url, servedBy: baseURL) else {
            throw URLError(
                .cannotFindHost,
                userInfo: [
                    NSLocalizedDescriptionKey:
                        "The simulated Media Manager answers only for \(baseURL.absoluteString); nothing was sent."
                ])
        }
        let exchange = core.exchange(
            method: request.httpMethod ?? "GET", target: target.text, headers: Self.headers(of: request),
            body: try RequestBodyReader.body(of: request))
        if exchange.delay > .zero {
            try await Task.sleep(for: exchange.delay)
        }
        guard let answer = exchange.answer else {
            throw URLError(.networkConnectionLost)
        }
        return (
            answer.body,
            HTTPResponse(
                statusCode: answer.status, headers: answer.headers.map { HTTPHeader(name: $0.name, value: $0.value) })
        )
    }

    /// The header fields as URL loading would send them: one with a blank value is libcurl's way of removing a
    /// field (the client blanks `Transfer-Encoding` so), so it is left out.
    private static func headers(of request: URLRequest) -> [(name: String, value: String)] {
        (request.allHTTPHeaderFields ?? [:])
            .filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
            .sorted { $0.key < $1.key }
            .map { (name: $0.key, value: $0.value) }
    }
}
