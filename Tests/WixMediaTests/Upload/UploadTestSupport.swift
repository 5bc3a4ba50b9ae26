import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `count` bytes that differ from one position to the next, so a chunk sent at the wrong offset shows.
func testBytes(count: Int) -> Data {
    Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 251) })
}

extension URLRequest {
    /// The request with a body stream read into `httpBody`, as a server receives it: chunks of an upload from a
    /// file arrive as streams on Linux, and the fakes look at their bytes. Checks that the stream holds exactly
    /// the `Content-Length` it announces, as an HTTP server would.
    ///
    /// Like a transport, it reports the body's bytes to `RequestBodyProgress.observer` as it takes them, 4 KiB
    /// at a time, from a stream or from `httpBody` alike — so progress tests expect the same on every platform.
    func readingBodyStream() throws -> URLRequest {
        let observer = RequestBodyProgress.observer
        guard let stream = httpBodyStream else {
            if let body = httpBody, let observer {
                for end in stride(from: 4_096, to: body.count, by: 4_096) { observer(Int64(end)) }
                observer(Int64(body.count))
            }
            return self
        }
        var bytes = Data()
        var buffer = [UInt8](repeating: 0, count: 4_096)
        stream.open()
        defer { stream.close() }
        while stream.hasBytesAvailable {
            let read = stream.read(&buffer, maxLength: buffer.count)
            guard read >= 0 else {
                throw TestFailure("the body stream failed: \(String(describing: stream.streamError))")
            }
            if read == 0 { break }
            bytes += buffer[..<read]
            observer?(Int64(bytes.count))
        }
        guard value(forHTTPHeaderField: "Content-Length") == String(bytes.count) else {
            throw TestFailure(
                "a \(bytes.count)-byte body stream announced as \(String(describing: value(forHTTPHeaderField: "Content-Length")))"
            )
        }
        var request = self
        request.httpBodyStream = nil
        request.httpBody = bytes
        return request
    }
}

/// Records the waits an upload or a poll asks for, instead of waiting.
actor SleepRecorder {
    private(set) var durations: [Duration] = []

    func record(_ duration: Duration) {
        durations.append(duration)
    }

    /// Upload options with tiny sizes, so a few hundred bytes make a resumable upload of several chunks, and
    /// resume waits that are recorded here rather than slept. Progress reports bytes in flight every
    /// `progressInterval`: by default never, so that only confirmations are reported, whatever the timing.
    nonisolated func options(
        threshold: Int64 = 100, chunkSize: Int = 64, resumeDelays: [Duration] = [.zero, .seconds(3)],
        progressInterval: Duration = .seconds(3_600)
    ) -> UploadOptions {
        UploadOptions(
            resumableThreshold: threshold, chunkSize: chunkSize, resumeDelays: resumeDelays,
            sleep: { duration in await self.record(duration) }, progressInterval: progressInterval)
    }
}

/// The progress reports of an upload, in order.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [UploadProgress] = []

    func record(_ progress: UploadProgress) {
        lock.lock()
        defer { lock.unlock() }
        reports.append(progress)
    }

    var bytesSent: [Int64] {
        all.map(\.bytesSent)
    }

    /// Every report.
    var all: [UploadProgress] {
        lock.lock()
        defer { lock.unlock() }
        return reports
    }
}

extension XCTestCase {
    /// A file holding `contents` in a fresh temporary directory, removed when the test ends.
    func temporaryFile(named name: String, contents: Data) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url)
        return url
    }
}

/// Asserts that `request` carries none of the client's credentials: upload URLs authorise themselves, and an
/// API key must not leave for another host.
func assertNoCredentials(_ request: URLRequest, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertNil(request.value(forHTTPHeaderField: "Authorization"), file: file, line: line)
    XCTAssertNil(request.value(forHTTPHeaderField: "wix-site-id"), file: file, line: line)
}

/// The `underlying` error of a `WixMediaError` that has one.
func underlying(of error: WixMediaError?) -> (any Error)? {
    switch error {
    case .invalidRequest(let underlying)?, .transport(let underlying)?: underlying
    case .undecodableResponse(_, _, let underlying)?: underlying
    default: nil
    }
}
