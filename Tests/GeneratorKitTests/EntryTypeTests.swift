import XCTest

@testable import GeneratorKit

/// The document's entry type (`PetstoreAPI(client:)`): named from `info.title` or the configuration, never
/// taking a name the document uses, and left out on request.
final class EntryTypeTests: XCTestCase {
    private func document(title: String, schemas: String = "") -> String {
        #"{"openapi": "3.0.3", "info": {"title": "# + "\"\(title)\"" + #", "version": "2"}, "#
            + #""paths": {"/pets": {"get": {"operationId": "listPets", "tags": ["pets"], "#
            + #""responses": {"200": {"description": "ok"}}}}}"#
            + (schemas.isEmpty ? "" : #", "components": {"schemas": {"# + schemas + "}}") + "}"
    }

    private func generate(_ text: String, configuration: String? = nil) throws -> Pipeline.Result {
        var options = Translator.Options()
        if let configuration {
            options.configuration = try GeneratorConfiguration.read(
                SourceText(fileName: "api.swift-config.json", text: configuration))
        }
        return try Pipeline.generate(SourceText(fileName: "api.json", text: text), options: options)
    }

    func testNameComesFromTheTitle() {
        XCTAssertEqual(EntryTypePlan.derivedName(title: "Swagger Petstore"), "SwaggerPetstoreAPI")
        XCTAssertEqual(EntryTypePlan.derivedName(title: "GitHub REST API"), "GitHubRESTAPI")
        XCTAssertEqual(EntryTypePlan.derivedName(title: "  — "), "API")
        XCTAssertEqual(EntryTypePlan.derivedName(title: "3D printing"), "_3DPrintingAPI")
    }

    func testEntryTypeHasAPropertyPerClientOverTheSender() throws {
        let result = try generate(document(title: "Pet Store"))
        let entry = try XCTUnwrap(result.model.entryType)
        XCTAssertEqual(entry.name, "PetStoreAPI")
        XCTAssertEqual(entry.members.map(\.propertyName), ["pets"])
        XCTAssertEqual(entry.members.map(\.clientName), ["PetsClient"])
        let file = try XCTUnwrap(result.files.first { $0.path == "PetStoreAPI.swift" })
        XCTAssertTrue(file.contents.contains("public init(client: any APIRequestSender)"), file.contents)
        XCTAssertTrue(
            file.contents.contains("public var pets: PetsClient { PetsClient(sender: self.client) }"), file.contents)
    }

    /// A schema of the same name keeps it, whatever the case: the entry type takes the next free name.
    func testASchemaOfTheSameNameKeepsIt() throws {
        let result = try generate(document(title: "Pet Store", schemas: #""petstoreapi": {"type": "string"}"#))
        XCTAssertNotNil(result.model.types.first { $0.name == "Petstoreapi" })
        XCTAssertEqual(result.model.entryType?.name, "PetStoreAPI2")
    }

    func testConfiguredNameGetsThePrefixAndAClashIsAWarning() throws {
        let named = try generate(
            document(title: "Pet Store"), configuration: #"{"typeNamePrefix": "Acme", "entryType": "Store"}"#)
        XCTAssertEqual(named.model.entryType?.name, "AcmeStore")
        XCTAssertTrue(named.warnings.isEmpty, "\(named.warnings)")

        let clashing = try generate(
            document(title: "Pet Store", schemas: #""Store": {"type": "string"}"#),
            configuration: #"{"entryType": "Store"}"#)
        XCTAssertEqual(clashing.model.entryType?.name, "Store2")
        XCTAssertEqual(
            clashing.warnings.map(\.message), ["the entry type name 'Store' is taken; the entry type is 'Store2'"])
    }

    /// A tag named like the stored `client` gets another property name.
    func testTagNamedClientDoesNotShadowTheSender() throws {
        let text = document(title: "T").replacingOccurrences(of: #""tags": ["pets"]"#, with: #""tags": ["client"]"#)
        let entry = try XCTUnwrap(try generate(text).model.entryType)
        XCTAssertEqual(entry.members.map(\.propertyName), ["client2"])
    }

    func testFalseLeavesItOutAndABadValueIsAnError() throws {
        let result = try generate(document(title: "Pet Store"), configuration: #"{"entryType": false}"#)
        XCTAssertNil(result.model.entryType)
        XCTAssertFalse(result.files.contains { $0.path.hasSuffix("API.swift") })

        for bad in [#"{"entryType": true}"#, #"{"entryType": "not a name"}"#, #"{"entryType": 3}"#] {
            XCTAssertThrowsError(
                try GeneratorConfiguration.read(SourceText(fileName: "api.swift-config.json", text: bad)), bad
            ) { error in
                XCTAssertTrue("\(error)".contains("'entryType' must be a Swift type name"), "\(error)")
            }
        }
    }
}
