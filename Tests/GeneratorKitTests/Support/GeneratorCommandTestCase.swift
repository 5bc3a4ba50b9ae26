import Foundation
import XCTest

/// A test case that runs the built `generator` executable as a user would, in a temporary folder of its own;
/// skipped when the executable has not been built.
class GeneratorCommandTestCase: XCTestCase {
    /// The `generator` executable next to the test bundle.
    private(set) var executable: URL!
    /// Schemas, captured output streams and output folders live here.
    private(set) var work: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        guard let found = GeneratorProcess.executable() else {
            throw XCTSkip("the generator executable was not found next to the test bundle; run `swift build` first")
        }
        executable = found
        work = try UnitSupport.temporaryDirectory(for: self)
    }

    /// Runs the generator with `arguments` in `work`, failing the test when it crashes.
    func run(
        _ arguments: [String], environment: [String: String]? = nil, file: StaticString = #filePath,
        line: UInt = #line
    ) throws -> GeneratorProcess.Run {
        let run = try GeneratorProcess.run(executable, arguments, in: work, environment: environment)
        XCTAssertTrue(run.exited, "the generator crashed", file: file, line: line)
        return run
    }

    /// Writes `text` at `path` below `work`, making the folders it needs.
    @discardableResult
    func write(_ text: String, as path: String) throws -> URL {
        let url = work.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }
}
