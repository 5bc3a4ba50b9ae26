import Foundation
import GeneratorKit

enum CommandLineTool {
    static let usage = """
        USAGE: generator generate --schema <path> --output <folder> [--check] [--strict]
               generator --help | --version

        Generates Swift models, request builders, error-code enums and client namespaces from an
        OpenAPI 3.0/3.1 JSON document.

        OPTIONS:
          --schema <path>     The OpenAPI document (JSON).
          --output <folder>   Where the generated files go. Only files the generator wrote before are
                              replaced or deleted; nothing is written when the schema has errors.
          --check             Write nothing; exit 1 listing the files that differ from a fresh generation.
          --strict            Treat warnings (left-out operations or parameters) as errors.

        EXIT STATUS: 0 success, 1 schema errors or stale files, 2 usage errors.
        """

    struct UsageError: Error {
        var message: String
    }

    struct Options {
        var schema: String
        var output: String
        var check = false
        var strict = false
    }

    static func run(_ arguments: [String]) -> Int32 {
        if arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
            print(usage)
            return 0
        }
        if arguments == ["--version"] {
            print(GeneratorVersion.current)
            return 0
        }
        let options: Options
        do {
            options = try parse(arguments)
        } catch {
            printError("error: \(error.message)\n\n\(usage)")
            return 2
        }
        return generate(options)
    }

    static func parse(_ arguments: [String]) throws(UsageError) -> Options {
        guard arguments.first == "generate" else {
            throw UsageError(message: arguments.isEmpty ? "missing subcommand" : "unknown subcommand '\(arguments[0])'")
        }
        var schema: String?
        var output: String?
        var check = false
        var strict = false
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--schema", "--output":
                guard let value = rest.popFirst(), !value.hasPrefix("--") else {
                    throw UsageError(message: "\(argument) needs a value")
                }
                if argument == "--schema" { schema = value } else { output = value }
            case "--check": check = true
            case "--strict": strict = true
            default: throw UsageError(message: "unknown option '\(argument)'")
            }
        }
        guard let schema else { throw UsageError(message: "missing --schema") }
        guard let output else { throw UsageError(message: "missing --output") }
        return Options(schema: schema, output: output, check: check, strict: strict)
    }

    static func generate(_ options: Options) -> Int32 {
        guard let data = FileManager.default.contents(atPath: options.schema) else {
            printError("\(options.schema): error: cannot read the schema file")
            return 1
        }
        let source = SourceText(fileName: options.schema, bytes: Array(data))
        let result: Pipeline.Result
        do {
            result = try Pipeline.generate(source, options: Translator.Options(strict: options.strict))
        } catch {
            printError(error.description)
            let count = error.diagnostics.filter { $0.severity == .error }.count
            printError("generation failed with \(count) error\(count == 1 ? "" : "s"); nothing was written")
            return 1
        }
        for warning in result.warnings { printError(warning.description) }
        let writer = OutputWriter(outputDirectory: URL(fileURLWithPath: options.output))
        if options.check {
            let stale = writer.staleFiles(result.files)
            guard stale.isEmpty else {
                printError(
                    "\(stale.count) generated file\(stale.count == 1 ? " is" : "s are") stale in \(options.output); run `make generate`:"
                )
                for path in stale { printError("  \(path)") }
                return 1
            }
            print("\(result.files.count) generated files are up to date")
            return 0
        }
        do {
            let summary = try writer.write(result.files)
            print(
                "generated \(result.files.count) files: \(summary.written.count) written, \(summary.unchanged.count) unchanged, \(summary.deleted.count) deleted"
            )
            return 0
        } catch {
            printError(error.description)
            return 1
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
