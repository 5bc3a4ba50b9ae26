import Foundation
import GeneratorKit

/// `generator-bench [--runs N] [--generator PATH] [--scaling SCHEMA] [--shapes] [--read JSON YAML] SCHEMA...`
///
/// For each schema: the median wall time of an in-process generation (read → render, no disk), the
/// median wall time and peak memory of the release CLI as a separate process (so memory is that of
/// one generation, not of this benchmark), and the size of the output. `--scaling` times one schema
/// copied 1–16 times; `--shapes` times documents built to hit super-linear steps (`HostileShapes`);
/// `--read` compares the read stage on one description in JSON and in YAML.
var runs = 7
var generatorPath = ".build/release/generator"
var schemas: [String] = []
var scalingSchema: String?
var shapes = false
var readPair: (json: String, yaml: String)?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--runs": runs = Int(arguments.popFirst() ?? "") ?? runs
    case "--generator": generatorPath = arguments.popFirst() ?? generatorPath
    case "--schema": if let path = arguments.popFirst() { schemas.append(path) }
    case "--scaling": scalingSchema = arguments.popFirst()
    case "--shapes": shapes = true
    case "--read":
        if let json = arguments.popFirst(), let yaml = arguments.popFirst() { readPair = (json, yaml) }
    default: schemas.append(argument)
    }
}
guard !schemas.isEmpty || shapes else {
    FileHandle.standardError.write(
        Data(
            "usage: generator-bench [--runs N] [--generator PATH] [--scaling SCHEMA] [--shapes] [--read JSON YAML] SCHEMA...\n"
                .utf8))
    exit(2)
}

if !schemas.isEmpty {
    print("schema | size | in-process median | CLI median | CLI peak RSS | files | lines")
    print("---|---|---|---|---|---|---")
}
for schema in schemas {
    guard let data = FileManager.default.contents(atPath: schema) else {
        print("\(schema) | cannot read")
        continue
    }
    let source = SourceText(fileName: schema, bytes: Array(data))
    var inProcess: [Double] = []
    var result: Pipeline.Result?
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        result = try? Pipeline.generate(source)
        inProcess.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    let files = result?.files ?? []
    let lines = files.reduce(0) { $0 + $1.contents.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
    let cli = ProcessMeasurement.measure(executable: generatorPath, schema: schema, runs: runs)
    let name = URL(fileURLWithPath: schema).lastPathComponent
    let size = String(format: "%.0f KB", Double(data.count) / 1024)
    print(
        "\(name) | \(size) | \(Statistics.format(Statistics.median(inProcess))) | "
            + "\(cli.map { Statistics.format($0.medianMilliseconds) } ?? "n/a") | "
            + "\(cli.map { String(format: "%.1f MB", Double($0.peakResidentKilobytes) / 1024) } ?? "n/a") | "
            + "\(files.count) | \(lines)")
}
if let readPair {
    ReadSpeed.run(json: readPair.json, yaml: readPair.yaml, runs: runs)
}
if let scalingSchema {
    Scaling.run(schema: scalingSchema, factors: [1, 2, 4, 8, 16], runs: 5)
}
if shapes {
    HostileShapes.run(runs: 3)
}
