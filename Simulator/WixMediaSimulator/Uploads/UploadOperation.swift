/// The names under which ``RequestCounter`` counts, and ``FaultTarget/operation(_:)-enum.case`` targets, the requests to
/// the upload host: they are not operations of the schema, so they have no `operationId` of their own.
///
/// ```swift
/// simulator.faults.inject(.dropConnectionDuringRequestBody(afterBytes: 1_000), for: .operation(UploadOperation.tusPatch))
/// XCTAssertEqual(simulator.requests.count(for: UploadOperation.tusHead), 1)
/// ```
public enum UploadOperation {
    /// `PUT {uploadUrl}?filename=…`: a simple upload's bytes (facts §7.1).
    public static let simpleUpload = "uploadFile"
    /// `POST {uploadUrl}`: creating a tus upload (facts §7.2).
    public static let tusCreate = "tusCreateUpload"
    /// `PATCH {Location}`: a chunk of a tus upload.
    public static let tusPatch = "tusPatchUpload"
    /// `HEAD {Location}`: asking a tus upload for its offset.
    public static let tusHead = "tusHeadUpload"
    /// `PUT {uploadUrl}/{uploadToken}?filename=…`: finalising a resumable upload into a file.
    public static let finalise = "finaliseResumableUpload"

    /// All of them.
    public static let all: Set<String> = [simpleUpload, tusCreate, tusPatch, tusHead, finalise]
}
