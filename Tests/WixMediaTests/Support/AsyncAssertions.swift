import Foundation
import WixMedia
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

/// Runs `body` in a task of its own, which the code under test may cancel from inside (a progress callback, a
/// clock, a sleep), and expects it to stop with `WixMediaError.cancelled`; fails the test otherwise.
@discardableResult
func assertCancelled<T: Sendable>(
    file: StaticString = #filePath, line: UInt = #line, _ body: @escaping @Sendable () async throws -> T
) async -> Bool {
    let error = await assertThrows(WixMediaError.self, file: file, line: line) { try await Task(operation: body).value }
    guard case .cancelled? = error else {
        if let error { XCTFail("expected cancelled, got \(error)", file: file, line: line) }
        return false
    }
    return true
}
