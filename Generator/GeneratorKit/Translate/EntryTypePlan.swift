/// Decides the document's entry type: `PetstoreAPI(client:)`, one property per client namespace, so that a
/// user of any document starts from one value (`api.pets.listPets()`) over the runtime's `APIClient`.
///
/// Its name is allocated last, after every schema, request builder, error-code enum and client: a name the
/// document uses keeps it, and the entry type takes the next free one (`PetstoreAPI2`).
enum EntryTypePlan {
    /// The stored property and initializer label of the sender.
    static let senderName = "client"

    static func declare(
        document: OpenAPIDocument, choice: GeneratorConfiguration.EntryType, clients: [ClientDeclaration],
        types: TypeTranslator, overrides: NameOverrides, diagnostics: DiagnosticCollector
    ) -> EntryTypeDeclaration? {
        guard !clients.isEmpty else { return nil }
        let candidate: String
        switch choice {
        case .omitted:
            return nil
        case .named(let name, _):
            candidate = name
        case .derived:
            candidate = derivedName(title: document.title)
        }
        let name = types.reserveTopLevelName(candidate)
        if case .named(let chosen, let location) = choice, name != types.typeNamePrefix + chosen {
            diagnostics.warn(
                Diagnostic(
                    .warning, "the entry type name '\(chosen)' is taken; the entry type is '\(name)'", at: location))
        }
        let propertyNames = Naming.uniqued(clients.map(\.propertyName), reserved: [senderName])
        let title = document.title.trimmed.isEmpty ? "The API" : document.title.trimmed
        let version = document.version.trimmed.isEmpty ? "" : ", version \(document.version.trimmed)"
        // `init` and `self` are the entry type's own; the factories are static, but share the properties' namespace.
        let factories = SecuritySchemePlan.factories(
            document: document, overrides: overrides, reserved: Set(propertyNames + [senderName, "init", "self"]),
            diagnostics: diagnostics)
        return EntryTypeDeclaration(
            name: name, senderName: senderName,
            documentation: Documentation(
                summary: "\(title)\(version): the operations by tag, over a client that sends them.",
                details: "Create it over an `APIClient` configured with the server's URL and credentials,\n"
                    + "or over any other `APIRequestSender`, such as a fake in tests."),
            members: zip(propertyNames, clients).map { propertyName, client in
                EntryTypeDeclaration.Member(
                    propertyName: propertyName, clientName: client.name, documentation: client.documentation)
            }, authenticationFactories: factories)
    }

    /// `info.title` as a type name ending in `API`: `Swagger Petstore` → `SwaggerPetstoreAPI`; a title that
    /// already ends so keeps its ending (`GitHub REST API` → `GitHubRESTAPI`), and one without words is `API`.
    static func derivedName(title: String) -> String {
        guard title.contains(where: { $0.isLetter || $0.isNumber }) else { return "API" }
        let base = Naming.typeName(title)
        return base.hasSuffix("API") || base.hasSuffix("Api") ? base : base + "API"
    }
}
