import Foundation
import GeneratorKit

/// Read-stage speed of one description in JSON and its YAML rendering (scripts/json-to-yaml.py): the median time
/// to build the node tree from each, in MB/s of its own input, and YAML's speed as a fraction of JSON's for the
/// same description (the target is at least 0.5×).
enum ReadSpeed {
    static func run(json: String, yaml: String, runs: Int) {
        guard let jsonData = FileManager.default.contents(atPath: json),
            let yamlData = FileManager.default.contents(atPath: yaml)
        else {
            print("\nread speed: cannot read \(json) or \(yaml)")
            return
        }
        let jsonSource = SourceText(fileName: json, bytes: Array(jsonData))
        let yamlSource = SourceText(fileName: yaml, bytes: Array(yamlData))
        let jsonTime = median(runs) { _ = try? JSONParser.parse(jsonSource) }
        let yamlTime = median(runs) { _ = try? YAMLReader.read(yamlSource) }
        // Both must read, and to the same tree size, or the figures compare different work.
        guard let jsonTree = try? JSONParser.parse(jsonSource), let yamlTree = try? YAMLReader.read(yamlSource),
            nodeCount(jsonTree) == nodeCount(yamlTree)
        else {
            print("\nread speed: \(yaml) does not read to the same tree as \(json)")
            return
        }
        print("\nread | input | size | median | throughput")
        print("---|---|---|---|---")
        for (format, path, size, time) in [
            ("JSON", json, jsonData.count, jsonTime), ("YAML", yaml, yamlData.count, yamlTime),
        ] {
            let megabytes = Double(size) / 1_048_576
            print(
                "\(format) | \(URL(fileURLWithPath: path).lastPathComponent) | \(String(format: "%.0f KB", Double(size) / 1024)) | "
                    + "\(Statistics.format(time)) | \(String(format: "%.1f MB/s", megabytes / (time / 1000)))")
        }
        print(
            String(
                format: "YAML reads the same description at %.2f× the speed of JSON (target ≥ 0.5×)",
                jsonTime / yamlTime))
    }

    private static func median(_ runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return Statistics.median(times)
    }

    private static func nodeCount(_ node: JSONNode) -> Int {
        switch node.value {
        case .array(let items): return items.reduce(1) { $0 + nodeCount($1) }
        case .object(let object): return object.members.reduce(1) { $0 + nodeCount($1.value) }
        default: return 1
        }
    }
}
