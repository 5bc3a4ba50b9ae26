import WixMedia
import XCTest

/// The MIME type of a file name comes from its extension, for each kind of media Wix accepts.
final class MIMETypeTests: XCTestCase {
    func testOneTypeOfEachKindOfMedia() {
        let expected = [
            "photo.jpg": "image/jpeg", "photo.jpeg": "image/jpeg", "logo.png": "image/png", "anim.gif": "image/gif",
            "hero.webp": "image/webp", "iphone.heic": "image/heic", "icon.svg": "image/svg+xml",
            "clip.mp4": "video/mp4", "clip.mov": "video/quicktime", "clip.webm": "video/webm",
            "song.mp3": "audio/mpeg", "take.wav": "audio/wav", "voice.m4a": "audio/mp4",
            "menu.pdf": "application/pdf",
            "cv.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "notes.txt": "text/plain", "site.zip": "application/zip", "chair.glb": "model/gltf-binary",
            "brand.woff2": "font/woff2",
        ]
        for (fileName, mimeType) in expected {
            XCTAssertEqual(MIMEType.forFileName(fileName), mimeType, fileName)
        }
    }

    func testTheExtensionIsMatchedWithoutRegardToCase() {
        XCTAssertEqual(MIMEType.forFileName("IMG_0042.JPG"), "image/jpeg")
        XCTAssertEqual(MIMEType.forFileName("Clip.Mp4"), "video/mp4")
    }

    func testOnlyTheLastExtensionCounts() {
        XCTAssertEqual(MIMEType.forFileName("backup.tar.gz"), "application/gzip")
        XCTAssertEqual(MIMEType.forFileName("photo.png.exe"), nil)
    }

    func testNamesWithoutAnExtensionHaveNoType() {
        XCTAssertNil(MIMEType.forFileName("README"))
        XCTAssertNil(MIMEType.forFileName(".jpg"), "a dot file, not a JPEG")
        XCTAssertNil(MIMEType.forFileName("trailing."))
        XCTAssertNil(MIMEType.forFileName("release.v2/README"), "the dot is in a folder name")
        XCTAssertNil(MIMEType.forFileName(""))
    }

    func testFormatsWithoutASettledTypeAreLeftToWixToDetect() {
        XCTAssertNil(MIMEType.forFileName("DSC0001.NEF"))
        XCTAssertNil(MIMEType.forFileName("part.step"))
        XCTAssertEqual(MIMEType.octetStream, "application/octet-stream")
    }
}
