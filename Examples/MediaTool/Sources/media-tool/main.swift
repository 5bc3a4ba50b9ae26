import Foundation
import MediaToolKit
import WixMedia

// Runs the tour against a real Wix site: `WIX_API_KEY=… WIX_SITE_ID=… swift run media-tool`. It creates two
// folders and four files in that site's Media Manager; the tests run the same tour against the simulator.
let environment = ProcessInfo.processInfo.environment
guard let apiKey = environment["WIX_API_KEY"], let siteID = environment["WIX_SITE_ID"] else {
    FileHandle.standardError.write(Data("usage: WIX_API_KEY=… WIX_SITE_ID=… media-tool\n".utf8))
    exit(2)
}
let client = WixMediaClient(credentials: .apiKey(apiKey, siteID: siteID))
do {
    let report = try await MediaTour(client: client).run()
    let moved = report.movedFile?.displayName ?? "?"
    print("done: moved \(moved), download at \(report.downloadURL?.absoluteString ?? "?")")
} catch {
    FileHandle.standardError.write(Data("media-tool: \(error)\n".utf8))
    exit(1)
}
