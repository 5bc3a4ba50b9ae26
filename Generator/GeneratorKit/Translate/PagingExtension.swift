/// `x-paging` on an operation: paging declared where the conventions cannot find it, or switched off.
///
///     x-paging:
///       style: cursor          # cursor | page | offset | link
///       request: page_token    # the argument the sequence sets (cursor, page or offset); not for link
///       size: max_results      # optional page-size argument, taken as `pageSize`
///       response: meta.next    # cursor only: dotted path to the next cursor in the response
///       items: data.entries    # optional dotted path to the list ("" for a response that is the list)
///       hasMore: meta.more     # optional flag; total, totalPages: optional counts (page and offset)
///       firstPage: 0           # page only; default 1
///
/// `x-paging: false` gives an operation that matches a convention no paged method. Names are wire names
/// (the parameter's `name`, the property's JSON key). Declared paging beats detection; a bad value is an
/// error located at the value.
enum PagingExtension {
    static let key = "x-paging"

    enum Reading {
        case absent
        case disabled
        case declared(PagingRule)
        case invalid([Diagnostic])
    }

    private static let styles = ["cursor", "page", "offset", "link"]
    private static let keys = [
        "style", "request", "size", "response", "items", "hasMore", "total", "totalPages", "firstPage",
    ]

    static func read(
        _ source: Operation, operation: OperationDeclaration, shape: PagingResponseShape, resolver: ReferenceResolver
    ) -> Reading {
        guard let node = source.extensions[key] else { return .absent }
        let pointer = source.origin.pointer.appending(key)
        func error(_ message: String, _ node: JSONNode, _ member: String? = nil) -> Diagnostic {
            let at = member.map { pointer.appending($0) } ?? pointer
            return resolver.error(
                "`\(key)`\(member.map { ".\($0)" } ?? ""): \(message)",
                at: Origin(pointer: at, offset: node.offset, file: source.origin.file))
        }
        if node.bool == false { return .disabled }
        guard let object = node.object else {
            return .invalid([error("expected an object (or false), found \(node.typeName)", node)])
        }
        var errors: [Diagnostic] = []
        for member in object.members where !keys.contains(member.key) {
            errors.append(
                error("unknown key; expected one of \(keys.joined(separator: ", "))", member.value, member.key))
        }
        func text(_ member: String) -> String? {
            guard let value = object[member] else { return nil }
            guard let string = value.string else {
                errors.append(error("expected a string, found \(value.typeName)", value, member))
                return nil
            }
            return string
        }
        guard let styleNode = object["style"] else {
            return .invalid(errors + [error("`style` is required: one of \(styles.joined(separator: ", "))", node)])
        }
        guard let style = text("style"), styles.contains(style) else {
            if styleNode.string != nil {
                errors.append(error("expected one of \(styles.joined(separator: ", "))", styleNode, "style"))
            }
            return .invalid(errors)
        }
        guard let list = listPath(text("items"), object["items"], whole: node, shape, operation, &errors, error) else {
            return .invalid(errors)
        }
        var rule = PagingRule(style: .cursor, items: list.path, itemType: list.element)
        let arguments = operation.clientMethod.arguments
        func argument(_ member: String, _ accepts: (TypeUsage) -> Bool, _ expected: String) -> PropertyDeclaration? {
            guard let name = text(member), let node = object[member] else { return nil }
            guard let found = arguments.first(where: { $0.jsonKey == name || $0.swiftName == name }) else {
                errors.append(error("'\(name)' names no argument of the operation", node, member))
                return nil
            }
            guard accepts(shape.resolved(found.type)), found.isOptional else {
                errors.append(error("'\(name)' must be an optional \(expected) argument", node, member))
                return nil
            }
            return found
        }
        func path(_ member: String, _ accepts: (TypeUsage) -> Bool, _ expected: String) -> [PropertyDeclaration]? {
            guard let dotted = text(member), let node = object[member] else { return nil }
            guard let found = shape.path(in: list.root, dotted: dotted), let last = found.last,
                accepts(shape.resolved(last.type))
            else {
                errors.append(error("'\(dotted)' names no \(expected) field of the response", node, member))
                return nil
            }
            return found
        }
        let isInteger = PagingResponseShape.isInteger
        rule.size = argument("size", isInteger, "integer")
        rule.hasMore = path("hasMore", { $0 == .bool }, "boolean")
        switch style {
        case "cursor":
            rule.position = argument("request", { $0 == .string }, "string")
            rule.next = path("response", { $0 == .string }, "string") ?? []
            if object["request"] == nil { errors.append(error("`request` is required for cursor paging", node)) }
            if object["response"] == nil { errors.append(error("`response` is required for cursor paging", node)) }
        case "page", "offset":
            rule.position = argument("request", isInteger, "integer")
            if object["request"] == nil { errors.append(error("`request` is required for \(style) paging", node)) }
            rule.totalItems = path("total", isInteger, "integer")
            rule.totalPages = path("totalPages", isInteger, "integer")
            var firstPage = 1
            if let first = object["firstPage"] {
                if style == "page", let literal = first.numberLiteral, let value = Int(literal), value >= 0 {
                    firstPage = value
                } else {
                    errors.append(error("expected a page number (0 or more) of page paging", first, "firstPage"))
                }
            }
            rule.style = style == "page" ? .pages(firstPage: firstPage) : .offset
        default:
            rule.style = .link
            for member in ["request", "response"] where object[member] != nil {
                errors.append(
                    error("not used by link paging, which follows the `Link` header", object[member]!, member))
            }
        }
        return errors.isEmpty ? .declared(rule) : .invalid(errors)
    }

    /// The declared list, or the detected one when `items` is absent.
    private static func listPath(
        _ dotted: String?, _ node: JSONNode?, whole: JSONNode, _ shape: PagingResponseShape,
        _ operation: OperationDeclaration, _ errors: inout [Diagnostic],
        _ error: (String, JSONNode, String?) -> Diagnostic
    ) -> PagingResponseShape.List? {
        guard case .json(let type) = operation.response else {
            errors.append(error("the operation's success response is not JSON", whole, nil))
            return nil
        }
        guard let node else {
            guard let detected = shape.list(of: operation.response) else {
                errors.append(error("the response has no list the rules find; name it with `items`", whole, nil))
                return nil
            }
            return detected
        }
        guard let dotted else { return nil }
        if dotted.isEmpty {
            guard case .array(let element) = shape.resolved(type) else {
                errors.append(error("the response is not a list", node, "items"))
                return nil
            }
            return PagingResponseShape.List(path: [], element: element, root: nil)
        }
        let root = shape.structure(type)
        guard let found = shape.path(in: root, dotted: dotted), let last = found.last,
            case .array(let element) = shape.resolved(last.type)
        else {
            errors.append(error("'\(dotted)' names no list of the response", node, "items"))
            return nil
        }
        return PagingResponseShape.List(path: found, element: element, root: root)
    }
}
