import Foundation
import GeneratorKit

/// Linear-growth check: the same document with its paths and component schemas copied k times
/// (renamed, references rewritten), generated in process. Time per KB should stay flat as k grows.
enum Scaling {
    static func run(schema: String, factors: [Int], runs: Int) {
        guard let data = FileManager.default.contents(atPath: schema),
            let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            print("\(schema): cannot read")
            return
        }
        print("\ncopies | size | median | per KB")
        print("---|---|---|---")
        for factor in factors {
            guard let bytes = try? JSONSerialization.data(withJSONObject: replicate(document, factor)) else { continue }
            let source = SourceText(fileName: "scaled.json", bytes: Array(bytes))
            var times: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try? Pipeline.generate(source)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            let median = Statistics.median(times)
            let kilobytes = Double(bytes.count) / 1024
            print(
                "\(factor) | \(Int(kilobytes)) KB | \(Statistics.format(median)) | \(String(format: "%.3f ms", median / kilobytes))"
            )
        }
    }

    /// Copies every path and component schema `factor` times; copy n renames `X` to `X_n` everywhere.
    static func replicate(_ document: [String: Any], _ factor: Int) -> [String: Any] {
        guard
            let text = String(data: (try? JSONSerialization.data(withJSONObject: document)) ?? Data(), encoding: .utf8)
        else {
            return document
        }
        var result = document
        var paths: [String: Any] = [:]
        var schemas: [String: Any] = [:]
        for copy in 0..<factor {
            let suffix = "_\(copy)"
            // Rewriting references in the text keeps every copy self-contained.
            let renamed = text.replacingOccurrences(
                of: "#/components/schemas/", with: "#/components/schemas/C\(suffix)")
            guard let copyDocument = try? JSONSerialization.jsonObject(with: Data(renamed.utf8)) as? [String: Any]
            else { continue }
            for (path, item) in copyDocument["paths"] as? [String: Any] ?? [:] {
                paths["/c\(copy)" + path] = renameOperationIDs(item, suffix: suffix)
            }
            for (name, schema) in (copyDocument["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:] {
                schemas["C\(suffix)" + name] = schema
            }
        }
        result["paths"] = paths
        var components = result["components"] as? [String: Any] ?? [:]
        components["schemas"] = schemas
        result["components"] = components
        return result
    }

    private static func renameOperationIDs(_ item: Any, suffix: String) -> Any {
        guard var pathItem = item as? [String: Any] else { return item }
        for (method, operation) in pathItem {
            guard var operation = operation as? [String: Any], let id = operation["operationId"] as? String else {
                continue
            }
            operation["operationId"] = id + suffix
            pathItem[method] = operation
        }
        return pathItem
    }
}
