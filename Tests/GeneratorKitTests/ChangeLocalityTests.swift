import Foundation
import XCTest

@testable import GeneratorKit

/// A one-property change in the schema touches only that property's lines. (Same input, same bytes is
/// `CrossProcessDeterminismTests`: within one process it could not fail.)
final class ChangeLocalityTests: XCTestCase {
    private func generate(_ text: String) throws -> [GeneratedFile] {
        try Pipeline.generate(SourceText(fileName: "wix-media.openapi.json", text: text)).files
    }

    private func schemaText() throws -> String {
        String(
            decoding: try XCTUnwrap(FileManager.default.contents(atPath: RepositoryPaths.schema.path)), as: UTF8.self)
    }

    func testChangingOnePropertyChangesOnlyThatPropertysLines() throws {
        let text = try schemaText()
        // FileDescriptor.displayName: string → int32, with a new description.
        let marker = "\"displayName\": {"
        let range = try XCTUnwrap(text.range(of: marker), "the schema has a displayName property")
        let edited = text.replacingCharacters(
            in: range,
            with: marker
                + " \"type\": \"integer\", \"format\": \"int32\", \"description\": \"Renamed for the test.\", \"x-ignored\": {"
        )
        // The original members now sit inside "x-ignored", which the generator does not read.
        let closing = try XCTUnwrap(edited.range(of: "}", range: range.upperBound..<edited.endIndex))
        let balanced = edited.replacingCharacters(in: closing, with: "}}")
        let before = try generate(text)
        let after = try generate(balanced)
        XCTAssertEqual(before.map(\.path), after.map(\.path), "no file appears or disappears")
        let changed = zip(before, after).filter { $0.contents != $1.contents }
        XCTAssertFalse(changed.isEmpty, "the edit must change something")
        for (old, new) in changed {
            let edits = UnifiedDiff.editScript(
                old.contents.components(separatedBy: "\n"), new.contents.components(separatedBy: "\n"))
            for edit in edits where edit.kind != .same {
                let line = edit.text.lowercased()
                XCTAssert(
                    line.contains("displayname") || line.contains("renamed for the test")
                        || line.contains("name of the file"),
                    "\(old.path): a line unrelated to displayName changed: \(edit.text)")
            }
        }
    }
}
