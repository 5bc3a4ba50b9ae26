import WixMediaSimulator
import XCTest

/// `wix-media-simulator`'s arguments, read without starting it.
final class SimulatorArgumentTests: XCTestCase {
    func testOptionsSetTheConfiguration() throws {
        let command = try SimulatorCommandLine.parse([
            "--port", "8123", "--pending-reads-per-import", "3", "--pending-reads-per-upload", "2",
            "--failing-upload", "a.mp4", "--failing-upload", "b.mp4", "--accept-authorization", "key",
            "--site-id", "site", "--seed", "7",
        ])
        guard case .serve(let configuration, let faults) = command else { return XCTFail("\(command)") }
        XCTAssertEqual(configuration.port, 8123)
        XCTAssertEqual(configuration.pendingReadsPerImport, 3)
        XCTAssertEqual(configuration.pendingReadsPerUpload, 2)
        XCTAssertEqual(configuration.failingUploadNames, ["a.mp4", "b.mp4"])
        XCTAssertEqual(configuration.acceptedAuthorizations, ["key"])
        XCTAssertEqual(configuration.siteID, "site")
        XCTAssertEqual(configuration.seed, 7)
        XCTAssertEqual(faults, [])
    }

    func testFaultSpecifications() throws {
        let cases: [(String, FaultSpecification)] = [
            ("503", FaultSpecification(fault: .status(503))),
            (
                "429,retry-after=2,operation=listFiles,times=3",
                FaultSpecification(fault: .rateLimited(retryAfter: "2"), target: .operation("listFiles"), times: 3)
            ),
            ("delay=1.5,times=always", FaultSpecification(fault: .delay(.milliseconds(1_500)), times: nil)),
            (
                "drop-during-body=100,operation=tusPatchUpload",
                FaultSpecification(
                    fault: .dropConnectionDuringRequestBody(afterBytes: 100), target: .operation("tusPatchUpload"))
            ),
            ("drop-before-response", FaultSpecification(fault: .dropConnectionBeforeResponse)),
            ("drop-mid-body", FaultSpecification(fault: .dropConnectionMidBody)),
            ("html-500", FaultSpecification(fault: .htmlInternalServerError)),
            ("truncated-json", FaultSpecification(fault: .truncatedJSON)),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(try FaultSpecification(parsing: text), expected, text)
        }
    }

    func testMisuseIsAUsageErrorNamingTheArgument() {
        let cases: [([String], String)] = [
            (["--port"], "--port needs a value"),
            (["--port", "70000"], "--port needs a number 0–65535"),
            (["--pending-reads-per-import", "-1"], "--pending-reads-per-import needs a whole number ≥ 0, not -1"),
            (["--bogus"], "unknown argument --bogus"),
            (["--fault", "200"], "--fault 200: the status must be 400–599"),
            (["--fault", "teapot"], "--fault teapot: unknown fault teapot"),
            (["--fault", "503,times=0"], "--fault 503,times=0: times must be a number ≥ 1 or always"),
            (["--fault", "503,colour=red"], "--fault 503,colour=red: unknown option colour"),
            (
                ["--fault", "html-500,retry-after=1"],
                "--fault html-500,retry-after=1: retry-after goes with a status, such as 429"
            ),
            (["--fault", "delay=soon"], "--fault delay=soon: delay needs seconds ≥ 0"),
        ]
        for (arguments, message) in cases {
            XCTAssertThrowsError(try SimulatorCommandLine.parse(arguments), "\(arguments)") { error in
                XCTAssertEqual((error as? SimulatorCommandLine.UsageError)?.description, message)
            }
        }
    }

    func testHelp() throws {
        guard case .help = try SimulatorCommandLine.parse(["--port", "1", "--help"]) else { return XCTFail() }
    }
}
