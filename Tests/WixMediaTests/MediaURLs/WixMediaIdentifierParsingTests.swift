import WixMedia
import XCTest

/// Well-formed identifiers: what they tell, and that printing gives back exactly the parsed text.
final class WixMediaIdentifierParsingTests: XCTestCase {
    /// Wix's example of a media URL accepted wherever a file ID is (`wix-media-api-facts.md` §1.7, from the
    /// Media Manager docs, e.g. https://dev.wix.com/docs/rest/assets/media/media-manager/files/get-file-descriptor).
    func testTheMediaManagerDocsExample() throws {
        let text =
            "wix:image://v1/0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg/leon.jpg#originWidth=3024&originHeight=4032"

        let identifier = try WixMediaIdentifier(parsing: text)

        XCTAssertEqual(identifier.kind, .image)
        XCTAssertEqual(identifier.mediaID, "0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg")
        XCTAssertEqual(identifier.fileName, "leon.jpg")
        XCTAssertEqual(identifier.originalSize, PixelSize(width: 3024, height: 4032))
        XCTAssertEqual(identifier.description, text)
    }

    /// The SDK form of a file in Wix's `wix-media.v2` docs (`wix-media-api-facts.md` §9).
    func testTheSDKFileExample() throws {
        let text = "wix:image://v1/d4dde1_…~mv2.png/image1.png#originWidth=1000&originHeight=714"

        let identifier = try WixMediaIdentifier(parsing: text)

        XCTAssertEqual(identifier.mediaID, "d4dde1_…~mv2.png")
        XCTAssertEqual(identifier.originalSize, PixelSize(width: 1000, height: 714))
        XCTAssertEqual(identifier.description, text)
    }

    /// The structure printed by https://dev.wix.com/docs/sdk/core-modules/sdk/media (and by the `$w` Image docs,
    /// https://dev.wix.com/docs/velo/api-reference/$w/image/introduction): the optional `watermark` stays as written.
    func testTheSDKMediaDocsStructureWithAWatermark() throws {
        let text =
            "wix:image://v1/3c76e2_c5331f937348492a97df87b~mv2.jpg/shoe.jpg#originWidth=800&originHeight=600&watermark=abc%3D%3D"

        let identifier = try WixMediaIdentifier(parsing: text)

        XCTAssertEqual(identifier.value(forFragmentKey: "watermark"), "abc%3D%3D")
        XCTAssertEqual(identifier.fragmentParameters.map(\.key), ["originWidth", "originHeight", "watermark"])
        XCTAssertEqual(identifier.description, text)
    }

    func testUnknownFragmentParametersKeepTheirOrderAndText() throws {
        let text = "wix:image://v1/a~mv2.jpg/a.jpg#z=1&originHeight=2&flag&originWidth=3&=&empty=&a=b=c&&x=%zz"

        let identifier = try WixMediaIdentifier(parsing: text)

        XCTAssertEqual(
            identifier.fragmentParameters.map(\.description),
            ["z=1", "originHeight=2", "flag", "originWidth=3", "=", "empty=", "a=b=c", "", "x=%zz"])
        XCTAssertEqual(identifier.fragmentParameters[2].value, nil)
        XCTAssertEqual(identifier.value(forFragmentKey: "a"), "b=c")
        XCTAssertEqual(identifier.originalSize, PixelSize(width: 3, height: 2))
        XCTAssertEqual(identifier.description, text)
    }

    func testPercentEncodedNamesAreDecodedAndPrintedAsWritten() throws {
        let text = "wix:image://v1/a~mv2.jpg/caf%c3%a9%20au%2Blait+1.jpg#originWidth=1&originHeight=1"

        let identifier = try WixMediaIdentifier(parsing: text)

        XCTAssertEqual(identifier.fileName, "café au+lait+1.jpg")
        XCTAssertEqual(identifier.description, text)
    }

    func testVideoDocumentAudioAndVectorIdentifiers() throws {
        let video = try WixMediaIdentifier(
            parsing: "wix:video://v1/4acbb8_5646ee01a5524905af4f2e7c567cbbce/sample.mpg"
                + "#posterUri=4acbb8_5646ee01a5524905af4f2e7c567cbbcef002.jpg&posterWidth=320&posterHeight=240")
        XCTAssertEqual(video.kind, .video)
        XCTAssertEqual(video.posterID, "4acbb8_5646ee01a5524905af4f2e7c567cbbcef002.jpg")
        XCTAssertEqual(video.posterSize, PixelSize(width: 320, height: 240))
        XCTAssertNil(video.originalSize)

        let document = try WixMediaIdentifier(
            parsing: "wix:document://v1/ugd/2d321c_8011271dcba949cd84faf9dc8b5431f0.pdf/Menu.pdf")
        XCTAssertEqual(document.mediaID, "ugd/2d321c_8011271dcba949cd84faf9dc8b5431f0.pdf")
        XCTAssertEqual(document.fileName, "Menu.pdf")

        let audio = try WixMediaIdentifier(
            parsing: "wix:audio://v1/229acbb8_5af2~mv2.mp3/Tom's%20Diner.mp3#duration=230")
        XCTAssertEqual(audio.duration, 230)
        XCTAssertEqual(audio.fileName, "Tom's Diner.mp3")

        let vector = try WixMediaIdentifier(parsing: "wix:vector://v1/11062b_e3b2~mv2.svg/")
        XCTAssertEqual(vector.kind, .vector)
        XCTAssertEqual(vector.fileName, "")
        XCTAssertEqual(vector.description, "wix:vector://v1/11062b_e3b2~mv2.svg/")
    }

    func testAnIdentifierWithoutFileNameOrWithAnEmptyFragmentPrintsBackTheSame() throws {
        for text in [
            "wix:document://v1/0abec0_x.pdf", "wix:video://v1/0abec0_x#", "wix:audio://v1/0abec0_x.mp3/a.mp3#",
            "wix:image://v1/0abec0_x.jpg#originWidth=0&originHeight=0",
        ] {
            XCTAssertEqual(try WixMediaIdentifier(parsing: text).description, text)
        }
        XCTAssertNil(try WixMediaIdentifier(parsing: "wix:document://v1/0abec0_x.pdf").fileName)
    }

    /// `@wix/sdk` reads `image://v1/…` (without `wix:`) as an image; it prints back in that form.
    func testTheLegacyImageFormIsReadAndKept() throws {
        let text = "image://v1/a9ff3b_9928686dcfa740bd802821d0b6f4ac03.jpg#originWidth=1000&originHeight=1000"

        let identifier = try WixMediaIdentifier(parsing: text)

        XCTAssertEqual(identifier.kind, .image)
        XCTAssertEqual(identifier.mediaID, "a9ff3b_9928686dcfa740bd802821d0b6f4ac03.jpg")
        XCTAssertEqual(identifier.description, text)
        XCTAssertNotEqual(identifier, try WixMediaIdentifier(parsing: "wix:" + text))
    }

    func testBuiltIdentifiersEncodeTheFileNameLikeTheSDK() throws {
        let identifier = try WixMediaIdentifier.image(
            mediaID: "0abec0_b291~mv2.jpg", fileName: "my photo (1)/é#?.jpg",
            originalSize: PixelSize(width: 30, height: 40))

        XCTAssertEqual(
            identifier.description,
            "wix:image://v1/0abec0_b291~mv2.jpg/my%20photo%20(1)%2F%C3%A9%23%3F.jpg#originWidth=30&originHeight=40")
        XCTAssertEqual(identifier.fileName, "my photo (1)/é#?.jpg")
        XCTAssertEqual(try WixMediaIdentifier(parsing: identifier.description), identifier)
    }

    func testBuildingRefusesParametersThatWouldNotReadBack() throws {
        for parameter in [
            WixMediaFragmentParameter(key: "a&b", value: "1"), WixMediaFragmentParameter(key: "a=b", value: "1"),
            WixMediaFragmentParameter(key: "a", value: "1&2"),
        ] {
            XCTAssertThrowsError(
                try WixMediaIdentifier(kind: .video, mediaID: "v", fileName: nil, fragmentParameters: [parameter])
            ) {
                XCTAssertEqual($0 as? WixMediaIdentifierError, .invalidFragmentParameter(parameter.description))
            }
        }
        let built = try WixMediaIdentifier(
            kind: .video, mediaID: "v", fileName: "a b.mp4",
            fragmentParameters: [
                WixMediaFragmentParameter(key: "posterUri", value: "p=q#r"), .init(key: "x", value: nil),
            ])
        XCTAssertEqual(built.description, "wix:video://v1/v/a%20b.mp4#posterUri=p=q#r&x")
        XCTAssertEqual(built.posterID, "p=q#r")
    }

    func testLosslessStringConvertibleAndCodableUseTheText() throws {
        let text = "wix:image://v1/a~mv2.jpg/a.jpg#originWidth=1&originHeight=2&k=v"
        let identifier = try XCTUnwrap(WixMediaIdentifier(text))
        XCTAssertNil(WixMediaIdentifier("https://static.wixstatic.com/media/a~mv2.jpg"))

        let json = try JSONEncoder().encode([identifier])
        XCTAssertEqual(
            String(decoding: json, as: UTF8.self),
            #"["wix:image:\/\/v1\/a~mv2.jpg\/a.jpg#originWidth=1&originHeight=2&k=v"]"#)
        XCTAssertEqual(try JSONDecoder().decode([WixMediaIdentifier].self, from: json), [identifier])
        XCTAssertThrowsError(
            try JSONDecoder().decode([WixMediaIdentifier].self, from: Data(#"["wix:image://v1/"]"#.utf8))
        ) {
            guard case DecodingError.dataCorrupted(let context) = $0 else { return XCTFail("\($0)") }
            XCTAssertEqual(context.underlyingError as? WixMediaIdentifierError, .missingMediaID)
        }
    }

    func testPlainFileIDsAreNotIdentifiers() throws {
        XCTAssertNil(try WixMediaIdentifier.parseIfIdentifier("0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg"))
        XCTAssertEqual(
            try WixMediaIdentifier.parseIfIdentifier("wix:document://v1/a.pdf/a.pdf")?.kind, .document)
        XCTAssertThrowsError(try WixMediaIdentifier.parseIfIdentifier("wix:image://v1/a.jpg/a.jpg"))
    }
}
