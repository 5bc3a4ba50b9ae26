/// The bytes of one input document and the means to turn offsets into line:column.
public struct SourceText: Sendable {
    public var fileName: String
    public var bytes: [UInt8]

    public init(fileName: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.bytes = bytes
    }

    public init(fileName: String, text: String) {
        self.init(fileName: fileName, bytes: Array(text.utf8))
    }

    /// 1-based line and column; the column counts Unicode scalars, as editors do.
    public func lineAndColumn(ofOffset offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let end = min(max(offset, 0), bytes.count)
        var index = 0
        while index < end {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        // A byte order mark is invisible in editors, so it takes no column.
        if lineStart == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lineStart = min(3, end) }
        // Continuation bytes (10xxxxxx) do not start a scalar.
        let column = bytes[lineStart..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }

    public func location(ofOffset offset: Int, pointer: JSONPointer) -> SourceLocation {
        let position = lineAndColumn(ofOffset: offset)
        return SourceLocation(
            file: fileName, line: position.line, column: position.column, pointer: pointer.description)
    }
}
