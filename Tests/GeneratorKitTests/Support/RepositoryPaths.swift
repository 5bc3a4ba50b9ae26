import Foundation

/// Folders of this repository, found from this source file so tests run from any working directory.
enum RepositoryPaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // GeneratorKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let fixtures = root.appendingPathComponent("Tests/GeneratorKitTests/Fixtures")

    /// A fixture's input: `input.yaml` when the fixture has one, else `input.json`.
    static func fixtureInput(_ name: String) -> URL {
        let folder = fixtures.appendingPathComponent(name)
        let yaml = folder.appendingPathComponent("input.yaml")
        return FileManager.default.fileExists(atPath: yaml.path) ? yaml : folder.appendingPathComponent("input.json")
    }
    /// `DiffFixtures/<case>/{old.json,new.json,expected.txt,expected.md,expected.json[,consumer.swift]}`.
    static let diffFixtures = root.appendingPathComponent("Tests/GeneratorKitTests/DiffFixtures")
    /// Cases of the YAML test suite inside the YAML reader's subset: `<case>/in.yaml` and `in.json` or `error`.
    static let yamlTestSuite = root.appendingPathComponent("Tests/GeneratorKitTests/YAMLTestSuite")
    static let schema = root.appendingPathComponent("Schema/wix-media.openapi.json")
    static let generatedOutput = root.appendingPathComponent("Sources/WixMedia/Generated")
    /// The small real-world documents vendored from the corpus, so tests need nothing beside the checkout.
    static let corpus = root.appendingPathComponent("Tests/Corpus")
}
