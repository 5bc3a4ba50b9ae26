import WixMedia
import XCTest

/// Malformed and hostile input: each reason has its own error, and nothing traps.
final class WixMediaIdentifierErrorTests: XCTestCase {
    private let size = "#originWidth=10&originHeight=20"

    func testEachMalformedShapeHasItsOwnError() {
        let cases: [(String, WixMediaIdentifierError)] = [
            ("", .notAWixMediaIdentifier),
            ("https://static.wixstatic.com/media/a~mv2.jpg", .notAWixMediaIdentifier),
            ("WIX:image://v1/a.jpg/a.jpg\(size)", .notAWixMediaIdentifier),
            ("0abec0_b291~mv2.jpg", .notAWixMediaIdentifier),
            ("wix:", .missingDoubleSlash),
            ("wix:image", .missingDoubleSlash),
            ("wix:image:/v1/a.jpg\(size)", .missingDoubleSlash),
            ("wix:picture://v1/a.jpg/a.jpg\(size)", .unsupportedKind("picture")),
            ("wix:Image://v1/a.jpg/a.jpg\(size)", .unsupportedKind("Image")),
            ("wix:://v1/a.jpg", .unsupportedKind("")),
            ("image:video://v1/a", .missingDoubleSlash),
            ("wix:image://", .unsupportedVersion("")),
            ("wix:image://v2/a.jpg/a.jpg\(size)", .unsupportedVersion("v2")),
            ("wix:image:///v1/a.jpg/a.jpg\(size)", .unsupportedVersion("")),
            ("wix:image://v1\(size)", .missingMediaID),
            ("wix:image://v1/\(size)", .missingMediaID),
            ("wix:image://v1//a.jpg\(size)", .missingMediaID),
            ("wix:document://v1//x.pdf/x.pdf", .missingMediaID),
            ("wix:image://v1/a.jpg/a.jpg/\(size)", .unexpectedPathSegments(count: 3)),
            ("wix:image://v1/a.jpg//a.jpg\(size)", .unexpectedPathSegments(count: 3)),
            ("wix:document://v1/ugd/x.pdf/x.pdf/", .unexpectedPathSegments(count: 4)),
            ("wix:video://v1/a/b/#posterUri=p&posterWidth=1&posterHeight=1", .unexpectedPathSegments(count: 3)),
            ("wix:image://v1/a.jpg/a%.jpg\(size)", .invalidPercentEncoding("a%.jpg")),
            ("wix:image://v1/a.jpg/a%4\(size)", .invalidPercentEncoding("a%4")),
            ("wix:image://v1/a.jpg/a%zz.jpg\(size)", .invalidPercentEncoding("a%zz.jpg")),
            ("wix:image://v1/a.jpg/%C3.jpg\(size)", .invalidPercentEncoding("%C3.jpg")),
            ("wix:image://v1/a.jpg/%FF%FE.jpg\(size)", .invalidPercentEncoding("%FF%FE.jpg")),
            ("wix:image://v1/%ED%A0%80/a.jpg\(size)", .invalidPercentEncoding("%ED%A0%80")),
            ("wix:image://v1/a.jpg/a.jpg", .missingOriginalSize),
            ("wix:image://v1/a.jpg/a.jpg#originWidth=10", .missingOriginalSize),
            ("wix:image://v1/a.jpg/a.jpg#originwidth=10&originheight=20", .missingOriginalSize),
            ("wix:image://v1/3c76e2_c5331f937348492a97df87b...", .missingOriginalSize),
            ("wix:image://v1/a.jpg/a.jpg#originWidth&originHeight=20", .missingOriginalSize),
            (
                "wix:image://v1/a.jpg/a.jpg#originWidth=abc&originHeight=20",
                .invalidNumber(key: "originWidth", value: "abc")
            ),
            ("wix:image://v1/a.jpg/a.jpg#originWidth=10&originHeight=", .invalidNumber(key: "originHeight", value: "")),
            (
                "wix:image://v1/a.jpg/a.jpg#originWidth=-1&originHeight=2",
                .invalidNumber(key: "originWidth", value: "-1")
            ),
            (
                "wix:image://v1/a.jpg/a.jpg#originWidth=+1&originHeight=2",
                .invalidNumber(key: "originWidth", value: "+1")
            ),
            (
                "wix:image://v1/a.jpg/a.jpg#originWidth= 1&originHeight=2",
                .invalidNumber(key: "originWidth", value: " 1")
            ),
            (
                "wix:image://v1/a.jpg/a.jpg#originWidth=1e3&originHeight=2",
                .invalidNumber(key: "originWidth", value: "1e3")
            ),
            (
                "wix:image://v1/a.jpg/a.jpg#originWidth=1.5&originHeight=2",
                .invalidNumber(key: "originWidth", value: "1.5")
            ),
            (
                "wix:image://v1/a.jpg/a.jpg#originWidth=undefined&originHeight=2",
                .invalidNumber(key: "originWidth", value: "undefined")
            ),
            (
                "wix:image://v1/a.jpg/a.jpg#originWidth=١٢&originHeight=2",
                .invalidNumber(key: "originWidth", value: "١٢")
            ),
            (
                "wix:image://v1/a.jpg/a.jpg#originWidth=99999999999999999999&originHeight=2",
                .invalidNumber(key: "originWidth", value: "99999999999999999999")
            ),
            ("wix:audio://v1/a.mp3/a.mp3#duration=NaN", .invalidNumber(key: "duration", value: "NaN")),
            ("wix:video://v1/a/a#posterWidth=x", .invalidNumber(key: "posterWidth", value: "x")),
            (
                "wix:image://v1/a.jpg/a.jpg#originWidth=1&originHeight=2&originWidth=1",
                .duplicateParameter("originWidth")
            ),
            ("wix:video://v1/a/a#posterUri=p&posterUri=q", .duplicateParameter("posterUri")),
            ("wix:image://v1/a.jpg/a\n.jpg\(size)", .controlCharacter(offset: 22)),
            ("\u{0}wix:image://v1/a.jpg/a.jpg\(size)", .controlCharacter(offset: 0)),
            ("wix:image://v1/a.jpg/a.jpg\(size)\u{7F}", .controlCharacter(offset: 57)),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try WixMediaIdentifier(parsing: text), text.debugDescription) {
                XCTAssertEqual($0 as? WixMediaIdentifierError, expected, text.debugDescription)
            }
            XCTAssertNil(WixMediaIdentifier(text), text.debugDescription)
        }
    }

    func testHugeInputIsRefusedByItsLengthAlone() {
        let name = String(repeating: "a", count: WixMediaIdentifier.maximumLength)
        let text = "wix:image://v1/a.jpg/\(name)\(size)"

        XCTAssertThrowsError(try WixMediaIdentifier(parsing: text)) {
            XCTAssertEqual(
                $0 as? WixMediaIdentifierError,
                .tooLong(length: text.utf8.count, limit: WixMediaIdentifier.maximumLength))
        }
    }

    func testTheLongestAllowedIdentifierParses() throws {
        let prefix = "wix:image://v1/a.jpg/"
        let name = String(
            repeating: "%41", count: (WixMediaIdentifier.maximumLength - prefix.utf8.count - size.utf8.count) / 3)
        let text = prefix + name + size

        let identifier = try WixMediaIdentifier(parsing: text)

        XCTAssertEqual(identifier.fileName, String(repeating: "A", count: name.utf8.count / 3))
        XCTAssertEqual(identifier.description, text)
    }

    func testManyFragmentItemsAreHandled() throws {
        let text = "wix:image://v1/a.jpg/a.jpg\(size)" + String(repeating: "&", count: 10_000)

        let identifier = try WixMediaIdentifier(parsing: text)

        XCTAssertEqual(identifier.fragmentParameters.count, 10_002)
        XCTAssertEqual(identifier.description, text)
    }

    func testErrorsDescribeThemselves() {
        XCTAssertEqual(
            WixMediaIdentifierError.invalidNumber(key: "originWidth", value: "abc").description,
            "fragment parameter `originWidth` must be a decimal number; it is `abc`")
        XCTAssertEqual(
            WixMediaIdentifierError.unexpectedPathSegments(count: 3).description,
            "the Wix media identifier's path has 3 segments after `v1/`; expected the media ID and a file name")
    }

    /// Seeded mutations of valid identifiers (bytes replaced, inserted, deleted; parts duplicated): parsing never
    /// traps, and whatever parses prints back exactly as the input.
    func testMutatedIdentifiersNeverTrapAndParseLosslesslyWhenTheyParse() {
        let seeds = [
            "wix:image://v1/0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg/leon.jpg#originWidth=3024&originHeight=4032",
            "wix:video://v1/4acbb8_5646/sample%20video.mpg#posterUri=4acbb8_f002.jpg&posterWidth=320&posterHeight=240",
            "wix:document://v1/ugd/2d321c_8011.pdf/Menu%20(1).pdf",
            "wix:audio://v1/229acbb8_5af2.mp3/Diner.mp3#duration=230",
            "image://v1/a9ff3b_9928.jpg#originWidth=1000&originHeight=1000&watermark=x",
        ]
        let alphabet = Array("wix:/#&=%.~_-vimage0123456789ABCDEFzé\u{0}\n ".unicodeScalars)
        var random = SplitMix64(seed: 20_251_201)
        var parsed = 0
        for iteration in 0..<3000 {
            var scalars = Array(seeds[iteration % seeds.count].unicodeScalars)
            for _ in 0...(Int(random.next() % 4)) {
                let position = Int(random.next() % UInt64(scalars.count + 1))
                let scalar = alphabet[Int(random.next() % UInt64(alphabet.count))]
                switch random.next() % 4 {
                case 0 where position < scalars.count: scalars[position] = scalar
                case 1: scalars.insert(scalar, at: position)
                case 2 where position < scalars.count: scalars.remove(at: position)
                default:
                    let repeated = Array(scalars[position...].prefix(8))
                    scalars.insert(contentsOf: repeated, at: position)
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            if let identifier = try? WixMediaIdentifier(parsing: text) {
                parsed += 1
                XCTAssertEqual(identifier.description, text)
                XCTAssertEqual(try? WixMediaIdentifier(parsing: identifier.description), identifier)
            }
        }
        // Some mutations keep the identifier valid, so the lossless check above did run.
        XCTAssertGreaterThan(parsed, 100)
    }
}

/// A small deterministic random number generator, so that the mutation test is the same on every run.
private struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
