import XCTest

@testable import GeneratorKit

/// Generated file names (issue #13, item 11): unique on case-insensitive file systems and within
/// SwiftPM's one-name-per-target rule, short enough for every file system, the same on every run.
final class FileNamingTests: XCTestCase {
    private func document(tags: [String], schemaNames: [String] = []) -> String {
        let paths = tags.enumerated().map { index, tag in
            #""/p\#(index)": {"get": {"operationId": "op\#(index)", "tags": ["\#(tag)"], "#
                + #""responses": {"200": {"description": "ok"}}}}"#
        }
        let schemas = schemaNames.map { #""\#($0)": {"type": "string"}"# }
        return UnitSupport.document(
            #""paths": {\#(paths.joined(separator: ", "))}, "components": {"schemas": {\#(schemas.joined(separator: ", "))}}"#
        )
    }

    private func fileNames(_ files: [GeneratedFile]) -> [String] {
        files.map { ($0.path.split(separator: "/").last.map(String.init) ?? "").lowercased() }
    }

    func testTagsDifferingOnlyInCaseGetDistinctFiles() throws {
        let result = try UnitSupport.generate(document(tags: ["FooBar", "Foobar"]))
        let clients = result.files.map(\.path).filter { $0.hasPrefix("Clients/") }
        XCTAssertEqual(clients, ["Clients/FooBarClient.swift", "Clients/FoobarClient2.swift"])
        XCTAssertEqual(UnitSupport.duplicates(fileNames(result.files)), [])
        // The types keep their names; only the file of the later one moves.
        let second = try XCTUnwrap(result.files.first { $0.path == "Clients/FoobarClient2.swift" })
        XCTAssertTrue(second.contents.contains("public struct FoobarClient: Sendable"))
    }

    func testLongNamesAreShortenedDeterministically() throws {
        let long = String(repeating: "VeryLong", count: 40)  // 320 bytes
        let names = [long + "A", long + "B", "Short"]
        let result = try UnitSupport.generate(document(tags: [], schemaNames: names))
        let paths = result.files.map(\.path)
        XCTAssertEqual(paths.count, 3)
        for path in paths {
            let name = try XCTUnwrap(path.split(separator: "/").last)
            XCTAssertLessThanOrEqual(name.utf8.count, FileNaming.maximumFileNameBytes, path)
            XCTAssertTrue(name.hasSuffix(".swift"), path)
        }
        XCTAssertTrue(paths.contains("Models/Short.swift"))
        XCTAssertEqual(UnitSupport.duplicates(fileNames(result.files)), [])
        // The type keeps its whole name.
        XCTAssertTrue(result.files.contains { $0.contents.contains("public typealias \(long)A = String") })
        let again = try UnitSupport.generate(document(tags: [], schemaNames: names))
        XCTAssertEqual(again.files.map(\.path), paths)
    }

    func testMultiByteNamesAreCutBetweenCharacters() {
        let name = String(repeating: "é", count: 150) + "\u{1F600}"  // 302 bytes
        let short = FileNaming.shortened(name)
        XCTAssertLessThanOrEqual(short.utf8.count + ".swift".utf8.count, FileNaming.maximumFileNameBytes)
        XCTAssertTrue(short.hasPrefix("éé"))
        XCTAssertTrue(short.hasSuffix("_" + FileNaming.stableHash(name)))
        XCTAssertEqual(FileNaming.stableHash("a"), "af63dc4c8601ec8c")  // FNV-1a 64 of "a"
    }

    /// First come keeps its name; later ones take a counter no other file has as its own name.
    func testClashesNeverTakeAnotherFilesOwnName() {
        let files = ["Models/A.swift", "Clients/a.swift", "Operations/A2.swift", "Models/b.swift"].map {
            GeneratedFile(path: $0, contents: "")
        }
        XCTAssertEqual(
            FileNaming.assigned(files).map(\.path),
            ["Models/A.swift", "Clients/a3.swift", "Operations/A2.swift", "Models/b.swift"])
    }

    /// Names equal after Unicode normalisation share a file on APFS, as names differing in case do.
    func testCanonicallyEquivalentNamesClash() {
        let files = ["Models/Caf\u{E9}.swift", "Clients/Cafe\u{301}.swift"].map {
            GeneratedFile(path: $0, contents: "")
        }
        XCTAssertEqual(
            FileNaming.assigned(files).map(\.path), ["Models/Caf\u{E9}.swift", "Clients/Cafe\u{301}2.swift"])
    }
}
