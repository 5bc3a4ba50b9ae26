import Foundation
import XCTest

/// One step into a JSON tree: a member name or an array index.
enum JSONPathElement: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, CustomStringConvertible {
    case member(String)
    case index(Int)

    init(stringLiteral value: String) { self = .member(value) }
    init(integerLiteral value: Int) { self = .index(value) }

    var description: String {
        switch self {
        case .member(let name): name
        case .index(let index): "[\(index)]"
        }
    }
}

/// JSON bytes parsed with `JSONSerialization`, independent of the library's own coding, for checking what is
/// really on the wire: a string stays a `String`, a number an `NSNumber`, `null` an `NSNull`.
struct WireJSON {
    let root: Any

    init(_ data: Data) throws {
        root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    /// The value at `path`, or `nil` when any step is missing.
    subscript(_ path: JSONPathElement...) -> Any? {
        value(at: path)
    }

    /// The value at `path` when it is a JSON string (not a number that happens to print the same).
    func string(_ path: JSONPathElement...) -> String? {
        value(at: path) as? String
    }

    /// The member names of the object at `path`.
    func keys(_ path: JSONPathElement...) -> Set<String>? {
        (value(at: path) as? [String: Any]).map { Set($0.keys) }
    }

    /// Whether the value at `path` is a JSON number.
    func isNumber(_ path: JSONPathElement...) -> Bool {
        guard let value = value(at: path), !(value is String), !(value is NSNull) else { return false }
        return value is NSNumber || value is Int || value is Double
    }

    /// The tree as canonical JSON text: sorted keys, unescaped slashes.
    var canonical: String {
        Self.canonical(root)
    }

    static func canonical(_ object: Any) -> String {
        guard JSONSerialization.isValidJSONObject(object),
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "<not JSON: \(object)>" }
        return String(decoding: data, as: UTF8.self)
    }

    private func value(at path: [JSONPathElement]) -> Any? {
        var current: Any? = root
        for element in path {
            switch element {
            case .member(let name):
                current = (current as? [String: Any])?[name]
            case .index(let index):
                guard let array = current as? [Any], array.indices.contains(index) else { return nil }
                current = array[index]
            }
        }
        return current
    }
}

/// Asserts that `data` holds the JSON object `expected`, comparing canonical text so that a string `"60"` never
/// matches a number `60` and `true` never matches `1`.
func assertJSON(
    _ data: Data?, equals expected: [String: Any], file: StaticString = #filePath, line: UInt = #line
) throws {
    let data = try XCTUnwrap(data, "expected a JSON body", file: file, line: line)
    let actual = try WireJSON(data)
    XCTAssertEqual(actual.canonical, WireJSON.canonical(expected), file: file, line: line)
}
