import Foundation
import WixMedia

/// Paths into a `JSONValue`, to make variants of a sample one member at a time.
extension JSONValue {
    /// One step of a path: an object member or an array element.
    enum Step: Hashable {
        case key(String)
        case index(Int)
    }

    static func parse(_ text: String) throws -> JSONValue {
        try parse(Data(text.utf8))
    }

    static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// `path` written as `DecodingProblem.path` writes it: `$.a[0].b`.
    static func describe(_ path: [Step]) -> String {
        path.reduce(into: "$") { text, step in
            switch step {
            case .key(let key): text += "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
    }

    /// The path of every value below the root, parents before their children.
    func memberPaths(below prefix: [Step] = []) -> [[Step]] {
        switch self {
        case .object(let members):
            members.keys.sorted().flatMap { key in
                [prefix + [.key(key)]] + members[key]!.memberPaths(below: prefix + [.key(key)])
            }
        case .array(let elements):
            elements.indices.flatMap { index in
                [prefix + [.index(index)]] + elements[index].memberPaths(below: prefix + [.index(index)])
            }
        default:
            []
        }
    }

    /// The value at `path`; nil when a step is missing.
    subscript(_ path: [Step]) -> JSONValue? {
        guard let step = path.first else { return self }
        switch (self, step) {
        case (.object(let members), .key(let key)): return members[key]?[Array(path.dropFirst())]
        case (.array(let elements), .index(let index)) where elements.indices.contains(index):
            return elements[index][Array(path.dropFirst())]
        default: return nil
        }
    }

    /// A copy with the value at `path` replaced by `value`, or removed when `value` is nil.
    func replacing(_ path: [Step], with value: JSONValue?) -> JSONValue {
        guard let step = path.first else { return value ?? .null }
        let rest = Array(path.dropFirst())
        switch (self, step) {
        case (.object(var members), .key(let key)):
            if rest.isEmpty, value == nil {
                members[key] = nil
            } else if let member = members[key] {
                members[key] = member.replacing(rest, with: value)
            }
            return .object(members)
        case (.array(var elements), .index(let index)) where elements.indices.contains(index):
            if rest.isEmpty, value == nil {
                elements.remove(at: index)
            } else {
                elements[index] = elements[index].replacing(rest, with: value)
            }
            return .array(elements)
        default:
            return self
        }
    }

    /// A copy without the value at `path`.
    func removing(_ path: [Step]) -> JSONValue {
        replacing(path, with: nil)
    }
}
