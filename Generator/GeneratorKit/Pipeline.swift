/// The whole generation, from schema bytes to file contents, with no file-system access.
public enum Pipeline {
    public struct Result: Sendable {
        public var files: [GeneratedFile]
        public var warnings: [Diagnostic]
        public var model: SwiftModel
    }

    public static func generate(_ source: SourceText, options: Translator.Options = .init()) throws(GenerationFailure)
        -> Result
    {
        let document: OpenAPIDocument
        do {
            document = try DocumentReader.read(source)
        } catch {
            throw GenerationFailure([error])
        }
        let model = try Translator.translate(document, options: options)
        let schemaName = source.fileName.split(separator: "/").last.map(String.init) ?? source.fileName
        return Result(
            files: FileLayout.render(model, schemaFileName: schemaName), warnings: model.warnings, model: model)
    }
}
