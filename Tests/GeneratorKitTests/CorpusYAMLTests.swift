import Foundation
import XCTest

@testable import GeneratorKit

/// The same description in YAML and in JSON generates the same Swift: each vendored corpus document against its
/// YAML rendering in Tests/Corpus/yaml (made by scripts/json-to-yaml.py), every file byte for byte apart from the
/// header line, which names the source file. `make corpus-yaml` does the same for the large documents.
final class CorpusYAMLTests: XCTestCase {
    func testYAMLRenderingsGenerateTheSameSwiftAsTheirJSON() throws {
        let folder = RepositoryPaths.corpus
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 10, "the vendored corpus is missing")
        for name in names {
            let json = try Data(contentsOf: folder.appendingPathComponent("\(name).json"))
            let yaml = try Data(contentsOf: folder.appendingPathComponent("yaml/\(name).yaml"))
            let fromJSON = try Pipeline.generate(SourceText(fileName: "\(name).json", bytes: Array(json)))
            let fromYAML = try Pipeline.generate(SourceText(fileName: "\(name).yaml", bytes: Array(yaml)))
            XCTAssertEqual(fromJSON.files.map(\.path), fromYAML.files.map(\.path), "\(name): different files")
            for (jsonFile, yamlFile) in zip(fromJSON.files, fromYAML.files) {
                XCTAssertEqual(
                    Self.withoutHeader(jsonFile.contents), Self.withoutHeader(yamlFile.contents),
                    "\(name): \(jsonFile.path)")
                XCTAssertTrue(yamlFile.contents.hasPrefix("\(FileLayout.headerPrefix) from \(name).yaml."))
            }
            XCTAssertEqual(fromJSON.warnings.map(\.message), fromYAML.warnings.map(\.message), "\(name): warnings")
        }
    }

    private static func withoutHeader(_ text: String) -> Substring {
        text.drop(while: { $0 != "\n" })
    }
}
