import Foundation
import XCTest

@testable import GeneratorKit

/// Compares generated files with a folder of expected files, or re-records them when
/// `UPDATE_GOLDENS=1` (the only way goldens are written).
enum GoldenComparison {
    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1"
    }

    /// Reads every file under `folder` as (relative path → text).
    static func readFolder(_ folder: URL) -> [String: String] {
        var files: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return files
        }
        let base = folder.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    /// Problems as readable text (stale, missing and extra files, with unified diffs); empty when equal.
    static func differences(expected: [String: String], actual: [GeneratedFile]) -> [String] {
        var problems: [String] = []
        let actualPaths = Set(actual.map(\.path))
        for file in actual {
            guard let expectedText = expected[file.path] else {
                problems.append("unexpected new file \(file.path):\n\(file.contents)")
                continue
            }
            if expectedText != file.contents {
                problems.append(
                    "stale \(file.path):\n"
                        + UnifiedDiff.diff(expected: expectedText, actual: file.contents, path: file.path))
            }
        }
        for path in expected.keys.sorted() where !actualPaths.contains(path) {
            problems.append("expected file \(path) is no longer generated")
        }
        return problems
    }

    /// Compares `actual` with the golden file at `url`, or (re-)writes that one file when recording.
    /// Returns the problem as readable text (missing file, or a unified diff), or nil when they match.
    static func compareOrRecord(_ actual: String, with url: URL) throws -> String? {
        if isRecording {
            try Data(actual.utf8).write(to: url)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return "missing golden \(url.lastPathComponent); UPDATE_GOLDENS=1 records it:\n\(actual)"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        return UnifiedDiff.diff(expected: expected, actual: actual, path: url.lastPathComponent)
    }

    static func record(_ files: [GeneratedFile], into folder: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
    }
}
