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

    /// 404 for an ID that names nothing.
    static func notFound(_ kind: String, id: String) -> APIFailure {
        application(
            status: 404, code: "\(kind.uppercased())_NOT_FOUND", message: "\(kind.capitalized) not found: \(id)",
            data: ["id": .string(id)])
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
