import Foundation
import WixMedia

// upload-resume-helper BASE_URL FILE STATE_FILE CHUNK_BYTES
//
// A client process for `UploadResumeAfterKillTests`: uploads FILE to the simulator at BASE_URL as a resumable
// upload in CHUNK_BYTES chunks, writing each state its `saveState` closure receives to STATE_FILE (replaced
// atomically, so that a reader never sees half a state). The test kills it mid-upload and resumes from the file.
let arguments = CommandLine.arguments
guard arguments.count == 5, let baseURL = URL(string: arguments[1]), let chunkSize = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: upload-resume-helper BASE_URL FILE STATE_FILE CHUNK_BYTES\n".utf8))
    exit(2)
}
let fileURL = URL(fileURLWithPath: arguments[2])
let stateURL = URL(fileURLWithPath: arguments[3])

let client = WixMediaClient(
    credentials: .apiKey("resume-helper", siteID: "resume-helper"),
    configuration: WixMediaConfiguration(baseURL: baseURL, timeout: .seconds(60)))
do {
    let file = try await client.files.upload(
        fileURL: fileURL, options: UploadOptions(resumableThreshold: 0, chunkSize: chunkSize),
        saveState: { state in
            // The state holds the upload's token: a real app keeps it in the Keychain or an encrypted store.
            guard let data = try? JSONEncoder().encode(state) else { return }
            try? data.write(to: stateURL, options: .atomic)
        })
    print("uploaded \(file.id)")
} catch {
    FileHandle.standardError.write(Data("upload-resume-helper: \(error)\n".utf8))
    exit(1)
}
