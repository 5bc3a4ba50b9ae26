import Foundation

/// A request body stream that can start over: ``URLSessionTransport`` sends it again after a 307 or 308
/// redirect by asking for a fresh copy, where a plain `InputStream`, which cannot be rewound, is refused with
/// ``TransportError/redirectOfStreamedBody(statusCode:)``.
public protocol ReplayableBodyStream: InputStream {
    /// A new, unopened stream of the same bytes from the first one.
    func replay() -> InputStream
}
