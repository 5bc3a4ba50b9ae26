import Foundation
import WixMedia

// The response samples of the Wix facts document (`wix-media-api-facts.md`, shared by the team), as the other
// tests use them (`Support/…Examples`, copied there verbatim so that the tests do not read outside the
// repository). Block 3 of the document is a request and block 8 a webhook event, not responses; the webhook
// samples are tested in Events/.

/// One response sample and the model it decodes into.
struct ResponseSample: Sendable {
    /// A name for messages.
    let name: String
    /// Where the sample is in the facts document.
    let source: String
    /// The body as Wix sent it.
    let json: String
    /// Decodes a body with `decoder` and encodes the result again, for checks of what was kept.
    let roundTrip: @Sendable (JSONDecoder, Data) throws -> Data
}

extension ResponseSample {
    init<Model: Codable & SendableMetatype>(_ name: String, _ model: Model.Type, source: String, json: String) {
        self.init(name: name, source: source, json: json) { decoder, body in
            try JSONEncoder().encode(decoder.decode(Model.self, from: body))
        }
    }

    /// Every response sample of the facts document.
    static let all: [ResponseSample] = [
        ResponseSample(
            "generateFileUploadURL", GenerateFileUploadURLResponse.self, source: "§ Generate File Upload URL, response",
            json: URLExamples.generateFileUploadURL),
        ResponseSample(
            "importFile", ImportFileResponse.self, source: "§ Import File, response",
            json: FileExamples.importFile),
        ResponseSample(
            "bulkImportFile", BulkImportFileResponse.self,
            source: "§ Bulk Import File, SDK-form example (`_id`, `_createdDate`)",
            json: FileExamples.bulkImportSDKForm),
        ResponseSample(
            "createFolder", CreateFolderResponse.self, source: "§ Create Folder, response",
            json: FolderExamples.createFolder),
        ResponseSample(
            "applicationErrorBody", WixError.self, source: "§ 6.2 standard error body, application error",
            json: ErrorExamples.applicationError),
        ResponseSample(
            "validationErrorBody", WixError.self, source: "§ 6.2 standard error body, validation error",
            json: ErrorExamples.validationError),
        ResponseSample(
            "uploadPut", GetFileDescriptorResponse.self, source: "§ upload PUT response",
            json: FileExamples.uploadedImageFile),
        ResponseSample(
            "getFileDescriptorVideo", GetFileDescriptorResponse.self, source: "§ 9 Get File Descriptor (video)",
            json: FileExamples.getVideoFile),
        ResponseSample(
            "listFilesItemImage", FileDescriptor.self, source: "§ 9 List Files item (image)",
            json: FileExamples.listFilesImageItem),
        ResponseSample(
            "listDeletedFilesItemAudio", FileDescriptor.self, source: "§ 9 List Deleted Files item (audio)",
            json: FileExamples.deletedAudioItem),
    ]
}
