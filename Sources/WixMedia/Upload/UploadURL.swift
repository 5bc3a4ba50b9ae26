import Foundation

/// The URLs of an upload, built from what Wix hands out.
enum UploadURL {
    /// The upload URL of a Generate (Resumable) Upload URL answer.
    ///
    /// - Throws: `WixMediaError.undecodableResponse` when `value` is missing or not an absolute URL.
    static func parse(_ value: String?, of response: some Encodable) throws -> URL {
        guard let value, let url = URL(string: value), url.scheme != nil, url.host != nil else {
            throw WixMediaError.unusableAnswer(response, UploadError.invalidUploadURL(value))
        }
        return url
    }

    /// `url` with `filename=<fileName>` added to its query, percent-encoded like every query of the client.
    static func adding(fileName: String, to url: URL) -> URL {
        edit(url) { components in
            let item = QueryItems([QueryItems.Item(name: "filename", value: fileName)]).percentEncoded
            let query = components.percentEncodedQuery ?? ""
            components.percentEncodedQuery = query.isEmpty ? item : query + "&" + item
        }
    }

    /// `url` with `segment` appended to its path as one percent-encoded segment.
    static func appending(segment: String, to url: URL) -> URL {
        edit(url) { components in
            let path = components.percentEncodedPath
            components.percentEncodedPath = (path.hasSuffix("/") ? path : path + "/") + PathEncoding.segment(segment)
        }
    }

    private static func edit(_ url: URL, _ change: (inout URLComponents) -> Void) -> URL {
        // `url` came from `URL(string:)`, so URLComponents can always take it apart and put it back together.
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return url }
        change(&components)
        return components.url ?? url
    }
}

extension WixMediaError {
    /// A success answer of the API that an upload cannot go on from.
    ///
    /// The generated call has already decoded the original bytes and accepted its 2xx status, so the body is
    /// the answer encoded again, and the status 200.
    static func unusableAnswer(_ response: some Encodable, _ reason: UploadError) -> WixMediaError {
        .undecodableResponse(statusCode: 200, body: (try? JSONEncoder().encode(response)) ?? Data(), underlying: reason)
    }
}
