import Foundation
import OpenAPIClientKit
import XCTest

/// Shaped like the generator's output for a string enum.
enum SampleMediaType: OpenEnum {
    case image
    case video
    case unrecognized(String)

    init(rawValue: String) {
        switch rawValue {
        case "IMAGE": self = .image
        case "VIDEO": self = .video
        default: self = .unrecognized(rawValue)
        }
    }

    var rawValue: String {
        switch self {
        case .image: "IMAGE"
        case .video: "VIDEO"
        case .unrecognized(let value): value
        }
    }
}

/// Shaped like the generator's output for an integer enum.
enum SamplePriority: OpenEnum {
    case low
    case high
    case unrecognized(Int)

    init(rawValue: Int) {
        switch rawValue {
        case 1: self = .low
        case 5: self = .high
        default: self = .unrecognized(rawValue)
        }
    }

    var rawValue: Int {
        switch self {
        case .low: 1
        case .high: 5
        case .unrecognized(let value): value
        }
    }
}

/// Shaped like the generator's output for an operation's error codes.
enum SampleUploadErrorCode: APIErrorCode {
    case fileTooLarge
    case unrecognized(String)

    init(rawValue: String) {
        self = rawValue == "FILE_TOO_LARGE" ? .fileTooLarge : .unrecognized(rawValue)
    }

    var rawValue: String {
        switch self {
        case .fileTooLarge: "FILE_TOO_LARGE"
        case .unrecognized(let value): value
        }
    }
}

final class OpenEnumTests: XCTestCase {
    private func make<Value: OpenEnum>(_ type: Value.Type, _ rawValue: Value.RawValue) -> Value {
        Value(rawValue: rawValue)
    }

    func testKnownAndUnknownStringValuesRoundTrip() throws {
        let json = Data(#"["IMAGE","VIDEO","HOLOGRAM",""]"#.utf8)
        let values = try JSONDecoder().decode([SampleMediaType].self, from: json)
        XCTAssertEqual(values, [.image, .video, .unrecognized("HOLOGRAM"), .unrecognized("")])
        XCTAssertEqual(try JSONEncoder().encode(values), json)
    }

    func testIntegerRawValues() throws {
        let json = Data("[1,5,42]".utf8)
        let values = try JSONDecoder().decode([SamplePriority].self, from: json)
        XCTAssertEqual(values, [.low, .high, .unrecognized(42)])
        XCTAssertEqual(try JSONEncoder().encode(values), json)
        XCTAssertEqual(SamplePriority.unrecognized(42).queryValue, "42")
        XCTAssertThrowsError(try JSONDecoder().decode([SamplePriority].self, from: Data(#"["1"]"#.utf8)))
    }

    func testNonFailableInitializerWorksDirectlyAndGenerically() {
        let direct: SampleMediaType = SampleMediaType(rawValue: "IMAGE")
        XCTAssertEqual(direct, .image)
        XCTAssertEqual(make(SampleMediaType.self, "NEW"), .unrecognized("NEW"))
        XCTAssertEqual(make(SamplePriority.self, 5), .high)
        // RawRepresentable's failable requirement is met by the same initializer.
        let viaOptional: SampleMediaType? = .init(rawValue: "VIDEO")
        XCTAssertEqual(viaOptional, .video)
    }

    func testQueryAndPathText() {
        var query = QueryItems()
        query.append("type", SampleMediaType.image)
        query.append("types", [SampleMediaType.video, .unrecognized("A B")])
        XCTAssertEqual(query.percentEncoded, "type=IMAGE&types=VIDEO&types=A%20B")
        XCTAssertEqual(PathEncoding.segment(SampleMediaType.unrecognized("x/y")), "x%2Fy")
    }

    func testEnumsInsideModelsAndObjectQueries() throws {
        struct Item: Codable, Equatable {
            var type: SampleMediaType
            var priority: SamplePriority?
        }
        let item = try JSONDecoder().decode(Item.self, from: Data(#"{"type":"DOCUMENT","priority":5}"#.utf8))
        XCTAssertEqual(item, Item(type: .unrecognized("DOCUMENT"), priority: .high))
        var query = QueryItems()
        try query.appendDotted("item", item)
        XCTAssertEqual(query.percentEncoded, "item.type=DOCUMENT&item.priority=5")
    }

    func testErrorCodes() throws {
        let codes = try JSONDecoder().decode(
            [SampleUploadErrorCode].self, from: Data(#"["FILE_TOO_LARGE","QUOTA"]"#.utf8))
        XCTAssertEqual(codes, [.fileTooLarge, .unrecognized("QUOTA")])

        let any = try JSONDecoder().decode([AnyErrorCode].self, from: Data(#"["WHATEVER"]"#.utf8))
        XCTAssertEqual(any, [AnyErrorCode(rawValue: "WHATEVER")])
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(any), as: UTF8.self), #"["WHATEVER"]"#)
        XCTAssertEqual(any[0].description, "WHATEVER")
        XCTAssertEqual(Set([AnyErrorCode(rawValue: "A"), AnyErrorCode(rawValue: "A")]).count, 1)
    }
}
