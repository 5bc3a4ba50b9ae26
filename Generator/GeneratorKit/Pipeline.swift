/// The whole generation, from schema bytes to file contents, with no file-system access.
public enum Pipeline {
    public struct Result: Sendable {
        public var files: [GeneratedFile]
        public var warnings: [Diagnostic]
        public var model: SwiftModel
        /// Every file the generation read, the root document first: a change to any of them can change
        /// the output, so all count for staleness.
        public var inputFiles: [String]
        /// The root document's file name, without its folder, as the generated headers name it.
        public var schemaFileName: String

        /// The same code as one file named `fileName` (`FileLayout.renderSingleFile`).
        public func singleFile(named fileName: String) -> GeneratedFile {
            FileLayout.renderSingleFile(model, schemaFileName: schemaFileName, fileName: fileName)
        }
    }

    /// Generates from `source`; `loader` reads the other files its `$ref`s lead into (none by default),
    /// relative to the file holding each `$ref` and inside `source`'s directory.
    public static func generate(
        _ source: SourceText, options: Translator.Options = .init(),
        loader: any DocumentLoader = SingleFileDocumentLoader()
    ) throws(GenerationFailure) -> Result {
        let document: OpenAPIDocument
        do {
            document = try DocumentReader.read(source)
        } catch {
            throw GenerationFailure([error])
        }
        let resolver = ReferenceResolver(document: document, loader: loader)
        let model = try Translator.translate(document, options: options, resolver: resolver)
        let schemaName = source.fileName.split(separator: "/").last.map(String.init) ?? source.fileName
        return Result(
            files: FileLayout.render(model, schemaFileName: schemaName), warnings: model.warnings, model: model,
            inputFiles: resolver.filesRead, schemaFileName: schemaName)
    }
}
