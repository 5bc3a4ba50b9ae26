import Foundation
import XCTest

@testable import GeneratorKit

/// Small helpers shared by the generator's unit tests. Kept in one namespace so they cannot clash with
/// helpers of other test files in this target.
enum UnitSupport {
    /// A minimal valid OpenAPI 3.0 document with `members` added after `info` (no leading comma needed).
    static func document(_ members: String = "") -> String {
        let head = #"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}"#
        return members.isEmpty ? head + "}" : head + ", " + members + "}"
    }

    /// A minimal document whose `components/schemas` object holds `schemas` (the members, without braces).
    static func schemas(_ schemas: String, extra: String = "") -> String {
        document(#""components": {"schemas": {"# + schemas + "}}" + (extra.isEmpty ? "" : ", " + extra))
    }

    static func parse(_ text: String, file: String = "test.json") throws(Diagnostic) -> JSONNode {
        try JSONParser.parse(SourceText(fileName: file, text: text))
    }

    /// The diagnostic parsing `text` fails with, or nil (after recording a failure) when it parses.
    static func parseError(
        _ text: String, file: StaticString = #filePath, line: UInt = #line
    ) -> Diagnostic? {
        parseError(bytes: Array(text.utf8), file: file, line: line)
    }

    static func parseError(
        bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line
    ) -> Diagnostic? {
        do {
            _ = try JSONParser.parse(SourceText(fileName: "test.json", bytes: bytes))
            XCTFail("expected a parse error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    static func read(_ text: String, file: String = "api.json") throws(Diagnostic) -> OpenAPIDocument {
        try DocumentReader.read(SourceText(fileName: file, text: text))
    }

    /// The diagnostic reading `text` fails with, or nil (after recording a failure) when it reads.
    static func readError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        do {
            _ = try read(text)
            XCTFail("expected a read error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    static func generate(_ text: String, strict: Bool = false, file: String = "api.json") throws(GenerationFailure)
        -> Pipeline.Result
    {
        try Pipeline.generate(SourceText(fileName: file, text: text), options: Translator.Options(strict: strict))
    }

    /// The failure generating `text` ends in, or nil (after recording a failure) when it succeeds.
    static func generationFailure(
        _ text: String, strict: Bool = false, file: StaticString = #filePath, line: UInt = #line
    ) -> GenerationFailure? {
        do {
            let result = try generate(text, strict: strict)
            XCTFail("expected generation to fail; it made \(result.files.map(\.path))", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Model lookups

    static func type(_ name: String, in model: SwiftModel, file: StaticString = #filePath, line: UInt = #line)
        -> TypeDeclaration?
    {
        let found = model.types.first { $0.name == name }
        if found == nil {
            XCTFail("no type \(name); types are \(model.types.map(\.name))", file: file, line: line)
        }
        return found
    }

    static func nested(
        _ name: String, in declaration: TypeDeclaration, file: StaticString = #filePath, line: UInt = #line
    ) -> TypeDeclaration? {
        let found = declaration.nested.first { $0.name == name }
        if found == nil {
            XCTFail(
                "no nested type \(name) in \(declaration.name); nested are \(declaration.nested.map(\.name))",
                file: file, line: line)
        }
        return found
    }

    static func structure(_ declaration: TypeDeclaration?, file: StaticString = #filePath, line: UInt = #line)
        -> StructDeclaration?
    {
        guard let declaration else { return nil }
        if case .structure(let structure) = declaration.kind { return structure }
        XCTFail("\(declaration.name) is not a struct: \(declaration.kind)", file: file, line: line)
        return nil
    }

    static func enumeration(_ declaration: TypeDeclaration?, file: StaticString = #filePath, line: UInt = #line)
        -> EnumDeclaration?
    {
        guard let declaration else { return nil }
        if case .enumeration(let enumeration) = declaration.kind { return enumeration }
        XCTFail("\(declaration.name) is not an enum: \(declaration.kind)", file: file, line: line)
        return nil
    }

    static func union(_ declaration: TypeDeclaration?, file: StaticString = #filePath, line: UInt = #line)
        -> UnionDeclaration?
    {
        guard let declaration else { return nil }
        if case .union(let union) = declaration.kind { return union }
        XCTFail("\(declaration.name) is not a union: \(declaration.kind)", file: file, line: line)
        return nil
    }

    static func alias(_ declaration: TypeDeclaration?, file: StaticString = #filePath, line: UInt = #line) -> TypeUsage?
    {
        guard let declaration else { return nil }
        if case .alias(let usage) = declaration.kind { return usage }
        XCTFail("\(declaration.name) is not a typealias: \(declaration.kind)", file: file, line: line)
        return nil
    }

    static func property(
        _ jsonKey: String, in structure: StructDeclaration?, file: StaticString = #filePath, line: UInt = #line
    ) -> PropertyDeclaration? {
        guard let structure else { return nil }
        let found = structure.properties.first { $0.jsonKey == jsonKey }
        if found == nil {
            XCTFail(
                "no property \(jsonKey); properties are \(structure.properties.map(\.jsonKey))", file: file, line: line)
        }
        return found
    }

    static func operation(_ id: String, in model: SwiftModel, file: StaticString = #filePath, line: UInt = #line)
        -> OperationDeclaration?
    {
        let found = model.operations.first { $0.operationID == id }
        if found == nil {
            XCTFail("no operation \(id); operations are \(model.operations.map(\.operationID))", file: file, line: line)
        }
        return found
    }

    static func parameter(
        _ wireName: String, in operation: OperationDeclaration?, file: StaticString = #filePath, line: UInt = #line
    ) -> ParameterDeclaration? {
        guard let operation else { return nil }
        let found = operation.parameters.first { $0.wireName == wireName }
        if found == nil {
            XCTFail(
                "no parameter \(wireName); parameters are \(operation.parameters.map(\.wireName))", file: file,
                line: line)
        }
        return found
    }

    // MARK: - Rendered code

    /// The members (stored and computed properties, enum cases, nested types) that each type of a file declares,
    /// at any depth, as `Outer.Inner.member`, backticks removed, in order. Duplicates mean a redeclaration.
    ///
    /// It follows the generator's layout: one declaration a line, four spaces a level, a scope opened by a
    /// line ending in `{` and closed by a line starting with `}` at the same indent. A member is a
    /// declaration one level inside a type's braces, so locals and `case` labels in bodies are not members.
    static func memberNames(in contents: String) -> [String] {
        var scopes: [(indent: Int, typeName: String?)] = []
        var names: [String] = []
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            let text = line.dropFirst(indent)
            if text.hasPrefix("}") {
                while let last = scopes.last, last.indent >= indent { scopes.removeLast() }
            }
            let declaration = Self.declaration(in: text)
            if let scope = scopes.last, scope.typeName != nil, indent == scope.indent + 4, let name = declaration?.name
            {
                names.append((scopes.compactMap(\.typeName) + [name]).joined(separator: "."))
            }
            if text.hasSuffix("{") {
                let typeName = declaration?.isType == true ? declaration?.name : nil
                scopes.append((indent, typeName))
            }
        }
        return names
    }

    /// The name a declaration line introduces, and whether it is a type (or extension), ignoring modifiers.
    private static func declaration(in text: Substring) -> (name: String, isType: Bool)? {
        let modifiers: Set<Substring> = [
            "public", "package", "internal", "fileprivate", "private", "static", "final", "indirect", "mutating",
            "nonisolated", "override",
        ]
        var words = text.split(separator: " ", omittingEmptySubsequences: true)[...]
        while let first = words.first, modifiers.contains(first) || first.hasPrefix("@") { words.removeFirst() }
        guard let keyword = words.first, words.count > 1 else { return nil }
        let typeKeywords: Set<Substring> = ["struct", "enum", "class", "actor", "protocol", "extension", "typealias"]
        guard typeKeywords.contains(keyword) || ["var", "let", "case"].contains(keyword) else { return nil }
        let rest = words[words.index(after: words.startIndex)]
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "`" || $0 == "." }
        guard !name.isEmpty, !name.hasPrefix(".") else { return nil }
        return (name.replacingOccurrences(of: "`", with: ""), keyword != "typealias" && typeKeywords.contains(keyword))
    }

    /// The elements of `values` that occur more than once, in first-occurrence order.
    static func duplicates(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        var repeated: [String] = []
        for value in values where !seen.insert(value).inserted && !repeated.contains(value) {
            repeated.append(value)
        }
        return repeated
    }

    // MARK: - Files

    /// A fresh empty folder under the temporary directory, removed when the test ends.
    static func temporaryDirectory(for test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("GeneratorKitTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock {
            try? FileManager.default.removeItem(at: url)
        }
        return url
    }

    /// Every regular file under `folder`, as paths relative to it, sorted.
    static func listFiles(_ folder: URL) -> [String] {
        let base = folder.standardizedFileURL.path + "/"
        guard
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.standardizedFileURL.path
            paths.append(path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path)
        }
        return paths.sorted()
    }
}
