import Foundation

/// Settings of a `WixMediaClient`: where Wix is, and the generic client's settings with Wix's defaults.
///
/// The timeout, retries, pacing and decoding settings are those of `APIClientConfiguration`, read and written
/// through this value (`configuration.timeout`, `configuration.retryPolicy`, `configuration.rateLimit`,
/// `configuration.decodingPolicy`, `configuration.onDecodingProblems`), so each is declared and documented once.
@dynamicMemberLookup
public struct WixMediaConfiguration: Sendable {
    /// Where the API lives; requests go to `baseURL` + the operation's path.
    public var baseURL: URL
    /// The generic client's settings. Wix's default differs from the generic one in pacing only: requests are
    /// paced with ``RateLimit/wixDefault``, which keeps within Wix's 200 requests a minute per app instance.
    public var client: APIClientConfiguration

    /// The public Wix API at `https://www.wixapis.com` with a 60-second timeout, the default retries and Wix's
    /// rate limit, decoding tolerantly.
    public init(
        baseURL: URL = URL(string: "https://www.wixapis.com")!, timeout: Duration = .seconds(60),
        retryPolicy: RetryPolicy = .default, rateLimit: RateLimit? = .wixDefault,
        decodingPolicy: DecodingPolicy = .tolerant,
        onDecodingProblems: (@Sendable (_ operationID: String, _ problems: [DecodingProblem]) -> Void)? = nil
    ) {
        self.baseURL = baseURL
        client = APIClientConfiguration(
            timeout: timeout, retryPolicy: retryPolicy, rateLimit: rateLimit, decodingPolicy: decodingPolicy,
            onDecodingProblems: onDecodingProblems)
    }

    /// A setting of the generic client, such as `timeout` or `retryPolicy`; see `APIClientConfiguration`.
    public subscript<Value>(dynamicMember setting: WritableKeyPath<APIClientConfiguration, Value>) -> Value {
        get { client[keyPath: setting] }
        set { client[keyPath: setting] = newValue }
    }
}
