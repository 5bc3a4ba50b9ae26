import XCTest

@testable import GeneratorKit

final class NamingTests: XCTestCase {
    func testWordSplitting() {
        XCTAssertEqual(Naming.words("parentFolderId"), ["parent", "Folder", "Id"])
        XCTAssertEqual(Naming.words("parent_folder_id"), ["parent", "folder", "id"])
        XCTAssertEqual(Naming.words("PARENT-FOLDER ID"), ["PARENT", "FOLDER", "ID"])
        XCTAssertEqual(Naming.words("HTTPServer2Name"), ["HTTP", "Server2", "Name"])
        XCTAssertEqual(Naming.words("v1Files"), ["v1", "Files"])
        XCTAssertEqual(Naming.words("get /pets/{petId}"), ["get", "pets", "pet", "Id"])
        XCTAssertEqual(Naming.words("__"), [])
    }

    func testMemberNames() {
        let expected: [(String, String)] = [
            ("parentFolderId", "parentFolderID"),
            ("thumbnailUrl", "thumbnailURL"),
            ("fileIds", "fileIDs"),
            ("generateFileUploadUrl", "generateFileUploadURL"),
            ("mimeType", "mimeType"),
            ("_id", "id"),
            ("id", "id"),
            ("ids", "ids"),
            ("snake_case_name", "snakeCaseName"),
            ("parent_folder_id", "parentFolderID"),
            ("URLPrefix", "urlPrefix"),
            ("HTTPServer", "httpServer"),
            ("userID", "userID"),
            ("iPhone", "iPhone"),
            ("PARENT-FOLDER ID", "parentFolderID"),
            ("Type", "type"),
            ("", "value"),
            ("--", "value"),
        ]
        for (input, output) in expected {
            XCTAssertEqual(Naming.memberName(input), output, "memberName(\(input))")
        }
    }

    func testTypeNames() {
        let expected: [(String, String)] = [
            ("generateFileUploadUrl", "GenerateFileUploadURL"),
            ("parent_folder_id", "ParentFolderID"),
            ("parentFolderId", "ParentFolderID"),
            ("fileIds", "FileIDs"),
            ("thumbnailUrls", "ThumbnailURLs"),
            ("mimeType", "MimeType"),
            ("snake_case_name", "SnakeCaseName"),
            ("HTTPServer", "HTTPServer"),
            ("MEDIA_ROOT", "MediaRoot"),
            ("file-descriptor", "FileDescriptor"),
            ("iPhone", "IPhone"),
            ("2fa", "_2fa"),
            ("", "Value"),
        ]
        for (input, output) in expected {
            XCTAssertEqual(Naming.typeName(input), output, "typeName(\(input))")
        }
    }

    /// `https` is an initialism of its own, not the plural of `http`.
    func testHTTPSIsAllCaps() {
        XCTAssertEqual(Naming.typeName("https_url"), "HTTPSURL")
        XCTAssertEqual(Naming.memberName("useHttps"), "useHTTPS")
    }

    /// A later word that starts with a digit must not gain the leading underscore only a whole name needs.
    func testMemberNameWithLaterWordStartingWithDigit() {
        XCTAssertEqual(Naming.memberName("image_2x"), "image2x")
        XCTAssertEqual(Naming.memberName("page 2"), "page2")
        XCTAssertEqual(Naming.memberName("2x"), "_2x")
    }

    func testCaseNames() {
        let expected: [(String, String)] = [
            ("MEDIA_ROOT", "mediaRoot"),
            ("MODEL3D", "model3d"),
            ("H264", "h264"),
            ("IMAGE", "image"),
            ("in_progress", "inProgress"),
            ("image", "image"),
            ("1", "_1"),
            ("3D", "_3d"),
            ("", "empty"),
            ("__", "value"),
        ]
        for (input, output) in expected {
            XCTAssertEqual(Naming.caseName(input), output, "caseName(\(input))")
        }
    }

    /// `-1` → `negative1`, as the doc comment on `caseName` promises.
    func testCaseNameOfNegativeNumber() {
        XCTAssertEqual(Naming.caseName("-1"), "negative1")
        XCTAssertEqual(Naming.caseName("-ONE"), "negativeOne")
    }

    func testCaseNameOfPlusNumber() {
        XCTAssertEqual(Naming.caseName("+1"), "plus1")
        XCTAssertEqual(Naming.caseName("+ONE"), "plusOne")
    }

    /// `image/png` → `imagePng`, as the doc comment on `caseName` promises (`png` is no initialism).
    func testCaseNameOfMediaType() {
        XCTAssertEqual(Naming.caseName("image/png"), "imagePng")
    }

    func testKeywordsAreEscapedWithBackticks() {
        for keyword in [
            "default", "private", "protocol", "Type", "self", "Self", "init", "class", "func", "in", "is", "as",
        ] {
            XCTAssertEqual(SwiftSpelling.identifier(keyword), "`\(keyword)`", keyword)
        }
        for plain in ["mimeType", "type", "id", "value", "defaults", "Protocols"] {
            XCTAssertEqual(SwiftSpelling.identifier(plain), plain, plain)
        }
        // Naming keeps the keyword itself; only escaping adds backticks.
        XCTAssertEqual(Naming.memberName("default"), "default")
        XCTAssertEqual(Naming.memberName("protocol"), "protocol")
        XCTAssertEqual(Naming.caseName("PRIVATE"), "private")
    }

    func testUniquedNumbersLaterCollisions() {
        XCTAssertEqual(Naming.uniqued(["id", "id", "name", "id"]), ["id", "id2", "name", "id3"])
        XCTAssertEqual(Naming.uniqued(["init", "x", "init"], reserved: ["init"]), ["init2", "x", "init3"])
        XCTAssertEqual(Naming.uniqued([]), [])
        XCTAssertEqual(Naming.uniqued(["a", "b"], reserved: ["c"]), ["a", "b"])
    }
}

final class EnumCaseNamerTests: XCTestCase {
    func testDuplicatesAfterCaseFoldingGetUniqueNames() {
        let values = ["image", "IMAGE", "Image", "video"].map { JSONNode(.string($0)) }
        let declaration = EnumCaseNamer.enumDeclaration(values: values, rawType: .string)
        XCTAssertEqual(declaration.cases.map(\.swiftName), ["image", "image2", "image3", "video"])
        XCTAssertEqual(declaration.cases.map(\.rawValue), ["image", "IMAGE", "Image", "video"])
        XCTAssertEqual(declaration.unknownCaseName, "unrecognized")
        XCTAssertEqual(declaration.rawType, .string)
        XCTAssertFalse(declaration.isErrorCode)
    }

    func testDuplicateValuesAreDropped() {
        let values = ["A", "A", "B"].map { JSONNode(.string($0)) }
        let declaration = EnumCaseNamer.enumDeclaration(values: values, rawType: .string)
        XCTAssertEqual(declaration.cases.map(\.swiftName), ["a", "b"])
    }

    func testNamesOfTheEnumsOwnMembersAreAvoided() {
        let values = ["unrecognized", "rawValue", "init", "self", "allCases"].map { JSONNode(.string($0)) }
        let declaration = EnumCaseNamer.enumDeclaration(values: values, rawType: .string)
        XCTAssertEqual(
            declaration.cases.map(\.swiftName), ["unrecognized2", "rawValue2", "init2", "self2", "allCases2"])
    }

    func testIntegerEnums() {
        let values = ["1", "-1", "1", "20"].map { JSONNode(.number($0)) }
        let declaration = EnumCaseNamer.enumDeclaration(values: values, rawType: .int)
        XCTAssertEqual(declaration.cases.map(\.swiftName), ["value1", "valueMinus1", "value20"])
        XCTAssertEqual(declaration.cases.map(\.rawValue), ["1", "-1", "20"])
    }

    func testRawLiteralsAreEscaped() {
        let declaration = EnumCaseNamer.enumDeclaration(values: [JSONNode(.string("a\"b\\c\n"))], rawType: .string)
        XCTAssertEqual(declaration.cases.map(\.rawValue), ["a\"b\\c\n"])
        // Escaping is Render's: the model keeps the value, the literal is spelled from it.
        XCTAssertEqual(declaration.cases.map { SwiftSpelling.rawValueLiteral($0.rawValue, .string) }, [#""a\"b\\c\n""#])
    }
}
