import Foundation

/// A local stand-in for the Wix Media Manager REST API (Files and Folders), over real HTTP on 127.0.0.1.
///
/// It implements every operation of `Schema/wix-media.openapi.json` over an in-memory ``MediaStore`` with
/// Wix's semantics, speaks the schema's JSON through the generated models, counts every request
/// (``requests``) and can inject faults (``faults``). `SimulatedMediaManager` (the `WixMediaTesting` product) is
/// the same simulator in-process, without sockets; this one serves `wix-media-simulator` and the tests that
/// exercise `URLSession` over loopback.
///
/// ```swift
/// let simulator = try WixMediaSimulator()
/// defer { simulator.stop() }
/// let client = WixMediaClient(
///     credentials: .accessToken("token"), configuration: WixMediaConfiguration(baseURL: simulator.baseURL))
/// simulator.faults.inject(.rateLimited(retryAfter: "1"), for: .operation("listFiles"))
/// _ = try await client.files.listFiles()                 // 429, then retried
/// assert(simulator.requests.count(for: "listFiles") == 2)
/// ```
public final class WixMediaSimulator: Sendable {
    /// Settings of a simulator.
    public struct Configuration: Sendable {
        /// The port to listen on; 0 picks a free one.
        public var port: UInt16
        /// The `Authorization` values accepted; nil accepts any non-empty one. Requests without one get 401.
        public var acceptedAuthorizations: Set<String>?
        /// How many reads through Get File Descriptor(s) return an imported file as `PENDING` before it turns
        /// `READY` (or `FAILED`).
        public var pendingReadsPerImport: Int
        /// How many reads through Get File Descriptor(s) return an uploaded file as `PENDING` before it turns
        /// `READY` (or `FAILED`). 0, the default, answers the upload with the file already processed, as Wix's
        /// example of an image upload shows; more stands for the media Wix processes longer (video, audio).
        public var pendingReadsPerUpload: Int
        /// Uploads of files with these names (the name the file gets, as `filename` or `fileName`) fail
        /// processing: they turn `FAILED` where others turn `READY`.
        public var failingUploadNames: Set<String>
        /// The site's ID, returned as `siteId` of files; its first hex digits prefix file IDs.
        public var siteID: String
        /// Seeds the generated IDs, so that a run can be repeated exactly.
        public var seed: UInt64
        /// The rate limit it enforces on API requests, answering 429 beyond it; nil, the default, enforces none.
        public var quota: RequestQuota?

        /// A simulator on a free port that accepts any credentials.
        public init(
            port: UInt16 = 0, acceptedAuthorizations: Set<String>? = nil, pendingReadsPerImport: Int = 1,
            pendingReadsPerUpload: Int = 0, failingUploadNames: Set<String> = [],
            siteID: String = "5a1e7d00-0000-4000-8000-000000000001", seed: UInt64 = 1, quota: RequestQuota? = nil
        ) {
            self.port = port
            self.acceptedAuthorizations = acceptedAuthorizations
            self.pendingReadsPerImport = pendingReadsPerImport
            self.pendingReadsPerUpload = pendingReadsPerUpload
            self.failingUploadNames = failingUploadNames
            self.siteID = siteID
            self.seed = seed
            self.quota = quota
        }
    }

    /// The settings it was started with.
    public let configuration: Configuration
    /// The port it listens on, on 127.0.0.1.
    public let port: UInt16
    /// `http://127.0.0.1:<port>`: give it to the client as its base URL.
    public let baseURL: URL
    /// The files and folders.
    public var store: MediaStore { core.store }
    /// The faults to inject into the next requests.
    public var faults: FaultPlan { core.faults }
    /// The requests received, per operation.
    public var requests: RequestCounter { core.requests }
    /// How many requests ``Configuration/quota`` refused with 429 so far.
    public var quotaRefusals: Int { core.quotaRefusals }

    private let core: SimulatorCore
    private let server: HTTPServer

    /// Starts a simulator listening on 127.0.0.1; call ``stop()`` when done.
    public init(configuration: Configuration = Configuration()) throws {
        self.configuration = configuration
        server = try HTTPServer(port: configuration.port)
        port = server.port
        baseURL = URL(string: "http://127.0.0.1:\(server.port)")!
        core = SimulatorCore(configuration: configuration, baseURL: baseURL)
        server.start(handler: core.responder, requestIDs: core.nextRequestID)
    }

    /// Stops listening, closes all connections and waits for the server's threads to end; requests in
    /// flight fail. Calling it again does nothing.
    public func stop() {
        server.stop()
    }

    deinit {
        server.stop()
    }
}
