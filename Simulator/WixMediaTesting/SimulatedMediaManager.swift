import Foundation
import WixMedia
import WixMediaSimulator

/// A Wix Media Manager (Files and Folders) for your tests, in your test process: no network, no server, no
/// separate executable.
///
/// Give your code the client from ``makeClient(credentials:timeout:retryPolicy:rateLimit:)``, or a client you build with
/// ``transport``: every request — the API's and the uploads' — is answered from memory with Wix's semantics.
/// Then check what your code left behind in ``store``, how many requests it sent in ``requests``, and how it
/// copes with failures you inject through ``faults``.
///
/// ```swift
/// let simulator = SimulatedMediaManager()
/// let client = simulator.makeClient()
/// simulator.faults.inject(.serviceUnavailable, for: .operation(Operations.ListFiles.self))
/// _ = try await client.files.listFiles()  // 503, then retried
/// assert(simulator.requests.count(for: Operations.ListFiles.self) == 2)
/// ```
///
/// It answers requests for ``baseURL`` only — by default Wix's own `https://www.wixapis.com`, so a client your
/// app configures as for production works once it has ``transport`` — and hands out upload URLs on the same
/// host. A request for any other host fails with `URLError(.cannotFindHost)` instead of reaching the network.
/// Each instance is a separate, empty site.
public final class SimulatedMediaManager: Sendable {
    /// Settings of a simulated Media Manager: when files turn `READY`, which uploads fail, which credentials are
    /// accepted, the site ID and the seed of its IDs. `port` is not used in-process.
    public typealias Configuration = WixMediaSimulator.Configuration

    /// The settings it was created with.
    public let configuration: Configuration
    /// The API's address, whose host this simulator answers for; upload URLs are on it too.
    public let baseURL: URL
    /// Carries requests to this simulator in-process; give it to a `WixMediaClient` you build yourself.
    public let transport: InProcessTransport

    private let core: SimulatorCore

    /// Creates an empty Media Manager.
    ///
    /// - Parameters:
    ///   - configuration: When files turn `READY`, which uploads fail, which credentials are accepted.
    ///   - baseURL: The address the client sends to; Wix's public API by default.
    public init(
        configuration: Configuration = Configuration(),
        baseURL: URL = URL(string: "https://www.wixapis.com")!
    ) {
        self.configuration = configuration
        self.baseURL = baseURL
        core = SimulatorCore(configuration: configuration, baseURL: baseURL)
        transport = InProcessTransport(core: core, baseURL: baseURL)
    }

    /// The files and folders, to check what your code did (or to read uploaded bytes) without the API.
    public var store: MediaStore { core.store }
    /// The faults injected into the next requests: error statuses, delays, dropped connections, broken bodies.
    public var faults: FaultPlan { core.faults }
    /// The requests received, per operation, counted before any fault applies.
    public var requests: RequestCounter { core.requests }

    /// A client that talks to this simulator.
    ///
    /// - Parameters:
    ///   - credentials: What the client authenticates with; by default an API key for the configured site. Any
    ///     is accepted unless `configuration.acceptedAuthorizations` says otherwise.
    ///   - timeout: How long one attempt may take.
    ///   - retryPolicy: When failed requests are repeated; the client's default unless you pass another.
    ///   - rateLimit: The client's pacing. None by default, so that tests run at full speed; pass
    ///     `RateLimit.wixDefault` (and a ``WixMediaSimulator/Configuration/quota``) to test pacing itself.
    public func makeClient(
        credentials: Credentials? = nil, timeout: Duration = .seconds(60), retryPolicy: RetryPolicy = .default,
        rateLimit: RateLimit? = nil
    ) -> WixMediaClient {
        WixMediaClient(
            credentials: credentials ?? .apiKey("simulator-api-key", siteID: configuration.siteID),
            configuration: WixMediaConfiguration(
                baseURL: baseURL, timeout: timeout, retryPolicy: retryPolicy, rateLimit: rateLimit),
            transport: transport)
    }
}
