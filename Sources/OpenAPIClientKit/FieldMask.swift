import Foundation

/// The fields of one generated type that an update names: the typed form of a schema's `fieldMask` string.
///
/// Generated types that an update operation changes declare a nested `Field` enum whose raw values are the
/// JSON names (`FileDescriptor.Field.parentFolderID` is `"parentFolderId"`), so a mask can only name fields
/// the type has, spelled the way the server expects:
///
/// ```swift
/// let mask: FieldMask<FileDescriptor.Field> = [.displayName, .parentFolderID]
/// mask.wireValue  // "displayName,parentFolderId"
/// ```
public protocol FieldMaskField: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

/// A set of fields of one type, sent as the comma-separated JSON names such APIs accept (`"displayName,labels"`).
///
/// The names are written in the order the type declares its fields, so equal masks send equal text.
public struct FieldMask<Field: FieldMaskField>: Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The fields the mask names.
    public var fields: Set<Field>

    /// Creates a mask naming `fields`.
    public init(_ fields: some Sequence<Field>) {
        self.fields = Set(fields)
    }

    /// Creates a mask from a literal list of fields: `[.displayName, .labels]`.
    public init(arrayLiteral fields: Field...) {
        self.init(fields)
    }

    /// Whether the mask names no field.
    public var isEmpty: Bool { fields.isEmpty }

    /// Whether the mask names `field`.
    public func contains(_ field: Field) -> Bool { fields.contains(field) }

    /// The JSON names of the fields, in the type's declaration order.
    public var paths: [String] {
        Field.allCases.filter(fields.contains).map(\.rawValue)
    }

    /// The text sent on the wire: the JSON names joined by commas.
    public var wireValue: String { paths.joined(separator: ",") }

    /// Parses the wire text; every name must be one of the type's fields.
    ///
    /// A name may carry one leading segment (`file.displayName`), which some clients send. An unknown name
    /// throws ``FieldMaskError/unknownField(_:)`` rather than being dropped, so a misspelt mask never turns
    /// into an update that changes nothing.
    public init(wireValue: String) throws(FieldMaskError) {
        var fields: Set<Field> = []
        for part in wireValue.split(separator: ",") {
            let path = part.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { continue }
            if let field = Field(rawValue: path) {
                fields.insert(field)
            } else if let dot = path.firstIndex(of: "."),
                let field = Field(rawValue: String(path[path.index(after: dot)...]))
            {
                fields.insert(field)
            } else {
                throw .unknownField(path)
            }
        }
        self.fields = fields
    }
}

/// Why text could not be read as a ``FieldMask``.
public enum FieldMaskError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The mask names a field the type does not have (for example a Swift name, `parentFolderID`, where
    /// the JSON name `parentFolderId` is meant).
    case unknownField(String)
    /// An update would name no field, so it could change nothing; it is refused before anything is sent.
    case empty

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .unknownField(let name): "the field mask names '\(name)', which is not a field of the type"
        case .empty: "the update names no field to change"
        }
    }
}

extension FieldMask: Codable {
    /// Decodes the comma-separated wire text; an unknown field name fails decoding.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(wireValue: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the comma-separated wire text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wireValue)
    }
}
