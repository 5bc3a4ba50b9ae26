import XCTest

@testable import GeneratorKit

/// User-chosen names (`x-swift-name`, `x-swift-case-names`, the configuration file) and the configuration's
/// access level and prefix: chosen names are used as written, and a bad or clashing one is a located error.
final class NameOverrideTests: XCTestCase {
    private func generate(_ text: String, configuration: String? = nil) throws -> Pipeline.Result {
        var options = Translator.Options()
        if let configuration {
            options.configuration = try GeneratorConfiguration.read(
                SourceText(fileName: "api.swift-config.json", text: configuration))
        }
        return try Pipeline.generate(SourceText(fileName: "api.json", text: text), options: options)
    }

    private func failure(_ text: String, configuration: String? = nil) -> GenerationFailure? {
        do {
            let result = try generate(text, configuration: configuration)
            XCTFail("expected generation to fail; it made \(result.files.map(\.path))")
        } catch let failure as GenerationFailure {
            return failure
        } catch {
            XCTFail("unexpected \(error)")
        }
        return nil
    }

    private let imageAndUser = UnitSupport.schemas(
        #""Image": {"type": "object", "x-swift-name": "Picture", "properties": {"url": {"type": "string", "x-swift-name": "address"}}},"#
            + ##""User": {"type": "object", "properties": {"avatar": {"$ref": "#/components/schemas/Image"}}}"##)

    func testXSwiftNameRenamesTheTypeEveryReferenceAndAProperty() throws {
        let model = try generate(imageAndUser).model
        let picture = try XCTUnwrap(UnitSupport.type("Picture", in: model))
        XCTAssertNil(model.types.first { $0.name == "Image" })
        guard case .structure(let structure) = picture.kind else { return XCTFail("Picture is not a struct") }
        XCTAssertEqual(structure.properties.map(\.swiftName), ["address"])
        XCTAssertEqual(structure.properties.map(\.jsonKey), ["url"], "the wire name stays the schema's")
        let user = try XCTUnwrap(UnitSupport.type("User", in: model))
        guard case .structure(let userStructure) = user.kind else { return XCTFail("User is not a struct") }
        XCTAssertEqual(userStructure.properties.first?.type, .named("Picture"))
    }

    func testTheConfigurationRenamesByKindAndPointerAndWinsOverTheDocument() throws {
        let configuration =
            #"{"schemas": {"Image": "Photo"}, "names": {"/components/schemas/User/properties/avatar": "portrait"}}"#
        let model = try generate(imageAndUser, configuration: configuration).model
        XCTAssertNotNil(UnitSupport.type("Photo", in: model))
        let user = try XCTUnwrap(UnitSupport.type("User", in: model))
        guard case .structure(let structure) = user.kind else { return XCTFail("User is not a struct") }
        XCTAssertEqual(structure.properties.map(\.swiftName), ["portrait"])
    }

    func testEnumCaseNamesFromTheDocumentAndTheConfiguration() throws {
        let text = UnitSupport.schemas(
            #""State": {"type": "string", "enum": ["OK", "DELETED", "GONE"], "x-swift-case-names": {"OK": "active"}}"#)
        let model = try generate(text, configuration: #"{"enumValues": {"State.DELETED": "trashed"}}"#).model
        guard case .enumeration(let enumeration) = try XCTUnwrap(UnitSupport.type("State", in: model)).kind else {
            return XCTFail("State is not an enum")
        }
        XCTAssertEqual(enumeration.cases.map(\.swiftName), ["active", "trashed", "gone"])
    }

    func testAChosenNameThatIsNoIdentifierOrAKeywordIsALocatedError() {
        for bad in ["Two Words", "1st", "", "class", "Self-Image"] {
            let text = UnitSupport.schemas(#""Image": {"type": "object", "x-swift-name": "\#(bad)"}"#)
            let diagnostic = failure(text)?.diagnostics.first
            XCTAssertEqual(diagnostic?.location.pointer, "#/components/schemas/Image/x-swift-name", bad)
            XCTAssertTrue(
                diagnostic?.message.contains("'\(bad)' is") ?? false, "\(bad): \(diagnostic?.message ?? "no error")")
        }
    }

    func testAChosenNameTakenByAnotherSchemaOrTheGeneratedCodeIsAnError() {
        let clash = UnitSupport.schemas(
            #""Image": {"type": "object", "x-swift-name": "Photo"}, "Photo": {"type": "object"}"#)
        XCTAssertNotNil(failure(clash), "a derived name is never moved aside for a chosen one")
        let twice = UnitSupport.schemas(
            #""A": {"type": "object", "x-swift-name": "Same"}, "B": {"type": "object", "x-swift-name": "same"}"#)
        XCTAssertEqual(failure(twice)?.diagnostics.first?.location.pointer, "#/components/schemas/B/x-swift-name")
        let runtime = UnitSupport.schemas(#""A": {"type": "object", "x-swift-name": "JSONValue"}"#)
        XCTAssertTrue(failure(runtime)?.diagnostics.first?.message.contains("generated code uses") ?? false)
        let properties = UnitSupport.schemas(
            #""A": {"type": "object", "properties": {"a": {"type": "string", "x-swift-name": "b"}, "b": {"type": "string"}}}"#
        )
        XCTAssertNotNil(failure(properties))
        let cases = UnitSupport.schemas(
            #""E": {"type": "string", "enum": ["A", "B"], "x-swift-case-names": {"A": "b", "B": "b"}}"#)
        XCTAssertNotNil(failure(cases))
    }

    func testOtherExtensionsAreVendorDataNotNaming() throws {
        let text = UnitSupport.schemas(#""Image": {"type": "object", "x-vendor": {"x-swift-name": 1}}"#)
        XCTAssertNotNil(UnitSupport.type("Image", in: try generate(text).model))
    }

    func testAConfigurationEntryThatNamesNothingIsAnError() {
        for configuration in [
            #"{"schemas": {"Missing": "X"}}"#, #"{"operations": {"nope": "x"}}"#, #"{"names": {"/paths/none": "x"}}"#,
            #"{"enumValues": {"Image.X": "x"}}"#, #"{"properties": {"Image": "x"}}"#,
        ] {
            XCTAssertTrue(
                failure(imageAndUser, configuration: configuration)?.diagnostics.first?.message.contains(
                    "names nothing")
                    ?? false, configuration)
        }
    }

    func testAMalformedConfigurationIsALocatedError() {
        for (configuration, pointer) in [
            (#"{"accessLevel": "private"}"#, "#/accessLevel"), (#"{"typeNamePrefix": "1x"}"#, "#/typeNamePrefix"),
            (#"{"renames": {}}"#, "#/renames"), (#"{"schemas": {"Image": 1}}"#, "#/schemas/Image"),
            (#"[]"#, "#"),
        ] {
            do {
                _ = try GeneratorConfiguration.read(SourceText(fileName: "c.json", text: configuration))
                XCTFail("\(configuration) was accepted")
            } catch {
                XCTAssertEqual(error.diagnostics.first?.location.pointer, pointer, configuration)
            }
        }
    }

    func testThePrefixGoesBeforeEveryTopLevelTypeButNotTheRuntimes() throws {
        let text = UnitSupport.document(
            #""tags": [{"name": "files"}], "paths": {"/f": {"get": {"operationId": "listFiles", "tags": ["files"], "#
                + #""responses": {"200": {"description": "ok", "content": {"application/json": {"schema": "#
                + ##"{"$ref": "#/components/schemas/File"}}}}}}}}, "##
                + #""components": {"schemas": {"File": {"type": "object", "properties": {"#
                + ##""meta": {"$ref": "#/components/schemas/File/properties/inner"}, "##
                + #""inner": {"type": "object", "properties": {"a": {"type": "string"}}}}}}}"#)
        let result = try generate(text, configuration: #"{"typeNamePrefix": "Acme"}"#)
        let topLevel = Set(result.model.types.map(\.name))
        XCTAssertTrue(topLevel.isSuperset(of: ["AcmeFile"]), "\(topLevel)")
        XCTAssertTrue(topLevel.allSatisfy { $0.hasPrefix("Acme") }, "\(topLevel)")
        XCTAssertEqual(result.model.clients.map(\.name), ["AcmeFilesClient"])
        XCTAssertEqual(result.model.operations.map(\.typeName), ["ListFiles"], "builders are nested in Operations")
    }

    func testTheAccessLevelIsPrintedOnEveryDeclaration() throws {
        for level in ["package", "internal"] {
            let result = try generate(imageAndUser, configuration: #"{"accessLevel": "\#(level)"}"#)
            for file in result.files {
                XCTAssertFalse(file.contents.contains("public "), "\(level): \(file.path) still says public")
                XCTAssertTrue(file.contents.contains("\(level) struct"), "\(level): \(file.path)")
            }
        }
    }

    func testTheConfigurationIsLookedForNextToTheDocument() {
        XCTAssertEqual(
            GeneratorConfiguration.defaultPath(forDocumentAt: "Schema/api.openapi.json"),
            "Schema/api.openapi.swift-config.json")
        XCTAssertEqual(GeneratorConfiguration.defaultPath(forDocumentAt: "a/api.yaml"), "a/api.swift-config.json")
    }
}
