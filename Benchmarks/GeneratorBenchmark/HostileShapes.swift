import Foundation
import GeneratorKit

/// Documents shaped to hit super-linear steps (issue #13, "Hostile inputs"), built in process at three
/// sizes each. Time per item should stay flat as the size doubles; each largest size is what once took
/// 9–90 s.
enum HostileShapes {
    struct Shape: Sendable {
        var name: String
        var unit: String
        var sizes: [Int]
        var document: @Sendable (Int) -> String
    }

    static let all: [Shape] = [
        Shape(name: "description with escapes", unit: "KB", sizes: [300, 600, 1_200], document: escapedDescription),
        Shape(name: "$ref alias chain", unit: "schemas", sizes: [750, 1_500, 3_000], document: aliasChain),
        Shape(name: "allOf chain", unit: "schemas", sizes: [750, 1_500, 3_000], document: allOfChain),
        Shape(
            name: "$refs into the next schema (refused)", unit: "schemas", sizes: [750, 1_500, 3_000],
            document: chainIntoSchemas),
        Shape(
            name: "enum values, one Swift name", unit: "values", sizes: [5_000, 10_000, 20_000], document: enumValues),
        Shape(
            name: "property names, one Swift name", unit: "properties", sizes: [5_000, 10_000, 20_000],
            document: propertyNames),
        Shape(
            name: "schema names, one Swift name", unit: "schemas", sizes: [5_000, 10_000, 20_000], document: schemaNames
        ),
        Shape(
            name: "operationIds, one Swift name", unit: "operations", sizes: [5_000, 10_000, 20_000],
            document: operationIDs),
    ]

    static func run(runs: Int) {
        print("\nshape | size | document | median | per 1,000")
        print("---|---|---|---|---")
        for shape in all {
            for size in shape.sizes {
                let source = SourceText(fileName: "shape.json", text: shape.document(size))
                var times: [Double] = []
                var outcome = "generated"
                for _ in 0..<runs {
                    let start = DispatchTime.now().uptimeNanoseconds
                    do {
                        _ = try Pipeline.generate(source)
                    } catch {
                        outcome = "refused"
                    }
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                }
                let median = Statistics.median(times)
                print(
                    "\(shape.name) | \(size) \(shape.unit) | \(source.bytes.count / 1024) KB, \(outcome) | "
                        + "\(Statistics.format(median)) | \(Statistics.format(median * 1_000 / Double(size)))")
            }
        }
    }

    static func document(schemas: [String], paths: [String] = []) -> String {
        #"{"openapi": "3.0.3", "info": {"title": "Shapes", "version": "1"}, "paths": {"#
            + paths.joined(separator: ",\n") + #"}, "components": {"schemas": {"# + schemas.joined(separator: ",\n")
            + "}}}"
    }

    static func reference(_ name: String) -> String {
        ##"{"$ref": "#/components/schemas/\##(name)"}"##
    }

    /// `kilobytes` of text interleaved with escapes, in one schema description.
    static func escapedDescription(_ kilobytes: Int) -> String {
        let piece = #"text \n\"quoted\" caf\u00e9 \t"#
        let text = String(repeating: piece, count: kilobytes * 1024 / piece.utf8.count)
        return document(schemas: [#""Described": {"type": "string", "description": ""# + text + #""}"#])
    }

    /// `S0 = S1`, `S1 = S2`, … : each alias resolves through the rest of the chain.
    static func aliasChain(_ length: Int) -> String {
        document(
            schemas: (0..<length).map { #""S\#($0)": "# + reference("S\($0 + 1)") }
                + [#""S\#(length)": {"type": "object", "properties": {"id": {"type": "string"}}}"#])
    }

    /// Each schema includes the next with `allOf` and adds a property of its own.
    static func allOfChain(_ length: Int) -> String {
        document(
            schemas: (0..<length).map {
                #""S\#($0)": {"allOf": [\#(reference("S\($0 + 1)")), {"type": "object", "properties": {"note": {"type": "string"}}}]}"#
            } + [#""S\#(length)": {"type": "object", "properties": {"id": {"type": "string"}}}"#])
    }

    /// The shape that once overflowed the stack: each `x` refers to the next schema's `x`.
    static func chainIntoSchemas(_ length: Int) -> String {
        document(
            schemas: (0..<length).map {
                #""S\#($0)": {"type": "object", "properties": {"x": {"type": "object", "properties": {"y": "#
                    + reference("S\($0 + 1)/properties/x") + "}}}}"
            } + [#""S\#(length)": {"type": "object", "properties": {"x": {"type": "string"}}}"#])
    }

    /// The `index`th of many spellings of one name: `a b`, `a_b`, `a-b`, … (separators in base 8).
    static func spelling(_ index: Int) -> String {
        let separators = Array(" _-.:/+~")
        var digits = ""
        var rest = index
        repeat {
            digits.insert(separators[rest % 8], at: digits.startIndex)
            rest /= 8
        } while rest > 0
        return "a" + digits + "b"
    }

    static func enumValues(_ count: Int) -> String {
        let values = (0..<count).map { #""\#(spelling($0))""# }.joined(separator: ", ")
        return document(schemas: [#""Spellings": {"type": "string", "enum": [\#(values)]}"#])
    }

    static func propertyNames(_ count: Int) -> String {
        let properties = (0..<count).map { #""\#(spelling($0))": {"type": "string"}"# }.joined(separator: ",\n")
        return document(schemas: [#""Spellings": {"type": "object", "properties": {\#(properties)}}"#])
    }

    static func schemaNames(_ count: Int) -> String {
        document(schemas: (0..<count).map { #""\#(spelling($0))": {"type": "string"}"# })
    }

    static func operationIDs(_ count: Int) -> String {
        document(
            schemas: [],
            paths: (0..<count).map {
                #""/p\#($0)": {"get": {"operationId": "\#(spelling($0))", "responses": {"204": {"description": "none"}}}}"#
            })
    }
}
