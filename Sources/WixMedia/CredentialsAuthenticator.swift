/// Wix's credentials as the generic client's authentication step.
struct CredentialsAuthenticator: RequestAuthenticator, CustomStringConvertible {
    let credentials: Credentials

    init(_ credentials: Credentials) {
        self.credentials = credentials
    }

    func authenticate(_ request: HTTPRequest) async throws -> HTTPRequest {
        var request = request
        request.headers += credentials.headers
        return request
    }

    /// The credentials' description, which shows no secret.
    var description: String { credentials.description }
}
