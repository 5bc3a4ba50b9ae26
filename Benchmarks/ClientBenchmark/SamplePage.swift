import Foundation
import WixMedia

/// A `listFiles` page of `count` processed images, encoded by the generated models exactly as the simulator
/// sends it: every field of a real List Files item (facts §9), with colours, a face and labels.
func samplePage(count: Int) throws -> Data {
    let start = Date(timeIntervalSince1970: 1_704_067_200)
    let files = (0..<count).map { index in
        let id = "5a1e7d_\(String(format: "%032x", index * 7_919))~mv2.jpg"
        let url = "https://static.wixstatic.com/media/\(id)"
        let color = { (shade: Int32) in ImageColor(rgb: ColorRGB(r: shade, g: shade / 2, b: 255 - shade)) }
        let media = ImageMedia(
            image: ImageAsset(
                id: id, url: url, height: 4_456, width: 6_031, filename: "photo-\(index).jpg",
                sizeInBytes: Int64(2_608_831 + index)),
            colors: Colors(prominent: color(26), palette: (0..<8).map { color(Int32($0 * 30)) }),
            faces: [FaceRecognition(confidence: 0.99799323, x: 50, y: 5, height: 64, width: 46)])
        return FileDescriptor(
            id: id, displayName: "photo-\(index).jpg", url: url, parentFolderID: "media-root",
            hash: "cf96f0567ed967f02bc9580ab8db86be", sizeInBytes: Int64(2_608_831 + index), private: false,
            mediaType: .image, media: FileMedia(.image(media)), operationStatus: .ready, thumbnailURL: url,
            labels: ["Brown", "Spiral galaxy"], createdDate: start.addingTimeInterval(Double(index)),
            updatedDate: start.addingTimeInterval(Double(index + 60)), siteID: "5a1e7d00-0000-4000-8000-000000000001",
            state: .ok)
    }
    let page = ListFilesResponse(
        files: files, nextCursor: PagingMetadataV2(cursors: Cursors(next: "bmV4dA"), hasNext: true))
    return try JSONEncoder().encode(page)
}
