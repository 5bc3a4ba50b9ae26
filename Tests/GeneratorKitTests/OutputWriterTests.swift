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

    // MARK: - Hostile output folders (issue #13, items 11 and 12)

    /// The error `write` fails with, after checking that it wrote nothing at all.
    private func writeError(
        _ files: [GeneratedFile], into output: URL, file: StaticString = #filePath, line: UInt = #line
    ) -> Diagnostic? {
        let before = UnitSupport.listFiles(output)
        do {
            let summary = try OutputWriter(outputDirectory: output).write(files)
            XCTFail("expected an error, wrote \(summary)", file: file, line: line)
            return nil
        } catch {
            XCTAssertEqual(UnitSupport.listFiles(output), before, "nothing may be written", file: file, line: line)
            return error
        }
    }

    private func outsideFolder() throws -> URL {
        let outside = try UnitSupport.temporaryDirectory(for: self).appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        return outside
    }

    func testSymlinkedFileIsRefusedNotFollowed() throws {
        let output = try UnitSupport.temporaryDirectory(for: self).appendingPathComponent("out")
        let victim = try outsideFolder().appendingPathComponent("victim.swift")
        try write("keep me\n", to: victim)
        try FileManager.default.createDirectory(
            at: output.appendingPathComponent("Models"), withIntermediateDirectories: true)
        let link = output.appendingPathComponent("Models/A.swift")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)

        let error = writeError(files, into: output)
        XCTAssertEqual(error?.location.file, link.standardizedFileURL.path)
        XCTAssertEqual(error?.message.contains("symbolic link"), true, error?.message ?? "")
        XCTAssertEqual(try contents(victim), Data("keep me\n".utf8))
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), victim.path)
    }

    func testSymlinkedSubfolderIsRefusedNotFollowed() throws {
        let output = try UnitSupport.temporaryDirectory(for: self).appendingPathComponent("out")
        let elsewhere = try outsideFolder()
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let link = output.appendingPathComponent("Models")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)

        let error = writeError(files, into: output)
        XCTAssertEqual(error?.location.file, link.standardizedFileURL.path)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), [])
    }

    /// Links elsewhere in the folder are not ours: neither read, nor followed, nor deleted.
    func testStaleFileSearchNeverFollowsOrDeletesLinks() throws {
        let output = try UnitSupport.temporaryDirectory(for: self).appendingPathComponent("out")
        let elsewhere = try outsideFolder()
        let generatedElsewhere = elsewhere.appendingPathComponent("Old.swift")
        try write(header + "public struct Old {}\n", to: generatedElsewhere)
        try FileManager.default.createDirectory(
            at: output.appendingPathComponent("Models"), withIntermediateDirectories: true)
        let linkedFolder = output.appendingPathComponent("Linked")
        let linkedFile = output.appendingPathComponent("Models/Ghost.swift")
        try FileManager.default.createSymbolicLink(at: linkedFolder, withDestinationURL: elsewhere)
        try FileManager.default.createSymbolicLink(at: linkedFile, withDestinationURL: generatedElsewhere)

        let writer = OutputWriter(outputDirectory: output)
        XCTAssertEqual(writer.existingGeneratedFiles(), [])
        let summary = try writer.write(files)
        XCTAssertEqual(summary.deleted, [])
        XCTAssertEqual(try contents(generatedElsewhere), Data((header + "public struct Old {}\n").utf8))
        XCTAssertEqual(
            try FileManager.default.destinationOfSymbolicLink(atPath: linkedFile.path), generatedElsewhere.path)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: linkedFolder.path), elsewhere.path)
    }

    /// `--check` compares the files themselves: a link to the right bytes is still not the generated file.
    func testCheckDoesNotReadThroughLinks() throws {
        let output = try UnitSupport.temporaryDirectory(for: self).appendingPathComponent("out")
        _ = try OutputWriter(outputDirectory: output).write(files)
        let copy = try outsideFolder().appendingPathComponent("A.swift")
        try write(files[0].contents, to: copy)
        let target = output.appendingPathComponent(files[0].path)
        try FileManager.default.removeItem(at: target)
        try FileManager.default.createSymbolicLink(at: target, withDestinationURL: copy)
        XCTAssertEqual(OutputWriter(outputDirectory: output).staleFiles(files), ["Models/A.swift"])
    }

    func testOverlongFileNameIsLocatedBeforeAnythingIsWritten() throws {
        let output = try UnitSupport.temporaryDirectory(for: self).appendingPathComponent("out")
        let long = "Models/" + String(repeating: "a", count: 300) + ".swift"
        let error = writeError(files + [GeneratedFile(path: long, contents: header)], into: output)
        XCTAssertEqual(error?.location.file, output.standardizedFileURL.path + "/" + long)
        XCTAssertEqual(error?.message.contains("longer than 255 bytes"), true, error?.message ?? "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testPathsThatLeaveOrBlurTheFolderAreRefused() throws {
        let output = try UnitSupport.temporaryDirectory(for: self).appendingPathComponent("out")
        for path in [
            "../Escape.swift", "/tmp/Absolute.swift", "Models//A.swift", "Models/./A.swift", "A\u{0}.swift", "",
        ] {
            let error = writeError(files + [GeneratedFile(path: path, contents: header)], into: output)
            XCTAssertEqual(error?.message.hasPrefix("cannot write output: "), true, path)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    /// A folder or a FIFO where a generated file goes is refused before anything is written (opening a
    /// FIFO to compare its contents would hang).
    func testSpecialFileInAFilesPlaceIsRefused() throws {
        let output = try UnitSupport.temporaryDirectory(for: self).appendingPathComponent("out")
        try FileManager.default.createDirectory(
            at: output.appendingPathComponent("Models"), withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(output.appendingPathComponent("Top.swift").path, 0o644), 0)
        let error = writeError(files, into: output)
        XCTAssertEqual(error?.location.file, output.standardizedFileURL.path + "/Top.swift")
        XCTAssertEqual(OutputWriter(outputDirectory: output).staleFiles(files), files.map(\.path))
    }

    /// Two paths one case-insensitive file system would merge are refused before writing.
    func testPathsDifferingOnlyInCaseAreRefused() throws {
        let output = try UnitSupport.temporaryDirectory(for: self).appendingPathComponent("out")
        let error = writeError(files + [GeneratedFile(path: "models/a.swift", contents: header)], into: output)
        XCTAssertEqual(error?.message.contains("Models/A.swift"), true, error?.message ?? "")
    }
}
