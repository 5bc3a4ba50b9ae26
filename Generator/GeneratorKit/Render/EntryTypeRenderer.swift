/// Renders a document's entry type (`PetstoreAPI`): a sender and one property per client namespace.
enum EntryTypeRenderer {
    static func render(_ entry: EntryTypeDeclaration, into printer: inout SwiftPrinter) {
        printer.documentation(entry.documentation)
        let sender = SwiftSpelling.identifier(entry.senderName)
        printer.block("public struct \(entry.name): Sendable") { body in
            body.line("/// Sends the requests: an `APIClient`, or any replacement for tests.")
            body.line("public let \(sender): any APIRequestSender")
            body.line()
            body.line("/// Creates the API over the client that sends its requests.")
            body.block("public init(\(entry.senderName): any APIRequestSender)") { initializer in
                initializer.line("\(SwiftSpelling.selfMember(entry.senderName)) = \(sender)")
            }
            for member in entry.members {
                body.line()
                body.documentation(member.documentation)
                body.line(
                    "public var \(SwiftSpelling.identifier(member.propertyName)): \(member.clientName) { "
                        + "\(member.clientName)(sender: \(SwiftSpelling.selfMember(entry.senderName))) }")
            }
            for factory in entry.authenticationFactories {
                body.line()
                render(factory, into: &body)
            }
        }
    }

    /// The runtime's type is spelled with its module: a document may declare a schema `Authentication`.
    private static let authenticationType = "\(ImportPlanner.runtimeModule).Authentication"

    private static func render(
        _ factory: EntryTypeDeclaration.AuthenticationFactory, into printer: inout SwiftPrinter
    ) {
        let parameters: String
        let value: String
        switch factory.credential {
        case .apiKeyHeader(let name):
            parameters = "_ key: String"
            value = ".apiKey(headerName: \(SwiftSpelling.stringLiteral(name)), value: key)"
        case .apiKeyQuery(let name):
            parameters = "_ key: String"
            value = ".apiKeyQuery(name: \(SwiftSpelling.stringLiteral(name)), value: key)"
        case .bearer:
            parameters = "_ token: String"
            value = ".bearer(token)"
        case .basic:
            parameters = "username: String, password: String"
            value = ".basic(username: username, password: password)"
        }
        printer.documentation(factory.documentation)
        printer.block(
            "public static func \(SwiftSpelling.identifier(factory.methodName))(\(parameters)) -> \(authenticationType)"
        ) { body in
            body.line(value)
        }
    }
}
