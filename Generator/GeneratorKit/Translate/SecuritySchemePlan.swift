/// Turns `components.securitySchemes` into the entry type's authentication factories
/// (`PetstoreAPI.apiKeyAuth(key)`), so the header or query name a scheme uses is written once, by the
/// generator, instead of by every user who read the document.
///
/// A scheme the runtime's `Authentication` cannot express (an API key in a cookie, HTTP schemes other than
/// `bearer` and `basic`, mutual TLS) gets no factory and a located warning: users build those with
/// `.custom(_:)`.
enum SecuritySchemePlan {
    typealias Factory = EntryTypeDeclaration.AuthenticationFactory

    static let schemesPointer = JSONPointer.root.appending("components").appending("securitySchemes")

    /// One factory per supported scheme, in document order, named from the scheme's name (or its
    /// `x-swift-name`) and unique among the entry type's members (`reserved`).
    static func factories(
        document: OpenAPIDocument, overrides: NameOverrides, reserved: Set<String>, diagnostics: DiagnosticCollector
    ) -> [Factory] {
        guard let schemes = document.root.node(at: schemesPointer)?.object else { return [] }
        var planned: [(name: String, credential: Factory.Credential, documentation: Documentation)] = []
        for member in schemes.members {
            let pointer = schemesPointer.appending(member.key)
            let location = document.source.location(ofOffset: member.value.offset, pointer: pointer)
            let warn = { (reason: String) in
                diagnostics.warn(
                    .warning(
                        "security scheme '\(member.key)' gets no authentication factory: \(reason); "
                            + "use Authentication.custom(_:)", at: location))
            }
            guard let scheme = resolved(member.value, in: document)?.object else {
                warn("it is not an object, or a reference within this document to one")
                continue
            }
            switch credential(of: scheme) {
            case .success(let credential):
                let name = overrides.entry(at: pointer)?.swiftName ?? Naming.memberName(member.key)
                planned.append(
                    (name, credential, documentation(schemeName: member.key, credential: credential, scheme: scheme)))
            case .failure(let reason):
                warn(reason.text)
            }
        }
        let names = Naming.uniqued(planned.map(\.name), reserved: reserved)
        return zip(names, planned).map { name, plan in
            Factory(methodName: name, credential: plan.credential, documentation: plan.documentation)
        }
    }

    /// A scheme written in place, or a `#/…` reference to one in the same document.
    private static func resolved(_ node: JSONNode, in document: OpenAPIDocument) -> JSONNode? {
        guard let reference = node.object?["$ref"]?.string else { return node }
        guard reference.hasPrefix("#"), let pointer = JSONPointer(fragment: reference) else { return nil }
        return document.root.node(at: pointer)
    }

    struct Unsupported: Error {
        var text: String
    }

    private static func credential(of scheme: JSONObject) -> Result<Factory.Credential, Unsupported> {
        let type = scheme["type"]?.string ?? ""
        switch type {
        case "apiKey":
            guard let name = scheme["name"]?.string, !name.isEmpty else {
                return .failure(Unsupported(text: "an apiKey scheme needs a 'name'"))
            }
            switch scheme["in"]?.string {
            case "header": return .success(.apiKeyHeader(name: name))
            case "query": return .success(.apiKeyQuery(name: name))
            case "cookie": return .failure(Unsupported(text: "an API key in a cookie is not supported"))
            default: return .failure(Unsupported(text: "an apiKey scheme's 'in' must be header, query or cookie"))
            }
        case "http":
            let name = scheme["scheme"]?.string ?? ""
            // RFC 7235: auth-scheme names are case-insensitive.
            switch name.lowercased() {
            case "bearer": return .success(.bearer)
            case "basic": return .success(.basic)
            default: return .failure(Unsupported(text: "the HTTP scheme '\(name)' is not supported"))
            }
        case "oauth2", "openIdConnect":
            // Obtaining the token is the user's; the request carries it as a bearer token.
            return .success(.bearer)
        default:
            return .failure(Unsupported(text: "the type '\(type)' is not supported"))
        }
    }

    private static func documentation(
        schemeName: String, credential: Factory.Credential, scheme: JSONObject
    ) -> Documentation {
        let subject = "The `\(schemeName)` security scheme"
        let summary: String
        switch credential {
        case .apiKeyHeader(let name): summary = "\(subject): the API key in the header `\(name)`."
        case .apiKeyQuery(let name): summary = "\(subject): the API key in the query item `\(name)`."
        case .basic: summary = "\(subject): HTTP Basic authentication with a username and password."
        case .bearer:
            let format = scheme["bearerFormat"]?.string.map { " (\($0))" } ?? ""
            let kind =
                switch scheme["type"]?.string {
                case "oauth2": "an OAuth 2 access token"
                case "openIdConnect": "an OpenID Connect token"
                default: "a token"
                }
            summary = "\(subject): \(kind)\(format) in `Authorization: Bearer`."
        }
        return Documentation(summary: summary, details: scheme["description"]?.string)
    }
}
