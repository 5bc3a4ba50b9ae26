import Foundation
import XCTest

@testable import GeneratorKit

/// Seeded, reproducible mutations of the corpus documents vendored in `Tests/Corpus` (truncation, deleted
/// members, swapped types, broken `$ref`s): the generator must never crash, and every refusal must name a JSON location.
/// Writing nothing on failure is structural: `Pipeline.generate` has no file access and the CLI writes
/// only a successful result (see `CommandLineTests`).
final class MutationTests: XCTestCase {
    static let seed: UInt64 = 0x5EED_2026
    static let mutationsPerDocument = 40

    func testMutatedCorpusDocumentsAreGeneratedOrRefusedWithALocation() throws {
        let corpus = RepositoryPaths.corpus
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".json") }
            .sorted()
        // The documents are in the repository: none found means a broken checkout, not a reason to skip.
        XCTAssertGreaterThanOrEqual(names.count, 11, "Tests/Corpus lost its documents")
        var random = SplitMix64(seed: Self.seed)
        var refused = 0
        var generated = 0
        for name in names {
            let data = try Data(contentsOf: corpus.appendingPathComponent(name))
            let tree = try JSONSerialization.jsonObject(with: data)
            for index in 0..<Self.mutationsPerDocument {
                let mutation = Mutation.allCases[index % Mutation.allCases.count]
                let bytes = mutation.apply(to: data, tree: tree, random: &random)
                do {
                    _ = try Pipeline.generate(SourceText(fileName: name, bytes: bytes))
                    generated += 1
                } catch {
                    refused += 1
                    XCTAssertFalse(
                        error.diagnostics.isEmpty, "\(name) #\(index) \(mutation): a refusal without diagnostics")
                    for diagnostic in error.diagnostics where diagnostic.severity == .error {
                        XCTAssertTrue(diagnostic.location.pointer.hasPrefix("#"), "\(name) #\(index): \(diagnostic)")
                        XCTAssertEqual(diagnostic.location.file, name)
                        XCTAssertGreaterThan(
                            diagnostic.location.line, 0, "\(name) #\(index) \(mutation): \(diagnostic)")
                    }
                }
            }
        }
        // Both outcomes must occur, or the mutations are not testing anything.
        XCTAssertGreaterThan(refused, 0)
        XCTAssertGreaterThan(generated, 0)
    }
}

/// A small deterministic random source (SplitMix64), so every run mutates the same way.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

enum Mutation: CaseIterable {
    case truncate
    case deleteMember
    case swapType
    case breakReference

    func apply(to data: Data, tree: Any, random: inout SplitMix64) -> [UInt8] {
        switch self {
        case .truncate:
            return Array(data.prefix(Int.random(in: 0..<data.count, using: &random)))
        case .deleteMember, .swapType, .breakReference:
            var paths: [[String]] = []
            collectPaths(tree, prefix: [], into: &paths)
            let candidates = self == .breakReference ? paths.filter { $0.last == "$ref" } : paths
            guard !candidates.isEmpty else { return Array(data) }
            let path = candidates[Int.random(in: 0..<candidates.count, using: &random)]
            let replacement: Any? =
                switch self {
                case .deleteMember: nil
                case .breakReference: "#/components/schemas/DoesNotExist\(Int.random(in: 0..<100, using: &random))"
                default:
                    [NSNumber(value: 42), "text", [1, 2], ["key": true], NSNull()][
                        Int.random(in: 0..<5, using: &random)]
                }
            let mutated = replacing(tree, at: path[...], with: replacement)
            return Array(
                (try? JSONSerialization.data(withJSONObject: mutated, options: [.sortedKeys, .prettyPrinted])) ?? data)
        }
    }

    /// Paths of object members (not array elements), deepest first in no particular order.
    private func collectPaths(_ value: Any, prefix: [String], into paths: inout [[String]]) {
        if let object = value as? [String: Any] {
            for key in object.keys.sorted() {
                paths.append(prefix + [key])
                collectPaths(object[key]!, prefix: prefix + [key], into: &paths)
            }
        } else if let array = value as? [Any] {
            for (index, element) in array.enumerated() {
                collectPaths(element, prefix: prefix + ["\(index)"], into: &paths)
            }
        }
    }

    private func replacing(_ value: Any, at path: ArraySlice<String>, with replacement: Any?) -> Any {
        guard let key = path.first else { return replacement ?? NSNull() }
        if var object = value as? [String: Any] {
            if path.count == 1, replacement == nil {
                object[key] = nil
            } else if let child = object[key] {
                object[key] = replacing(child, at: path.dropFirst(), with: replacement)
            }
            return object
        }
        if var array = value as? [Any], let index = Int(key), array.indices.contains(index) {
            array[index] = replacing(array[index], at: path.dropFirst(), with: replacement)
            return array
        }
        return value
    }
}
