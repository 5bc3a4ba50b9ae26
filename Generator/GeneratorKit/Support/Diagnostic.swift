/// A problem found in an input document, located by file, line:column and JSON pointer.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// `file:line:column: error: message [at #/json/pointer]`, the shape editors and CI logs recognise, always
    /// on one line: names and keys quoted from the document may hold line breaks, terminal escapes or bidi
    /// controls, so everything taken from it is printed through `PrintableText` (issue #13). `message` itself
    /// keeps the document's text as it is.
    public var description: String {
        let position = PrintableText.escaping(location.positionDescription)
        let pointer = PrintableText.escaping(location.pointer)
        return "\(position): \(severity.rawValue): \(PrintableText.escaping(message)) [at \(pointer)]"
    }
}

/// Where a value sits in a source document.
public struct SourceLocation: Sendable, Hashable {
    public var file: String
    /// 1-based; 0 when unknown (e.g. a location synthesised for a whole document).
    public var line: Int
    public var column: Int
    /// RFC 6901 JSON pointer in URI-fragment form, e.g. `#/components/schemas/FileDescriptor`.
    public var pointer: String

    public init(file: String, line: Int, column: Int, pointer: String) {
        self.file = file
        self.line = line
        self.column = column
        self.pointer = pointer
    }

    var positionDescription: String {
        line > 0 ? "\(file):\(line):\(column)" : file
    }
}

/// Thrown when a stage cannot go on; carries every error found so far plus warnings.
public struct GenerationFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
