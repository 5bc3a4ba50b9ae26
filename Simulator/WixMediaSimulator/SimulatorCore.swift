import Foundation
import OpenAPIClientKit

/// The simulated Media Manager apart from how requests reach it: the store, the faults, the counts and the
/// responder that turns a request into its answer.
///
/// ``WixMediaSimulator`` hands it the requests its HTTP server reads on 127.0.0.1; the `WixMediaTesting` product
/// hands it `URLRequest`s in-process (``exchange(method:target:headers:body:)``). Both see the same behaviour,
/// faults included, because both go through the one responder.
package final class SimulatorCore: Sendable {
    /// The files and folders.
    package let store: MediaStore
    /// The faults to inject into the next requests.
    package let faults = FaultPlan()
    /// The requests received, per operation.
    package let requests = RequestCounter()

    /// How many requests ``WixMediaSimulator/Configuration/quota`` refused with 429 so far.
    package var quotaRefusals: Int { quota?.refusedCount ?? 0 }

    let responder: Responder
    private let quota: SlidingWindowQuota?
    private let requestNumbers = Locked(0)

    /// A fresh store with the behaviour `configuration` describes (its port is not used here); upload URLs
    /// point at `baseURL`, which must be where the requests then arrive.
    package init(configuration: WixMediaSimulator.Configuration, baseURL: URL) {
        store = MediaStore(
            MediaState(
                settings: MediaState.Settings(
                    siteID: configuration.siteID,
                    readsUntilImportIsProcessed: max(0, configuration.pendingReadsPerImport),
                    readsUntilUploadIsProcessed: max(0, configuration.pendingReadsPerUpload),
                    failingUploadNames: configuration.failingUploadNames,
                    // Without a trailing slash: upload URLs are this plus `/upload/…`.
                    baseURL: baseURL.absoluteString.hasSuffix("/")
                        ? String(baseURL.absoluteString.dropLast()) : baseURL.absoluteString),
                seed: configuration.seed))
        quota = configuration.quota.map(SlidingWindowQuota.init)
        responder = Responder(
            store: store, faults: faults, requests: requests,
            acceptedAuthorizations: configuration.acceptedAuthorizations, quota: quota)
    }

    /// A new value for the `x-wix-request-id` header: shaped like Wix's, seconds since 1970, a dot and a number
    /// unique in this simulator.
    func nextRequestID() -> String {
        let number = requestNumbers.withLock { number in
            number += 1
            return number
        }
        return "\(Int(Date().timeIntervalSince1970)).\(number)"
    }
}
