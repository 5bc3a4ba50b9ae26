import Foundation

/// What a client gets back from a request handed to the simulator in-process: the answer, or a connection that
/// broke before a complete answer arrived.
package struct InProcessExchange: Sendable {
    /// A complete answer: the status, the header fields (with `Content-Length` and `x-wix-request-id`, as the
    /// HTTP server sends them) and the body.
    package struct Answer: Sendable {
        package var status: Int
        package var headers: [(name: String, value: String)]
        package var body: Data
    }

    /// How long the answer takes: a ``SimulatorFault/delay(_:)`` fault.
    package var delay: Duration
    /// The answer, or nil when a fault drops the connection before a complete answer.
    package var answer: Answer?
}

extension SimulatorCore {
    /// Handles one request as the HTTP server would after reading it — counting, faults, authentication, the
    /// operation — and says what reaches the client.
    ///
    /// - Parameters:
    ///   - method: The HTTP method, such as `GET`.
    ///   - target: The request target as sent on the wire: the percent-encoded path and, after a `?`, the query.
    ///   - headers: The header fields in order.
    ///   - body: The whole body; a ``SimulatorFault/dropConnectionDuringRequestBody(afterBytes:)`` fault keeps
    ///     only its first bytes, as a connection that broke mid-body would.
    package func exchange(
        method: String, target: String, headers: [(name: String, value: String)], body: Data
    ) -> InProcessExchange {
        guard body.count <= RequestReader.maximumBodyBytes else {
            // Refused before it is handled, as the HTTP server refuses it: not counted, no fault taken.
            return InProcessExchange(
                delay: .zero,
                answer: answer(
                    SimulatorResponse(
                        status: 413, headers: [("Content-Type", "text/plain")], body: Data("Body too large.".utf8))))
        }
        let (path, segments, query) = URLComponentDecoding.split(target: target)
        var request = SimulatorRequest(
            method: method, pathSegments: segments, query: query, headers: headers, body: Data(), path: path)
        if let cut = responder.bodyCut(for: request) {
            request.body = body.prefix(max(0, cut))
            request.bodyWasCut = true
        } else {
            request.body = body
        }
        let plan = responder.plan(for: request)
        switch plan.delivery {
        case .complete:
            return InProcessExchange(delay: plan.delay, answer: answer(plan.response))
        case .dropMidBody, .dropBeforeResponse:
            return InProcessExchange(delay: plan.delay, answer: nil)
        }
    }

    private func answer(_ response: SimulatorResponse) -> InProcessExchange.Answer {
        InProcessExchange.Answer(
            status: response.status,
            headers: response.headers + [
                ("Content-Length", String(response.body.count)), ("x-wix-request-id", nextRequestID()),
            ],
            body: response.body)
    }
}
