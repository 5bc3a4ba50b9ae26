import Foundation
import XCTest

@testable import GeneratorKit

/// The vendored cases of the public YAML test suite (Tests/GeneratorKitTests/YAMLTestSuite, see its SOURCES.md):
/// every valid case reads to the tree its in.json holds, every invalid one is refused with a located error.
final class YAMLTestSuiteTests: XCTestCase {
    func testEveryVendoredCase() throws {
        let folder = RepositoryPaths.yamlTestSuite
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/in.yaml").path)
        }.sorted()
        XCTAssertGreaterThan(names.count, 300, "the vendored suite is missing")
        var failures: [String] = []
        for name in names {
            let caseFolder = folder.appendingPathComponent(name)
            let yaml = try Data(contentsOf: caseFolder.appendingPathComponent("in.yaml"))
            let source = SourceText(fileName: "\(name)/in.yaml", bytes: Array(yaml))
            if FileManager.default.fileExists(atPath: caseFolder.appendingPathComponent("error").path) {
                do {
                    let node = try YAMLReader.read(source)
                    failures.append("\(name): accepted invalid YAML as \(YAMLTestSuiteTests.render(node))")
                } catch {
                    if error.location.line < 1 { failures.append("\(name): error without a line: \(error)") }
                }
                continue
            }
            let json = try Data(contentsOf: caseFolder.appendingPathComponent("in.json"))
            let expected = try JSONParser.parse(SourceText(fileName: "in.json", bytes: Array(json)))
            do {
                let actual = try YAMLReader.read(source)
                if !Self.same(actual, expected) {
                    failures.append("\(name): read \(Self.render(actual)), expected \(Self.render(expected))")
                }
            } catch {
                failures.append("\(name): refused valid YAML: \(error)")
            }
        }
        print("YAML test suite: \(names.count - failures.count) passed of \(names.count) in scope")
        XCTAssert(failures.isEmpty, "\(failures.count) cases failed:\n" + failures.joined(separator: "\n"))
    }

    /// JSON semantics: members in order, numbers by value.
    static func same(_ left: JSONNode, _ right: JSONNode) -> Bool {
        switch (left.value, right.value) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b || (Double(a) != nil && Double(a) == Double(b))
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (.object(let a), .object(let b)):
            return a.members.count == b.members.count
                && zip(a.members, b.members).allSatisfy { $0.key == $1.key && same($0.value, $1.value) }
        default: return false
        }
    }

    static func render(_ node: JSONNode) -> String {
        switch node.value {
        case .null: return "null"
        case .bool(let flag): return String(flag)
        case .number(let literal): return literal
        case .string(let text): return "\(text.debugDescription)"
        case .array(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .object(let object):
            return "{"
                + object.members.map { "\($0.key.debugDescription): \(render($0.value))" }.joined(separator: ", ")
                + "}"
        }
    }
}
