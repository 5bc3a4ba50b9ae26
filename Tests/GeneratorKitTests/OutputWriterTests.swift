import Foundation
import XCTest

@testable import GeneratorKit

final class OutputWriterTests: XCTestCase {
    private let header = FileLayout.headerPrefix + " from api.json. DO NOT EDIT.\n\n"

    private var files: [GeneratedFile] {
        [
            GeneratedFile(path: "Models/A.swift", contents: header + "public struct A {}\n"),
            GeneratedFile(path: "Operations/B.swift", contents: header + "public enum B {}\n"),
            GeneratedFile(path: "Top.swift", contents: header + "public enum Top {}\n"),
        ]
    }

    private func contents(_ url: URL) throws -> Data {
        try Data(contentsOf: url)
    }

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func inode(_ url: URL) throws -> UInt64? {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    private func modificationDate(_ url: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
    }

    func testWritesFilesIntoANewFolder() throws {
        let output = try UnitSupport.temporaryDirectory(for: self).appendingPathComponent("Generated/Deeper")
        let summary = try OutputWriter(outputDirectory: output).write(files)
        XCTAssertEqual(
            summary,
            OutputWriter.Summary(
                written: ["Models/A.swift", "Operations/B.swift", "Top.swift"], unchanged: [], deleted: []))
        XCTAssertEqual(UnitSupport.listFiles(output), ["Models/A.swift", "Operations/B.swift", "Top.swift"])
        for file in files {
            XCTAssertEqual(try contents(output.appendingPathComponent(file.path)), Data(file.contents.utf8), file.path)
        }
    }

    func testSecondWriteReportsUnchangedAndDoesNotRewrite() throws {
        let output = try UnitSupport.temporaryDirectory(for: self)
        let writer = OutputWriter(outputDirectory: output)
        _ = try writer.write(files)
        let a = output.appendingPathComponent("Models/A.swift")
        // An old date survives only if the file is left alone; an atomic rewrite would also change the inode.
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: a.path)
        let inodeBefore = try inode(a)
        XCTAssertNotNil(inodeBefore)

        let summary = try writer.write(files)
        XCTAssertEqual(
            summary,
            OutputWriter.Summary(
                written: [], unchanged: ["Models/A.swift", "Operations/B.swift", "Top.swift"], deleted: []))
        XCTAssertEqual(try modificationDate(a), past)
        XCTAssertEqual(try inode(a), inodeBefore)
    }

    func testOnlyChangedFilesAreRewritten() throws {
        let output = try UnitSupport.temporaryDirectory(for: self)
        let writer = OutputWriter(outputDirectory: output)
        _ = try writer.write(files)
        var changed = files
        changed[1].contents += "// more\n"
        let summary = try writer.write(changed)
        XCTAssertEqual(
            summary,
            OutputWriter.Summary(
                written: ["Operations/B.swift"], unchanged: ["Models/A.swift", "Top.swift"], deleted: []))
        XCTAssertEqual(
            try contents(output.appendingPathComponent("Operations/B.swift")), Data(changed[1].contents.utf8))
    }

    func testDeletesStaleGeneratedFilesButKeepsHandWrittenOnes() throws {
        let output = try UnitSupport.temporaryDirectory(for: self)
        let handWritten = "// Written by a person.\nextension A {}\n"
        let mentionsHeader = "// Not generated.\n" + header
        let notSwift = header + "generated, but not Swift\n"
        try write(header + "public struct Old {}\n", to: output.appendingPathComponent("Models/Old.swift"))
        try write(header + "public struct Gone {}\n", to: output.appendingPathComponent("Stale/Deep/Gone.swift"))
        try write(handWritten, to: output.appendingPathComponent("Models/Hand.swift"))
        try write(mentionsHeader, to: output.appendingPathComponent("Models/Mentions.swift"))
        try write(notSwift, to: output.appendingPathComponent("notes.txt"))

        let writer = OutputWriter(outputDirectory: output)
        XCTAssertEqual(writer.existingGeneratedFiles(), ["Models/Old.swift", "Stale/Deep/Gone.swift"])
        let summary = try writer.write(files)
        XCTAssertEqual(summary.deleted, ["Models/Old.swift", "Stale/Deep/Gone.swift"])
        XCTAssertEqual(summary.written, ["Models/A.swift", "Operations/B.swift", "Top.swift"])
        XCTAssertEqual(
            UnitSupport.listFiles(output),
            [
                "Models/A.swift", "Models/Hand.swift", "Models/Mentions.swift", "Operations/B.swift", "Top.swift",
                "notes.txt",
            ])
        XCTAssertEqual(try contents(output.appendingPathComponent("Models/Hand.swift")), Data(handWritten.utf8))
        XCTAssertEqual(try contents(output.appendingPathComponent("Models/Mentions.swift")), Data(mentionsHeader.utf8))
        XCTAssertEqual(try contents(output.appendingPathComponent("notes.txt")), Data(notSwift.utf8))
        // Folders emptied by the deletions go too.
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("Stale").path))
        XCTAssertEqual(writer.existingGeneratedFiles(), ["Models/A.swift", "Operations/B.swift", "Top.swift"])
    }

    /// The writer promises to touch nothing but generated files; an empty folder someone made is not one.
    func testWriteLeavesEmptyFoldersItDidNotEmpty() throws {
        let output = try UnitSupport.temporaryDirectory(for: self)
        let keep = output.appendingPathComponent("Extensions", isDirectory: true)
        try FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
        _ = try OutputWriter(outputDirectory: output).write(files)
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: keep.path, isDirectory: &isDirectory))
        XCTAssertTrue(isDirectory.boolValue)
    }

    func testStaleFilesListsChangedMissingAndExtraFiles() throws {
        let output = try UnitSupport.temporaryDirectory(for: self)
        let writer = OutputWriter(outputDirectory: output)
        _ = try writer.write(files)
        XCTAssertEqual(writer.staleFiles(files), [])

        let edited = "// edited by hand\n"
        try write(edited, to: output.appendingPathComponent("Models/A.swift"))
        try FileManager.default.removeItem(at: output.appendingPathComponent("Operations/B.swift"))
        try write(header + "public struct Extra {}\n", to: output.appendingPathComponent("Models/Extra.swift"))
        try write("// hand-written\n", to: output.appendingPathComponent("Models/Hand.swift"))

        XCTAssertEqual(writer.staleFiles(files), ["Models/A.swift", "Models/Extra.swift", "Operations/B.swift"])
        // Checking changes nothing.
        XCTAssertEqual(try contents(output.appendingPathComponent("Models/A.swift")), Data(edited.utf8))
        XCTAssertEqual(
            UnitSupport.listFiles(output), ["Models/A.swift", "Models/Extra.swift", "Models/Hand.swift", "Top.swift"])
    }

    func testStaleFilesOfAMissingFolderListsEveryFile() throws {
        let output = try UnitSupport.temporaryDirectory(for: self).appendingPathComponent("nowhere")
        XCTAssertEqual(
            OutputWriter(outputDirectory: output).staleFiles(files),
            ["Models/A.swift", "Operations/B.swift", "Top.swift"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testUnwritableOutputIsADiagnostic() throws {
        let base = try UnitSupport.temporaryDirectory(for: self)
        let blocker = base.appendingPathComponent("blocker")
        try write("a regular file\n", to: blocker)
        let output = blocker.appendingPathComponent("out")
        do {
            let summary = try OutputWriter(outputDirectory: output).write(files)
            XCTFail("expected an error, wrote \(summary)")
        } catch {
            XCTAssertEqual(error.severity, .error)
            XCTAssertTrue(error.message.hasPrefix("cannot write output: "), error.message)
            XCTAssertEqual(
                error.location, SourceLocation(file: output.standardizedFileURL.path, line: 0, column: 0, pointer: "#"))
            XCTAssertTrue(
                error.description.hasPrefix("\(output.standardizedFileURL.path): error: cannot write output: "),
                error.description)
        }
        XCTAssertEqual(try contents(blocker), Data("a regular file\n".utf8))
    }

    func testFileInTheWayOfASubfolderIsADiagnostic() throws {
        let output = try UnitSupport.temporaryDirectory(for: self)
        try write("not a folder\n", to: output.appendingPathComponent("Models"))
        do {
            let summary = try OutputWriter(outputDirectory: output).write(files)
            XCTFail("expected an error, wrote \(summary)")
        } catch {
            XCTAssertTrue(error.message.hasPrefix("cannot write output: "), error.message)
            XCTAssertEqual(error.location.file, output.standardizedFileURL.path)
        }
        XCTAssertEqual(try contents(output.appendingPathComponent("Models")), Data("not a folder\n".utf8))
    }
}
