import Foundation
import PackagePlugin

/// `swift package generate-openapi-code [--target NAME …] [--check]`: runs the generator for each target that
/// holds an OpenAPI document, writing into the target's `Generated` folder, or (with `--check`) failing when that
/// committed code is stale.
///
/// The convention: a target's directory holds one `openapi.yaml`, `openapi.yml` or `openapi.json`, and
/// optionally `openapi.swift-config.json` beside it (names, access level, type-name prefix; the generator
/// finds it by itself). The code goes to `<target>/Generated`, which the generator owns: it replaces or
/// deletes only the files it wrote there.
@main
struct GenerateOpenAPICode: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let request = try PluginRequest(arguments)
        let jobs = try GenerationJob.jobs(in: context.package, targetNames: request.targetNames)
        let generator = try context.tool(named: "generator").url
        var failed: [String] = []
        for job in jobs {
            print("\(job.targetName): \(job.document.lastPathComponent) → \(job.relativeOutput)")
            let status = try job.run(generator: generator, check: request.check)
            if status != 0 { failed.append(job.targetName) }
        }
        guard failed.isEmpty else {
            throw PluginError.generatorFailed(targets: failed, check: request.check)
        }
    }
}
