import Foundation
import WixMedia

/// An error answer in Wix's shape (`message`, `details.applicationError` or `details.validationError`).
///
/// Wix does not publish its Media Manager application error codes (see Schema/README.md), so the codes here
/// are the simulator's own, named after the gRPC status Wix documents for each HTTP status.
struct APIFailure: Error {
    var status: Int
    var body: WixError

    /// 400 with one violation per invalid field.
    static func invalid(_ violations: [FieldViolation], message: String = "Invalid request message") -> APIFailure {
        APIFailure(
            status: 400,
            body: WixError(
                message: message,
                details: WixErrorDetails(validationError: ValidationError(fieldViolations: violations))))
    }

    /// 400 for one invalid field.
    static func invalid(field: String, _ description: String, rule: String = "VALIDATION_ERROR") -> APIFailure {
        invalid([FieldViolation(field: field, description: description, ruleName: rule)])
    }

    /// 400 for a request that is well-formed but not allowed, with an application error code.
    static func badRequest(_ code: String, _ message: String) -> APIFailure {
        application(status: 400, code: code, message: message)
    }

    /// 404 for an ID that names nothing, with Wix's standard `NOT_FOUND` code (which every operation's
    /// generated code enum that declares 404 lists); what was looked for is in `data`.
    static func notFound(_ kind: String, id: String) -> APIFailure {
        application(
            status: 404, code: "NOT_FOUND", message: "\(kind.capitalized) not found: \(id)",
            data: ["id": .string(id), "kind": .string(kind)])
    }

    /// Wix's standard application code for an error status ("About Errors"), as the generated code enums
    /// list them; nil for a status without one.
    static func standardCode(forStatus status: Int) -> String? {
        switch status {
        case 400: "INVALID_ARGUMENT"
        case 401: "UNAUTHENTICATED"
        case 403: "PERMISSION_DENIED"
        case 404: "NOT_FOUND"
        case 409: "ALREADY_EXISTS"
        case 429: "RESOURCE_EXHAUSTED"
        default: nil
        }
    }

    static func application(
        status: Int, code: String, message: String, data: [String: JSONValue]? = nil
    ) -> APIFailure {
        APIFailure(
            status: status,
            body: WixError(
                message: message,
                details: WixErrorDetails(
                    applicationError: ApplicationError(code: code, description: message, data: data))))
    }

    var response: SimulatorResponse {
        // Encoding a WixError built from strings cannot fail.
        .json((try? WireJSON.encode(body)) ?? Data(), status: status)
    }
}
