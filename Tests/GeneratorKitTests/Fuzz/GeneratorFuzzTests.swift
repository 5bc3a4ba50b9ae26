import Foundation
import XCTest

@testable import GeneratorKit

/// Runs the `generator` executable on seeded hostile documents (`FuzzDocumentFactory`), each in a child process
/// so that a crash or a hang is seen rather than suffered. For every document: it exits (no signal) within
/// `FUZZ_TIMEOUT` seconds, with 0, or with 1 and a located error; nothing lands outside `--output`, even through
/// symlinks planted in it; and a sample of the successful outputs compiles.
///
/// `make test` runs a small run; `make fuzz` the full one (`FUZZ_DOCUMENTS=10000`, the release generator as
/// `FUZZ_GENERATOR`). `FUZZ_SEED` (hexadecimal) and `FUZZ_FIRST` reproduce any document: failures name their
/// seed and index, and the document is kept under `.build/fuzz-failures`.
final class GeneratorFuzzTests: XCTestCase {
    struct Settings {
        var seed: UInt64
        var first: Int
        var documents: Int
        var maximumSize: Int
        var timeout: TimeInterval
        var compileSample: Int

        static var current: Settings {
            let environment = ProcessInfo.processInfo.environment
            let documents = environment["FUZZ_DOCUMENTS"].flatMap(Int.init) ?? 140
            let full = documents >= 1_000
            return Settings(
                seed: environment["FUZZ_SEED"].flatMap { UInt64($0, radix: 16) } ?? 0xF022_2026,
                first: environment["FUZZ_FIRST"].flatMap(Int.init) ?? 0,
                documents: documents,
                // The small run uses the debug generator on a shared machine: sizes that stay well inside its
                // time-out (a 448-deep multiplying allOf chain took 5 s of CPU there).
                maximumSize: environment["FUZZ_MAX_SIZE"].flatMap(Int.init) ?? (full ? 12_000 : 300),
                timeout: environment["FUZZ_TIMEOUT"].flatMap(TimeInterval.init) ?? 10,
                compileSample: environment["FUZZ_COMPILE_SAMPLE"].flatMap(Int.init) ?? (full ? 200 : 6))
        }
    }

    /// What the run saw, for the closing summary line.
    struct Tally {
        var generated = 0
        var refused = 0
        var slowest: (seconds: TimeInterval, summary: String) = (0, "")
        var byShape: [FuzzDocument.Shape: (generated: Int, refused: Int)] = [:]
    }

    func testHostileDocumentsNeverCrashHangOrWriteOutsideTheOutput() throws {
        let chosen = ProcessInfo.processInfo.environment["FUZZ_GENERATOR"].map { URL(fileURLWithPath: $0) }
        guard let executable = chosen ?? GeneratorProcess.executable() else {
            throw XCTSkip("the generator executable was not found next to the test bundle; run `swift build` first")
        }
        let settings = Settings.current
        let work = try UnitSupport.temporaryDirectory(for: self)
        let factory = FuzzDocumentFactory(corpus: try Self.corpusDocuments(), maximumSize: settings.maximumSize)
        var sampler = ReservoirSampler(capacity: settings.compileSample, seed: settings.seed)
        var tally = Tally()
        let sampleFolder = work.appendingPathComponent("sample", isDirectory: true)
        for index in settings.first..<(settings.first + settings.documents) {
            let document = factory.document(seed: settings.seed, index: index)
            let sandbox = try FuzzSandbox(in: work, index: index, plantLinks: index % 3 == 0)
            try Data(document.bytes).write(to: sandbox.schema)
            let label = String(format: "seed %llx document %d (%@)", settings.seed, index, document.summary)
            let started = Date()
            let run = try GeneratorProcess.run(
                executable, ["generate", "--schema", sandbox.schema.path, "--output", sandbox.output.path],
                in: sandbox.folder, timeout: settings.timeout)
            let seconds = Date().timeIntervalSince(started)
            if seconds > tally.slowest.seconds { tally.slowest = (seconds, document.summary) }
            var problems: [String] = []
            if run.timedOut {
                problems.append("no answer within \(settings.timeout) s")
            } else if !run.exited {
                problems.append("crashed (signal \(run.status))")
            } else if run.status == 1 {
                if !Self.isLocated(run.stderr, output: sandbox.output) {
                    problems.append("refused without a located error: \(run.stderr.prefix(300))")
                }
            } else if run.status != 0 {
                problems.append("exit \(run.status): \(run.stderr.prefix(300))")
            }
            problems += sandbox.escapes()
            var counts = tally.byShape[document.shape] ?? (0, 0)
            if run.exited, run.status == 0 {
                tally.generated += 1
                counts.generated += 1
                if let slot = sampler.slot() {
                    let kept = sampleFolder.appendingPathComponent("\(slot)", isDirectory: true)
                    try? FileManager.default.removeItem(at: kept)
                    try FileManager.default.createDirectory(at: sampleFolder, withIntermediateDirectories: true)
                    try FileManager.default.copyItem(at: sandbox.output, to: kept)
                }
            } else {
                tally.refused += 1
                counts.refused += 1
            }
            tally.byShape[document.shape] = counts
            if !problems.isEmpty {
                XCTFail("\(label): \(problems.joined(separator: "; "))")
                try Self.keepFailure(document, index: index, seed: settings.seed)
            }
            try? FileManager.default.removeItem(at: sandbox.folder)
        }
        print(
            "fuzz: seed \(String(settings.seed, radix: 16)), \(settings.documents) documents: \(tally.generated) generated, "
                + "\(tally.refused) refused; slowest \(String(format: "%.2f", tally.slowest.seconds)) s "
                + "(\(tally.slowest.summary.prefix(80)))")
        for shape in FuzzDocument.Shape.allCases {
            let counts = tally.byShape[shape] ?? (0, 0)
            print("fuzz:   \(shape): \(counts.generated) generated, \(counts.refused) refused")
        }
        // Shapes take turns, so only a run of every shape can show the mix; reproducing one document
        // (`FUZZ_FIRST=… FUZZ_DOCUMENTS=1`) checks that document alone.
        if settings.documents >= FuzzDocument.Shape.allCases.count {
            XCTAssertGreaterThan(tally.generated, 0, "no document generated: the shapes test nothing")
            XCTAssertGreaterThan(tally.refused, 0, "no document refused: the mutations test nothing")
        }
        try compileSample(in: sampleFolder, count: sampler.filled, into: work)
    }

    /// Compiles the sampled outputs, each as its own module, with scripts/compile-generated.sh.
    private func compileSample(in folder: URL, count: Int, into work: URL) throws {
        guard count > 0 else { return }
        let modules = (0..<count).map { "Fuzz\($0)=\(folder.appendingPathComponent("\($0)").path)" }
        let script = RepositoryPaths.root.appendingPathComponent("scripts/compile-generated.sh")
        let scratch = RepositoryPaths.root.appendingPathComponent(".build/fuzz-compile")
        var environment = ProcessInfo.processInfo.environment
        environment["ALLOW_WARNINGS"] = "1"
        let run = try GeneratorProcess.run(
            script, [scratch.path] + modules, in: work, environment: environment, timeout: 3_600)
        print("fuzz: compiling a sample of \(count) outputs: \(run.stdout.split(separator: "\n").last ?? "")")
        XCTAssertEqual(run.status, 0, "sampled output does not compile:\n\(run.stdout.suffix(3_000))")
    }

    /// A refusal names `file:line:column` and a JSON pointer, as every schema error must, or the path inside the
    /// output folder that it will not write through (a planted symlink).
    static func isLocated(_ stderr: String, output: URL) -> Bool {
        stderr.split(separator: "\n").contains { line in
            line.range(of: #"^[^ ]+:[0-9]+:[0-9]+: error: .*\[at #"#, options: .regularExpression) != nil
                || (line.hasPrefix(output.path) && line.contains(": error: "))
        }
    }

    static func corpusDocuments() throws -> [(name: String, data: Data, tree: Any)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.corpus.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: RepositoryPaths.corpus.appendingPathComponent(name))
            return (name, data, try JSONSerialization.jsonObject(with: data))
        }
    }

    static func keepFailure(_ document: FuzzDocument, index: Int, seed: UInt64) throws {
        let folder = RepositoryPaths.root.appendingPathComponent(".build/fuzz-failures", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = "\(String(seed, radix: 16))-\(index)-\(document.shape).json"
        try Data(document.bytes).write(to: folder.appendingPathComponent(name))
    }
}

/// One document's folder: the schema, the output folder (sometimes with symlinks planted in it that point
/// outside), and an `outside` folder holding a bait file that must stay as it was.
struct FuzzSandbox {
    let folder: URL
    let schema: URL
    let output: URL
    let outside: URL
    private static let bait = Data("// not the generator's to touch\n".utf8)

    init(in work: URL, index: Int, plantLinks: Bool) throws {
        folder = work.appendingPathComponent("doc-\(index)", isDirectory: true)
        schema = folder.appendingPathComponent("api.json")
        output = folder.appendingPathComponent("out", isDirectory: true)
        outside = folder.appendingPathComponent("outside", isDirectory: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Self.bait.write(to: outside.appendingPathComponent("Operations.swift"))
        guard plantLinks else { return }
        // A folder and a file the generator writes, both leading outside.
        try FileManager.default.createSymbolicLink(
            atPath: output.appendingPathComponent("Models").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(
            atPath: output.appendingPathComponent("Operations.swift").path,
            withDestinationPath: outside.appendingPathComponent("Operations.swift").path)
    }

    /// What the run changed outside the output folder.
    func escapes() -> [String] {
        var problems: [String] = []
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: outside.path)) ?? []
        if entries != ["Operations.swift"] { problems.append("files appeared outside --output: \(entries.sorted())") }
        if FileManager.default.contents(atPath: outside.appendingPathComponent("Operations.swift").path) != Self.bait {
            problems.append("a file outside --output was overwritten")
        }
        let siblings = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let unexpected = Set(siblings).subtracting(["api.json", "out", "outside"]).filter { !$0.hasPrefix("streams-") }
        if !unexpected.isEmpty { problems.append("files appeared beside --output: \(unexpected.sorted())") }
        return problems
    }
}

/// Keeps a uniform random sample of a stream of unknown length (Algorithm R), reproducibly from a seed.
struct ReservoirSampler {
    let capacity: Int
    private(set) var seen = 0
    private var random: SplitMix64

    init(capacity: Int, seed: UInt64) {
        self.capacity = capacity
        self.random = SplitMix64(seed: seed ^ 0x5A4D_504C_4552)
    }

    var filled: Int { min(seen, capacity) }

    /// The slot the next item takes (replacing what was there), or nil when it is not kept.
    mutating func slot() -> Int? {
        seen += 1
        if seen <= capacity { return seen - 1 }
        let pick = Int.random(in: 0..<seen, using: &random)
        return pick < capacity ? pick : nil
    }
}
