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
        }
    }
}
