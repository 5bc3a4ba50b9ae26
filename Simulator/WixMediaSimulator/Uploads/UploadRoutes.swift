import Foundation
import WixMedia

/// The upload host's endpoints (facts §7), outside the schema: where `generateFileUploadUrl` and
/// `generateFileResumableUploadUrl` send the bytes. Counted under the names of ``UploadOperation``.
///
/// Every one of them refuses credentials: the URL or the token authorises an upload, and a client that sends
/// its API key along leaks it to another host — a 400 here, so that such a client fails its tests.
enum UploadRoutes {
    static let all: [Route] = [
        // `PUT {uploadUrl}?filename=…`: two segments, so it never takes the tus endpoint's three or four.
        uploadRoute("PUT", "/upload/{token}", UploadOperation.simpleUpload) { request, parameters, state in
            .json(try WireJSON.encode(try state.completeSimpleUpload(token: parameters[0], request: request)))
        },
        tusRoute("POST", "/upload/tus", UploadOperation.tusCreate) { request, _, state in
            try state.createTusUpload(request)
        },
        tusRoute("PATCH", MediaState.tusUploadsPath + "/{id}", UploadOperation.tusPatch) { request, parameters, state in
            try state.patchTusUpload(id: parameters[0], request)
        },
        tusRoute("HEAD", MediaState.tusUploadsPath + "/{id}", UploadOperation.tusHead) { _, parameters, state in
            try state.headTusUpload(id: parameters[0])
        },
        uploadRoute("PUT", "/upload/tus/{token}", UploadOperation.finalise) { request, parameters, state in
            .json(try WireJSON.encode(try state.finaliseResumableUpload(token: parameters[0], request)))
        },
    ]

    /// The tus version the endpoint speaks.
    static let tusVersion = "1.0.0"

    private typealias Handler =
        @Sendable (_ request: SimulatorRequest, _ parameters: [String], _ state: inout MediaState) throws ->
        SimulatorResponse

    /// A route of the upload host: no credentials accepted, the state changed atomically.
    private static func uploadRoute(
        _ method: String, _ path: String, _ operationID: String, _ handle: @escaping Handler
    ) -> Route {
        Route(method, path, operationID: operationID, requiresAuthorization: false) { request, parameters, store in
            try refuseCredentials(request)
            return try store.withState { try handle(request, parameters, &$0) }
        }
    }

    /// A route of the tus endpoint: as ``uploadRoute(_:_:_:_:)``, and every answer, errors included, says
    /// `Tus-Resumable: 1.0.0`; a request for another version is refused with 412 and `Tus-Version`.
    private static func tusRoute(
        _ method: String, _ path: String, _ operationID: String, _ handle: @escaping Handler
    ) -> Route {
        let route = uploadRoute(method, path, operationID) { request, parameters, state in
            guard request.header("Tus-Resumable") == tusVersion else {
                throw APIFailure.application(
                    status: 412, code: "UNSUPPORTED_TUS_VERSION", message: "Tus-Resumable must be \(tusVersion).")
            }
            return try handle(request, parameters, &state)
        }
        return Route(method, path, operationID: operationID, requiresAuthorization: false) {
            request, parameters, store in
            var response: SimulatorResponse
            do {
                response = try route.respond(request, parameters, store)
            } catch let failure as APIFailure {
                response = failure.response
                if failure.status == 412 {
                    response.headers.append(("Tus-Version", tusVersion))
                }
            }
            response.headers.append(("Tus-Resumable", tusVersion))
            return response
        }
    }

    private static func refuseCredentials(_ request: SimulatorRequest) throws {
        for header in ["Authorization", "wix-site-id", "wix-account-id"] where request.header(header) != nil {
            throw APIFailure.badRequest(
                "CREDENTIALS_SENT_TO_UPLOAD_HOST", "Upload requests carry no \(header): the upload URL authorises them."
            )
        }
    }
}
