import Foundation
import PackagePlugin

/// One generator run: a target's OpenAPI document and the folder its code goes to.
struct GenerationJob {
    /// The file names a target's document may have, in the order they are looked for.
    static let documentNames = ["openapi.yaml", "openapi.yml", "openapi.json"]
    /// The folder, inside the target's directory, that receives the generated code.
    static let outputFolder = "Generated"

    var targetName: String
    var document: URL
    var output: URL

    /// `Sources/PetStoreKit/Generated`: the output relative to the package, for messages.
    var relativeOutput: String

    /// The jobs for the targets named, each of which must hold a document; with no names, for every target that
    /// holds one, of which there must be at least one.
    static func jobs(in package: Package, targetNames: [String]) throws -> [GenerationJob] {
        let targets = targetNames.isEmpty ? package.targets : try package.targets(named: targetNames)
        var jobs: [GenerationJob] = []
        for target in targets {
            // `Target.directoryURL` needs tools 6.1, and 6.0 deprecates `Path.string`; the package supports 6.0,
            // so the path is read through `CustomStringConvertible`, which is the same string.
            let directory = URL(fileURLWithPath: String(describing: target.directory), isDirectory: true)
            guard let document = try document(in: directory, targetName: target.name) else {
                if !targetNames.isEmpty { throw PluginError.noDocument(target: target.name) }
                continue
            }
            let output = directory.appendingPathComponent(outputFolder, isDirectory: true)
            jobs.append(
                GenerationJob(
                    targetName: target.name, document: document, output: output,
                    relativeOutput: relativePath(of: output, in: package.directoryURL)))
        }
        guard !jobs.isEmpty else { throw PluginError.noDocumentInPackage(package: package.displayName) }
        // Package order is the manifest's; sorting keeps the run's output the same whatever it is.
        return jobs.sorted { $0.targetName < $1.targetName }
    }

    /// The target's document; nil when it has none, an error when it has more than one.
    private static func document(in directory: URL, targetName: String) throws -> URL? {
        let found = documentNames.map { directory.appendingPathComponent($0) }.filter {
            FileManager.default.fileExists(atPath: $0.path)
        }
        guard found.count <= 1 else {
            throw PluginError.severalDocuments(target: targetName, names: found.map(\.lastPathComponent))
        }
        return found.first
    }

    private static func relativePath(of url: URL, in directory: URL) -> String {
        let base = directory.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(base + "/") else { return path }
        return String(path.dropFirst(base.count + 1))
    }

    /// Runs the generator with its standard error and output passed through (its diagnostics name
    /// file:line:column of the document); returns its exit status.
    func run(generator: URL, check: Bool) throws -> Int32 {
        let process = Process()
        process.executableURL = generator
        process.arguments =
            ["generate", "--schema", document.path, "--output", output.path] + (check ? ["--check"] : [])
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
