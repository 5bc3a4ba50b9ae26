import Foundation
import XCTest

@testable import GeneratorKit

/// Everything the generator prints about a document stays one line per message, however hostile the names
/// and keys it quotes (issue #13): line breaks, terminal escapes and bidi controls come out as `\u{…}` in
/// diagnostics and change reports, and percent-encoded in JSON pointers.
final class DiagnosticPrintingTests: XCTestCase {
    /// Each hazard as written inside a JSON string, and as it must be printed.
    static let hazards: [(json: String, printed: String)] = [
        (#"\n"#, #"\u{a}"#), (#"\r"#, #"\u{d}"#), (#"\u001b"#, #"\u{1b}"#), (#"\u2028"#, #"\u{2028}"#),
        (#"\u0000"#, #"\u{0}"#), (#"\u202e"#, #"\u{202e}"#), (#"\u2066"#, #"\u{2066}"#), (#"\u0085"#, #"\u{85}"#),
    ]

    func testAnErrorQuotingAHostileNameIsPrintedOnOneLine() throws {
        for hazard in Self.hazards {
            // The name is both quoted in the message (the `$ref`) and a key on the pointer (the schema).
            let text = UnitSupport.schemas(
                #""Bad\#(hazard.json)Name": {"type": "object", "properties": {"#
                    + ##""x": {"$ref": "#/components/schemas/Missing\##(hazard.json)Name"}}}"##)
            guard let failure = UnitSupport.generationFailure(text) else { continue }
            let printed = failure.description
            XCTAssertEqual(
                printed.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count,
                failure.diagnostics.count, "one line per diagnostic for \(hazard.json): \(printed)")
            XCTAssertFalse(printed.unicodeScalars.contains(where: PrintableText.isHazard), "\(hazard.json) printed raw")
            XCTAssertTrue(printed.contains("Missing\(hazard.printed)Name"), printed)
            for line in printed.split(separator: "\n") {
                XCTAssertTrue(
                    GeneratorFuzzTests.isLocated(String(line), output: URL(fileURLWithPath: "/")), String(line))
            }
        }
    }

    func testTheDiagnosticKeepsTheDocumentsTextInItsMessage() {
        let diagnostic = Diagnostic.error(
            "'a\nb' is wrong", at: SourceLocation(file: "dir\n/api.json", line: 3, column: 4, pointer: "#/a\u{1B}b"))
        XCTAssertEqual(diagnostic.message, "'a\nb' is wrong")
        XCTAssertEqual(diagnostic.description, #"dir\u{a}/api.json:3:4: error: 'a\u{a}b' is wrong [at #/a\u{1b}b]"#)
    }

    func testPointerTokensWithHazardsArePercentEncodedAndReadBack() throws {
        let tokens = ["a\nb", "c\r\nd", "e\u{1B}[31m", "f\u{2028}g", "h\u{202E}i", "\u{0}", "plain é", "x/y~z"]
        let pointer = JSONPointer(tokens: tokens)
        XCTAssertEqual(
            pointer.description,
            "#/a%0Ab/c%0D%0Ad/e%1B[31m/f%E2%80%A8g/h%E2%80%AEi/%00/plain%20é/x~1y~0z")
        XCTAssertEqual(JSONPointer(fragment: pointer.description)?.tokens, tokens)
    }

    func testChangeReportsQuoteHostilePathsOnOneLine() throws {
        func model(path: String) throws -> SwiftModel {
            try UnitSupport.generate(
                UnitSupport.document(
                    #""paths": {"\#(path)": {"get": {"operationId": "getThing", "responses": {"204": {"description": "none"}}}}}"#
                )
            ).model
        }
        let changes = APIDiff.compare(old: try model(path: "/things"), new: try model(path: #"/things\n\u2028\u001b"#))
        XCTAssertEqual(changes.count, 1, "\(changes)")
        for format in ChangeReport.Format.allCases {
            let report = ChangeReport.render(changes, format: format)
            let hazards = report.unicodeScalars.filter { $0 != "\n" && PrintableText.isHazard($0) }.map(\.value)
            XCTAssertEqual(hazards, [], "\(format): \(report)")
            let changeLines = report.split(separator: "\n").filter { $0.contains("/things") }
            XCTAssertEqual(changeLines.count, 1, "\(format): \(report)")
        }
        XCTAssertTrue(ChangeReport.render(changes, format: .text).contains(#"/things\u{a}\u{2028}\u{1b}"#))
        XCTAssertTrue(ChangeReport.render(changes, format: .json).contains(#"/things\n\u2028\u001b"#))
    }
}
