import Foundation
import WixMedia

/// Turns one request into the planned response: routing, counting, faults, authentication, the operation.
struct Responder: RequestHandling {
    let store: MediaStore
    let faults: FaultPlan
    let requests: RequestCounter
    let acceptedAuthorizations: Set<String>?
    let quota: SlidingWindowQuota?

    func bodyCut(for request: SimulatorRequest) -> Int? {
        faults.takeBodyCut(operationID: route(for: request)?.route.operationID, path: request.path)
    }

    func plan(for request: SimulatorRequest) -> ResponsePlan {
        let match = route(for: request)
        requests.record(match?.route.operationID)
        if request.bodyWasCut {
            // The fault was taken when the head arrived: handle what came of the body, then hang up.
            return ResponsePlan(response: answer(request, match), delivery: .dropBeforeResponse)
        }
        // Only the API's routes count (the upload host's are those without authorization). Checked before any
        // fault: a refused request is not run, so it does not use up what was planned for it.
        if let quota, match?.route.requiresAuthorization ?? true, !quota.admit() {
            return ResponsePlan(response: SlidingWindowQuota.exhaustedResponse)
        }
        let fault = faults.take(operationID: match?.route.operationID, path: request.path)
        if let fault, let planned = answerWithoutRunning(fault) {
            return planned
        }
        var plan = ResponsePlan(response: answer(request, match))
        switch fault {
        case .delay(let delay)?:
            plan.delay = delay
        case .dropConnectionMidBody?:
            plan.delivery = .dropMidBody
        case .truncatedJSON?:
            plan.response = .json(plan.response.body.prefix(plan.response.body.count / 2), status: 200)
        case .dropConnectionDuringRequestBody?:
            plan.delivery = .dropBeforeResponse  // the reader took these; one left over still ends the connection
        default:
            break
        }
        if request.method == "HEAD" {
            plan.response.body = Data()  // a HEAD answer has no body, or the next answer on the connection breaks
        }
        return plan
    }

    private func route(for request: SimulatorRequest) -> (route: Route, parameters: [String])? {
        Routes.bySpecificity.lazy
            .compactMap { route in
                route.match(method: request.method, segments: request.pathSegments).map { (route, $0) }
            }
            .first
    }

    private func answer(_ request: SimulatorRequest, _ match: (route: Route, parameters: [String])?)
        -> SimulatorResponse
    {
        if match?.route.requiresAuthorization ?? true, let failure = authenticationFailure(request) {
            return failure.response
        }
        guard let (route, parameters) = match else {
            return APIFailure.application(
                status: 404, code: "NOT_FOUND", message: "No method at \(request.method) \(request.path)"
            ).response
        }
        do {
            return try route.respond(request, parameters, store)
        } catch let failure as APIFailure {
            return failure.response
        } catch {
            // A bug of the simulator; answered the way Wix answers its own, with an empty 500.
            return SimulatorResponse(status: 500)
        }
    }

    private func authenticationFailure(_ request: SimulatorRequest) -> APIFailure? {
        guard let authorization = request.header("Authorization"), !authorization.isEmpty else {
            return .application(status: 401, code: "UNAUTHENTICATED", message: "Missing Authorization header")
        }
        if let acceptedAuthorizations, !acceptedAuthorizations.contains(authorization) {
            return .application(status: 401, code: "UNAUTHENTICATED", message: "Invalid API key or access token")
        }
        return nil
    }

    /// The answer of a fault that stands in for the operation, or nil for one that alters its answer.
    private func answerWithoutRunning(_ fault: SimulatorFault) -> ResponsePlan? {
        switch fault {
        case .status(let status, let retryAfter):
            var response =
                status < 500
                ? APIFailure.application(
                    status: status, code: APIFailure.standardCode(forStatus: status) ?? "INJECTED_FAULT",
                    message: "Injected fault: HTTP \(status)"
                ).response
                : SimulatorResponse(status: status)
            if let retryAfter {
                response.headers.append(("Retry-After", retryAfter))
            }
            return ResponsePlan(response: response)
        case .htmlInternalServerError:
            let page =
                "<html><head><title>500 Internal Server Error</title></head>"
                + "<body><h1>Internal Server Error</h1></body></html>"
            return ResponsePlan(
                response: SimulatorResponse(
                    status: 500, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(page.utf8)))
        case .dropConnectionBeforeResponse:
            return ResponsePlan(response: SimulatorResponse(status: 500), delivery: .dropBeforeResponse)
        case .delay, .dropConnectionMidBody, .truncatedJSON, .dropConnectionDuringRequestBody:
            return nil
        }
    }
}
