/// The application error codes an operation can return, gathered from every place a document states them:
///
/// 1. the operation's own `x-wix-error-codes` (`[{code, httpStatus, description}]`);
/// 2. the same extension on each error response it declares, typically a shared one in
///    `components/responses`, so that codes common to a status (Wix's `NOT_FOUND` for 404) are written once
///    and reach every operation that declares the status;
/// 3. an error response's schema whose `code` property (at the top, or in Wix's
///    `details.applicationError.code`) is a string `enum`: any API can type its codes without an extension;
///    or whose discriminator is that property (the mapping's values, and the component name of each
///    alternative the mapping does not name); or a `oneOf`/`anyOf` of error schemas, each with its codes.
///
/// A code is listed once, with its first description: the operation's own words win over shared ones.
struct ErrorCodeCollector {
    static let extensionName = "x-wix-error-codes"
    /// Where an error body's code can be, as property paths from the body's schema.
    private static let codePaths = [["code"], ["details", "applicationError", "code"]]

    let resolver: ReferenceResolver

    func codes(of operation: Operation) throws(Diagnostic) -> [ErrorCodeDeclaration] {
        // The operation's own list comes first, so that its descriptions win.
        var codes = try listed(
            operation.extensions[Self.extensionName], pointer: operation.origin.pointer, status: nil)
        for (status, referable) in operation.responses where Self.isError(status) {
            let response = try resolver.response(referable)
            codes += try listed(
                response.extensions[Self.extensionName], pointer: response.origin.pointer,
                status: Int(status))
            codes += try enumerated(in: response, status: Int(status))
        }
        return Self.merged(codes)
    }

    /// One declaration per code, the first one. A status taken from the response (an entry without
    /// `httpStatus`, or a schema's `enum`) is dropped when another response gives the same code another
    /// status: a shared error schema does not say which of its statuses a code comes with.
    private static func merged(_ codes: [Found]) -> [ErrorCodeDeclaration] {
        var merged: [ErrorCodeDeclaration] = []
        var indices: [String: Int] = [:]
        var inferred: Set<String> = []
        for found in codes {
            guard let index = indices[found.declaration.code] else {
                indices[found.declaration.code] = merged.count
                merged.append(found.declaration)
                if found.statusIsInferred { inferred.insert(found.declaration.code) }
                continue
            }
            if inferred.contains(found.declaration.code), merged[index].httpStatus != found.declaration.httpStatus {
                merged[index].httpStatus = nil
            }
        }
        return merged
    }

    /// A code and whether its status is the response's rather than written beside it.
    private struct Found {
        var declaration: ErrorCodeDeclaration
        var statusIsInferred: Bool
    }

    /// Statuses that are not successes: 4xx, 5xx, their `4XX` ranges and `default`.
    private static func isError(_ status: String) -> Bool {
        !(status.hasPrefix("1") || status.hasPrefix("2") || status.hasPrefix("3"))
    }

    /// The entries of an `x-wix-error-codes` list; an entry without `httpStatus` takes the response's status.
    private func listed(_ list: JSONNode?, pointer: JSONPointer, status: Int?) throws(Diagnostic) -> [Found] {
        guard let list else { return [] }
        let cursor = NodeCursor(
            node: list, pointer: pointer.appending(Self.extensionName), source: resolver.document.source)
        return try cursor.elements().map { (entry: NodeCursor) throws(Diagnostic) -> Found in
            let listedStatus = entry.child("httpStatus")?.node.numberLiteral.flatMap { Int($0) }
            return Found(
                declaration: ErrorCodeDeclaration(
                    code: try entry.requiredString("code"), httpStatus: listedStatus ?? status,
                    documentation: Documentation(summary: try entry.string("description"))),
                statusIsInferred: listedStatus == nil)
        }
    }

    /// The codes that the code property of the response's JSON body schema enumerates.
    private func enumerated(in response: Response, status: Int?) throws(Diagnostic) -> [Found] {
        guard let content = response.content.first(where: { Self.isJSON($0.mediaType) }),
            let body = content.schema
        else { return [] }
        for path in Self.codePaths {
            guard let codes = try enumeratedCodes(at: path[...], in: body, depth: 0) else { continue }
            return Self.uniqued(codes).map {
                Found(
                    declaration: ErrorCodeDeclaration(code: $0, httpStatus: status, documentation: Documentation()),
                    statusIsInferred: true)
            }
        }
        return []
    }

    /// How deep alternatives of alternatives are followed: a schema that lists itself must not loop.
    private static let maximumDepth = 16

    /// The codes at `path` below `schema`: the string `enum` there, the discriminator values when `schema`'s
    /// discriminator is the code property, or all the codes of its `oneOf`/`anyOf` alternatives (and of the
    /// first `allOf` part that has any); nil when nothing there enumerates codes.
    private func enumeratedCodes(at path: ArraySlice<String>, in schema: Schema, depth: Int) throws(Diagnostic)
        -> [String]?
    {
        guard depth < Self.maximumDepth else { return nil }
        let current = try resolved(schema)
        guard let name = path.first else { return current.enumValues.map { $0.compactMap(\.string) } }
        if path.count == 1, let discriminator = current.discriminator, discriminator.propertyName == name {
            return discriminatorValues(discriminator, alternatives: current.oneOf + current.anyOf)
        }
        if let property = current.properties.first(where: { $0.name == name })?.schema,
            let codes = try enumeratedCodes(at: path.dropFirst(), in: property, depth: depth + 1)
        {
            return codes
        }
        var alternativeCodes: [String]?
        for alternative in current.oneOf + current.anyOf {
            if let codes = try enumeratedCodes(at: path, in: alternative, depth: depth + 1) {
                alternativeCodes = (alternativeCodes ?? []) + codes
            }
        }
        if let alternativeCodes { return alternativeCodes }
        for part in current.allOf {
            if let codes = try enumeratedCodes(at: path, in: part, depth: depth + 1) { return codes }
        }
        return nil
    }

    /// The mapping's values, then — as OpenAPI defines the implicit value — the component name of each
    /// alternative that no mapping entry leads to.
    private func discriminatorValues(_ discriminator: Schema.Discriminator, alternatives: [Schema]) -> [String] {
        let targets = Set(discriminator.mapping.map(\.target))
        let implicit = alternatives.compactMap { alternative -> String? in
            guard let reference = alternative.reference, let name = resolver.componentSchemaName(reference),
                !targets.contains(reference.target), !targets.contains(name)
            else { return nil }
            return name
        }
        return discriminator.mapping.map(\.value) + implicit
    }

    private static func uniqued(_ codes: [String]) -> [String] {
        var seen: Set<String> = []
        return codes.filter { seen.insert($0).inserted }
    }

    private func resolved(_ schema: Schema) throws(Diagnostic) -> Schema {
        guard let reference = schema.reference else { return schema }
        return try resolver.resolveSchema(reference)
    }

    private static func isJSON(_ mediaType: String) -> Bool {
        OperationTranslator.encodingIfSupported(of: mediaType) == .json
    }
}
