import Foundation
import XCTest

/// Runs `body`, expecting it to throw an `E`, and returns that error; fails the test otherwise.
func assertThrows<E: Error, T>(
    _ errorType: E.Type, file: StaticString = #filePath, line: UInt = #line, _ body: () async throws -> T
) async -> E? {
    do {
        let value = try await body()
        XCTFail("expected \(E.self), got the value \(value)", file: file, line: line)
        return nil
    } catch let error as E {
        return error
    } catch {
        XCTFail("expected \(E.self), got \(type(of: error)): \(error)", file: file, line: line)
        return nil
    }
}
