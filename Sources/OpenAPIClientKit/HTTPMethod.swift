/// The method of an HTTP request.
public enum HTTPMethod: String, Sendable, Hashable {
    /// `GET`: retrieves a representation of a resource.
    case get = "GET"
    /// `PUT`: replaces a resource.
    case put = "PUT"
    /// `POST`: submits data for processing.
    case post = "POST"
    /// `DELETE`: removes a resource.
    case delete = "DELETE"
    /// `PATCH`: partially updates a resource.
    case patch = "PATCH"
    /// `HEAD`: like `GET`, without a response body.
    case head = "HEAD"
    /// `OPTIONS`: describes the communication options of a resource.
    case options = "OPTIONS"
    /// `TRACE`: echoes the received request.
    case trace = "TRACE"
}
