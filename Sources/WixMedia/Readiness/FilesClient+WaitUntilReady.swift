extension FilesClient {
    /// The most file IDs one Get File Descriptors request takes.
    static let maxFileIDsPerRequest = 100

    /// Waits until Wix has processed every file in `fileIDs`, and returns them.
    ///
    /// Uploads and imports return before Wix has finished with a file (its `operationStatus` is `PENDING`);
    /// its `media` — dimensions, renditions — is only there once it is `READY`. This asks Get File Descriptors
    /// about the files still pending (100 per request), first at once, then after `pollInterval`, doubling the
    /// wait each time up to `maxPollInterval`, until none is pending or `timeout` has passed.
    ///
    /// ```swift
    /// let results = try await client.files.bulkImportFile(importFileRequests: sources).results ?? []
    /// do {
    ///     let ready = try await client.files.waitUntilReady(
    ///         fileIDs: results.compactMap { $0.item?.id }, timeout: .seconds(30))
    /// } catch let error as FileReadinessError {
    ///     print("failed:", error.failedFileIDs, "still pending:", error.pendingFileIDs)
    /// }
    /// ```
    ///
    /// A webhook does the same without polling: see ``MediaWebhook``'s File Ready and File Failed events.
    ///
    /// - Parameters:
    ///   - fileIDs: The IDs of the files, as uploads and imports return them. A Wix media URL is accepted by
    ///     Wix but answered with the plain ID, so it would never be matched: pass IDs.
    ///   - timeout: How long to wait in all. A file still pending after this is reported, not waited for.
    ///   - pollInterval: The wait after the first look; it doubles after each further look.
    ///   - maxPollInterval: The longest wait between two looks.
    ///   - clock: Measures the timeout and waits between looks; tests pass a clock that does not really sleep.
    /// - Returns: The files, all `READY`, in the order of `fileIDs`.
    /// - Throws: ``FileReadinessError/failed(failedFiles:readyFiles:)`` naming every file that failed, once no
    ///   file is pending; ``FileReadinessError/timedOut(pendingFileIDs:failedFiles:readyFiles:)`` naming the
    ///   files still pending when time ran out; the client's errors from Get File Descriptors;
    ///   `WixMediaError.cancelled` when the task is cancelled.
    @discardableResult
    public func waitUntilReady(
        fileIDs: [String],
        timeout: Duration = .seconds(120),
        pollInterval: Duration = .seconds(1),
        maxPollInterval: Duration = .seconds(15),
        clock: some Clock<Duration> = ContinuousClock()
    ) async throws -> [FileDescriptor] {
        var tracker = ReadinessTracker(fileIDs: fileIDs)
        let deadline = clock.now.advanced(by: timeout)
        var interval = pollInterval
        while true {
            for batch in tracker.pendingFileIDs.batches(of: Self.maxFileIDsPerRequest) {
                if Task.isCancelled { throw WixMediaError.cancelled }
                tracker.record(try await getFileDescriptors(fileIDs: batch).files ?? [])
            }
            if tracker.pendingFileIDs.isEmpty {
                return try tracker.result()
            }
            let remaining = clock.now.duration(to: deadline)
            guard remaining > .zero else { throw tracker.timeoutError }
            // The last wait is cut to the deadline, so that the final look happens just as time runs out.
            try await Self.sleep(for: min(interval, remaining), on: clock)
            interval = min(interval * 2, max(maxPollInterval, pollInterval))
        }
    }

    /// Waits until Wix has processed the file `fileID`, and returns it.
    ///
    /// The single-file form of ``waitUntilReady(fileIDs:timeout:pollInterval:maxPollInterval:clock:)``, with the
    /// same parameters and errors.
    @discardableResult
    public func waitUntilReady(
        fileID: String,
        timeout: Duration = .seconds(120),
        pollInterval: Duration = .seconds(1),
        maxPollInterval: Duration = .seconds(15),
        clock: some Clock<Duration> = ContinuousClock()
    ) async throws -> FileDescriptor {
        let files = try await waitUntilReady(
            fileIDs: [fileID], timeout: timeout, pollInterval: pollInterval, maxPollInterval: maxPollInterval,
            clock: clock)
        return files[0]  // without an error, every file asked for is in the result
    }

    private static func sleep(for duration: Duration, on clock: some Clock<Duration>) async throws {
        do {
            try await clock.sleep(for: duration)
        } catch {
            throw Task.isCancelled || error is CancellationError ? WixMediaError.cancelled : error
        }
    }
}

extension Array {
    /// The elements in consecutive runs of at most `size`.
    fileprivate func batches(of size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
