/// Why the plugin stopped; each message says what to do.
enum PluginError: Error, CustomStringConvertible {
    case unknownArguments([String])
    case noDocument(target: String)
    case noDocumentInPackage(package: String)
    case severalDocuments(target: String, names: [String])
    case generatorFailed(targets: [String], check: Bool)

    var description: String {
        let names = GenerationJob.documentNames.joined(separator: ", ")
        switch self {
        case .unknownArguments(let arguments):
            return "unknown arguments \(arguments.joined(separator: " ")); \(PluginRequest.usage)"
        case .noDocument(let target):
            return "target '\(target)' has no OpenAPI document; put one of \(names) in its directory"
        case .noDocumentInPackage(let package):
            return
                "no target of package '\(package)' has an OpenAPI document; put one of \(names) in a target's directory"
        case .severalDocuments(let target, let found):
            return "target '\(target)' has several OpenAPI documents (\(found.joined(separator: ", "))); keep one"
        case .generatorFailed(let targets, let check):
            let list = targets.joined(separator: ", ")
            // SwiftPM may print this error before the generator's own lines, so it points to them by what
            // they say, not by "above".
            return check
                ? "generated code is stale, or the document has errors, in: \(list) (the generator's messages list "
                    + "the stale files or the errors by file:line:column); regenerate with "
                    + "`swift package --allow-writing-to-package-directory generate-openapi-code`"
                : "the generator failed for: \(list) (its messages give each error's file:line:column); nothing "
                    + "was written for those targets"
        }
    }
}
