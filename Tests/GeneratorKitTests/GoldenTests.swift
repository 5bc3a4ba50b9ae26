import Foundation
import Testing

@testable import GeneratorKit

/// Fixtures/<case>/input.json (or input.yaml) → Fixtures/<case>/expected/…, one fixture per construct, each its own test case
/// (a failure names its fixture; `GOLDEN_FIXTURE=<case>` runs one alone); and the committed
/// Sources/WixMedia/Generated against Schema/. `UPDATE_GOLDENS=1 make golden` re-records the fixtures.
@Suite struct GoldenTests {
    /// Every fixture folder, or only `GOLDEN_FIXTURE` when that is set.
    static let fixtureNames: [String] = {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.fixtures.path)) ?? []
        guard let only = ProcessInfo.processInfo.environment["GOLDEN_FIXTURE"], !only.isEmpty else {
            return all.sorted()
        }
        return all.filter { $0 == only }
    }()

    @Test func fixturesCoverEveryConstruct() {
        guard ProcessInfo.processInfo.environment["GOLDEN_FIXTURE"] == nil else { return }
        #expect(Self.fixtureNames.count >= 15, "DESIGN §7 asks for at least 15 fixtures")
    }

    @Test(arguments: fixtureNames)
    func fixtureMatchesItsExpectedOutput(_ name: String) throws {
        let folder = RepositoryPaths.fixtures.appendingPathComponent(name)
        let input = RepositoryPaths.fixtureInput(name)
        let data = try #require(FileManager.default.contents(atPath: input.path), "fixture \(name) has no input")
        // A fixture's configuration sits where the CLI looks for it: next to the input.
        let configPath = GeneratorConfiguration.defaultPath(forDocumentAt: input.path)
        var options = Translator.Options()
        if let config = FileManager.default.contents(atPath: configPath) {
            options.configuration = try GeneratorConfiguration.read(
                SourceText(fileName: "input.swift-config.json", bytes: Array(config)))
        }
        // A fixture's input may refer to files beside it (`multi-file`), read from its folder.
        let result = try Pipeline.generate(
            SourceText(fileName: input.lastPathComponent, bytes: Array(data)), options: options,
            loader: FolderDocumentLoader(folder: folder))
        Self.expectWellFormed(result.files)
        var files = result.files
        if !result.warnings.isEmpty {
            // Warnings are part of the contract too: pin them next to the code.
            files.append(
                GeneratedFile(
                    path: "warnings.txt",
                    contents: result.warnings.map(\.description).joined(separator: "\n") + "\n"))
        }
        let expectedFolder = folder.appendingPathComponent("expected")
        if GoldenComparison.isRecording {
            try GoldenComparison.record(files, into: expectedFolder)
            return
        }
        let problems = GoldenComparison.differences(
            expected: GoldenComparison.readFolder(expectedFolder), actual: files)
        #expect(
            problems.isEmpty,
            "fixture \(name) differs (UPDATE_GOLDENS=1 make golden re-records):\n\(problems.joined(separator: "\n\n"))")
    }

    @Test func committedGeneratedLibraryIsUpToDateWithSchema() throws {
        let data = try #require(FileManager.default.contents(atPath: RepositoryPaths.schema.path))
        // The schema's configuration, read as `make generate` reads it: from beside the schema.
        let configPath = GeneratorConfiguration.defaultPath(forDocumentAt: RepositoryPaths.schema.path)
        let config = try #require(FileManager.default.contents(atPath: configPath))
        let options = Translator.Options(
            configuration: try GeneratorConfiguration.read(
                SourceText(fileName: "wix-media.openapi.swift-config.json", bytes: Array(config))))
        let result = try Pipeline.generate(
            SourceText(fileName: "Schema/wix-media.openapi.json", bytes: Array(data)), options: options)
        Self.expectWellFormed(result.files)
        let committed = GoldenComparison.readFolder(RepositoryPaths.generatedOutput)
        let problems = GoldenComparison.differences(expected: committed, actual: result.files)
        #expect(
            problems.isEmpty,
            "Sources/WixMedia/Generated is stale; run `make generate`:\n\(problems.joined(separator: "\n\n"))")
    }

    /// SwiftPM compiles a target's files into objects named by file name alone, so two files with the same
    /// name in different folders (or names differing only in case) break the build; and no type, nested ones
    /// included, may declare a member twice.
    static func expectWellFormed(_ files: [GeneratedFile]) {
        let names = files.map { ($0.path.split(separator: "/").last ?? "").lowercased() }
        #expect(UnitSupport.duplicates(names) == [], "several files with the same name")
        for file in files {
            let redeclared = UnitSupport.duplicates(UnitSupport.memberNames(in: file.contents))
            #expect(redeclared == [], "\(file.path) declares members twice")
        }
    }
}

/// Reads the files a fixture's input refers to from the fixture's folder (the resolver names them
/// relative to it, as the input is named `input.yaml` alone).
struct FolderDocumentLoader: DocumentLoader {
    let folder: URL

    func load(_ path: String) throws(DocumentLoadError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else {
            throw .notFound
        }
        return Array(data)
    }
}
