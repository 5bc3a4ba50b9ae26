import PackagePlugin

/// The plugin's own arguments: `--target NAME` (repeatable) and `--check`; anything else is refused, so that a
/// misspelt flag cannot silently regenerate instead of checking.
struct PluginRequest {
    var targetNames: [String]
    var check: Bool

    static let usage = "usage: swift package generate-openapi-code [--target NAME …] [--check]"

    init(_ arguments: [String]) throws(PluginError) {
        var extractor = ArgumentExtractor(arguments)
        targetNames = extractor.extractOption(named: "target")
        check = extractor.extractFlag(named: "check") > 0
        guard extractor.remainingArguments.isEmpty else {
            throw .unknownArguments(extractor.remainingArguments)
        }
    }
}
