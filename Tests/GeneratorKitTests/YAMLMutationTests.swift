import Foundation
import XCTest

@testable import GeneratorKit

/// Seeded, reproducible byte mutations of YAML documents (the corpus renderings in Tests/Corpus/yaml and the
/// vendored YAML test suite): the reader must never crash, and every refusal must carry a location in the file.
/// A crash here ends the test process, which is the failure this test exists to show.
final class YAMLMutationTests: XCTestCase {
    static let seed: UInt64 = 0x7A3_2026
    static let mutationsPerDocument = 12
    /// Bytes that matter to YAML's grammar; a mutation inserts or replaces with one of them.
    static let syntax = Array(" \t\n\r-?:,[]{}#&*!|>'\"%@`\\.0x~".utf8)

    func testMutatedYAMLIsReadOrRefusedWithALocation() throws {
        var documents: [(String, [UInt8])] = []
        let corpusYAML = RepositoryPaths.corpus.appendingPathComponent("yaml")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpusYAML.path).sorted() {
            documents.append((name, Array(try Data(contentsOf: corpusYAML.appendingPathComponent(name)))))
        }
        let suite = RepositoryPaths.yamlTestSuite
        for name in try FileManager.default.contentsOfDirectory(atPath: suite.path).sorted() {
            if let data = FileManager.default.contents(atPath: suite.appendingPathComponent("\(name)/in.yaml").path) {
                documents.append((name, Array(data)))
            }
        }
        XCTAssertGreaterThan(documents.count, 300)
        var random = SplitMix64(seed: Self.seed)
        var read = 0
        var refused = 0
        for (name, bytes) in documents {
            for index in 0..<Self.mutationsPerDocument {
                let mutated = Self.mutate(bytes, random: &random)
                do {
                    _ = try YAMLReader.read(SourceText(fileName: name, bytes: mutated))
                    read += 1
                } catch {
                    refused += 1
                    XCTAssertGreaterThan(error.location.line, 0, "\(name) #\(index): \(error)")
                    XCTAssertTrue(error.location.pointer.hasPrefix("#"), "\(name) #\(index): \(error)")
                }
            }
        }
        // Both outcomes must occur, or the mutations are not reaching the reader's paths.
        XCTAssertGreaterThan(read, 100)
        XCTAssertGreaterThan(refused, 100)
    }

    /// One to three edits: delete a run, insert or overwrite with a syntax byte, duplicate a run, or truncate.
    static func mutate(_ bytes: [UInt8], random: inout SplitMix64) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            guard !result.isEmpty else { break }
            let position = Int.random(in: 0..<result.count, using: &random)
            let length = min(Int.random(in: 1...8, using: &random), result.count - position)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: result.removeSubrange(position..<position + length)
            case 1: result.insert(syntax.randomElement(using: &random)!, at: position)
            case 2: result[position] = syntax.randomElement(using: &random)!
            case 3: result.insert(contentsOf: result[position..<position + length], at: position)
            default: result.removeSubrange(position...)
            }
        }
        return result
    }
}
