import Foundation
import GeneratorKit

enum CommandLineTool {
    static let usage = """
        USAGE: generator generate --schema <path> --output <folder> [--check] [--strict]
                                  [--baseline <path>] [--config <path>] [--single-file <name>]
               generator diff --old <path> --new <path> [--format text|markdown|json] [--fail-on-breaking]
               generator --help | --version

        Generates Swift models, request builders, error-code enums and client namespaces from an
        OpenAPI 3.0/3.1 JSON document, and reports what a schema change does to that Swift API.

        GENERATE OPTIONS:
          --schema <path>     The OpenAPI document (JSON or YAML). `$ref`s to other files beside it
                              (`common.yaml#/components/schemas/X`) are read too; all count for --check.
          --output <folder>   Where the generated files go. Only files the generator wrote before are
                              replaced or deleted; nothing is written when the schema has errors.
          --check             Write nothing; exit 1 listing the files that differ from a fresh generation.
          --strict            Treat warnings (left-out operations or parameters) as errors.
          --baseline <path>   An earlier version of the schema: the summary line also counts the
                              breaking and additive API changes since then.
          --config <path>     Names, access level and type-name prefix for the generated Swift (JSON).
                              Without it, <schema minus .json/.yaml>.swift-config.json is used if it
                              exists (diff uses the file next to each document the same way).
          --single-file <name>
                              All the code in one file <name> (ending in .swift) inside the output
                              folder, for builds that must name their outputs in advance.

        DIFF OPTIONS:
          --old <path>        The earlier version of the OpenAPI document.
          --new <path>        The later version.
          --format <format>   text (default), markdown (for pull requests) or json.
          --fail-on-breaking  Exit 1 when any change is breaking (source-breaking for users).

        EXIT STATUS: 0 success, 1 schema errors or stale files, 2 usage errors.
        `diff --fail-on-breaking` also exits 1 when a change is breaking.
        """

    struct UsageError: Error {
        var message: String
    }

    struct Options {
        var schema: String
        var output: String
        var check = false
        var strict = false
        var baseline: String?
        var config: String?
        var singleFile: String?
    }

    enum Command {
        case generate(Options)
        case diff(DiffCommand.Options)
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
        let command: Command
        do {
            command = try parse(arguments)
        } catch {
            printError("error: \(PrintableText.escaping(error.message))\n\n\(usage)")
            return 2
        }
        switch command {
        case .generate(let options): return generate(options)
        case .diff(let options): return DiffCommand.run(options)
        }
    }

    static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        switch arguments.first {
        case "generate": return .generate(try parseGenerate(arguments.dropFirst()))
        case "diff": return .diff(try DiffCommand.parse(arguments.dropFirst()))
        case nil: throw UsageError(message: "missing subcommand")
        case let subcommand?: throw UsageError(message: "unknown subcommand '\(subcommand)'")
        }
    }

    static func parseGenerate(_ arguments: ArraySlice<String>) throws(UsageError) -> Options {
        let parsed = try ParsedOptions(
            arguments, valueOptions: ["--schema", "--output", "--baseline", "--config", "--single-file"],
            flagOptions: ["--check", "--strict"])
        let options = Options(
            schema: try parsed.required("--schema"), output: try parsed.required("--output"),
            check: parsed.flags.contains("--check"), strict: parsed.flags.contains("--strict"),
            baseline: parsed.values["--baseline"], config: parsed.values["--config"],
            singleFile: parsed.values["--single-file"])
        if let name = options.singleFile, !name.hasSuffix(".swift") || name.contains("/") || name.hasPrefix(".") {
            throw UsageError(message: "--single-file takes a file name ending in .swift, without a folder: '\(name)'")
        }
        if options.check && options.baseline != nil {
            throw UsageError(message: "--baseline counts the changes --check would not write; use one of them")
        }
        return options
    }

    /// Reads and translates a schema, printing its errors and then `consequence` (unless `quiet`);
    /// nil when the schema cannot be used.
    static func translate(
        schemaAt path: String, configAt configPath: String? = nil, strict: Bool = false, quiet: Bool = false,
        consequence: String = "nothing was written"
    ) -> Pipeline.Result? {
        guard let data = FileManager.default.contents(atPath: path) else {
            if !quiet { printError("\(PrintableText.escaping(path)): error: cannot read the schema file") }
            return nil
        }
        // A named configuration must exist; the one next to the document is optional.
        let configFile = configPath ?? GeneratorConfiguration.defaultPath(forDocumentAt: path)
        let configData = FileManager.default.contents(atPath: configFile)
        if configPath != nil && configData == nil {
            if !quiet { printError("\(PrintableText.escaping(configFile)): error: cannot read the configuration file") }
            return nil
        }
        do throws(GenerationFailure) {
            var configuration = GeneratorConfiguration()
            if let configData {
                configuration = try GeneratorConfiguration.read(
                    SourceText(fileName: configFile, bytes: Array(configData)))
            }
            // `$ref`s to other files are read beside the schema (issue #12); none leave its directory.
            return try Pipeline.generate(
                SourceText(fileName: path, bytes: Array(data)),
                options: Translator.Options(strict: strict, configuration: configuration),
                loader: FileSystemDocumentLoader(rootFile: path))
        } catch {
            guard !quiet else { return nil }
            printError(error.description)
            let count = error.diagnostics.filter { $0.severity == .error }.count
            printError("generation failed with \(count) error\(count == 1 ? "" : "s"); \(consequence)")
            return nil
        }
    }

    static func generate(_ options: Options) -> Int32 {
        guard let result = translate(schemaAt: options.schema, configAt: options.config, strict: options.strict) else {
            return 1
        }
        for warning in result.warnings { printError(warning.description) }
        let files = options.singleFile.map { [result.singleFile(named: $0)] } ?? result.files
        let writer = OutputWriter(outputDirectory: URL(fileURLWithPath: options.output))
        if options.check {
            let stale = writer.staleFiles(files)
            guard stale.isEmpty else {
                printError(
                    "\(stale.count) generated file\(stale.count == 1 ? " is" : "s are") stale in \(PrintableText.escaping(options.output)); regenerate without --check:"
                )
                for path in stale { printError("  \(PrintableText.escaping(path))") }
                return 1
            }
            print("\(files.count) generated file\(files.count == 1 ? " is" : "s are") up to date\(inputSuffix(result))")
            return 0
        }
        do {
            let summary = try writer.write(files)
            print(
                "generated \(files.count) file\(files.count == 1 ? "" : "s"): \(summary.written.count) written, \(summary.unchanged.count) unchanged, \(summary.deleted.count) deleted"
                    + inputSuffix(result)
                    + (options.baseline.map { DiffCommand.summarySuffix(baseline: $0, current: result.model) } ?? "")
            )
            return 0
        } catch {
            printError(error.description)
            return 1
        }
    }

    /// ` (from 3 schema files)` when the schema's `$ref`s led into other files, all of which the output
    /// (and so `--check`) depends on.
    static func inputSuffix(_ result: Pipeline.Result) -> String {
        result.inputFiles.count > 1 ? " (from \(result.inputFiles.count) schema files)" : ""
    }

    /// Writes `text` and a line break to standard error. Text taken from a document or the command line goes
    /// through `PrintableText` first (diagnostics do so themselves), so that one message stays one line.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
