/// The bytes of one input document and the means to turn offsets into line:column.
public struct SourceText: Sendable {
    public var fileName: String
    public var bytes: [UInt8] {
        didSet { positions = PositionIndex(bytes) }
    }

    /// Built once per text: documents with thousands of diagnostics locate each one without a scan
    /// from the start of the file.
    private var positions: PositionIndex

    public init(fileName: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.bytes = bytes
        self.positions = PositionIndex(bytes)
    }

    public init(fileName: String, text: String) {
        self.init(fileName: fileName, bytes: Array(text.utf8))
    }

    /// 1-based line and column; the column counts Unicode scalars, as editors do.
    public func lineAndColumn(ofOffset offset: Int) -> (line: Int, column: Int) {
        let end = min(max(offset, 0), bytes.count)
        let line = positions.lineCount(through: end)
        var lineStart = positions.lineStarts[line - 1]
        // A byte order mark is invisible in editors, so it takes no column.
        if lineStart == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lineStart = min(3, end) }
        let column = positions.scalarCount(before: end, in: bytes) - positions.scalarCount(before: lineStart, in: bytes)
        return (line, column + 1)
    }

    public func location(ofOffset offset: Int, pointer: JSONPointer) -> SourceLocation {
        let position = lineAndColumn(ofOffset: offset)
        return SourceLocation(
            file: fileName, line: position.line, column: position.column, pointer: pointer.description)
    }
}

/// Where lines start, and how many scalars start before every `stride`-th byte, so that a position
/// costs a binary search plus at most one stride of bytes (minified documents are one long line).
private struct PositionIndex: Sendable {
    /// Offset 0 and the offset after every "\n", ascending.
    let lineStarts: [Int]
    /// `checkpoints[k]`: scalar-starting bytes (not 10xxxxxx) in `0..<k * stride`.
    let checkpoints: [Int]
    static let stride = 1024

    init(_ bytes: [UInt8]) {
        var lineStarts = [0]
        var checkpoints = [0]
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        var scalars = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A { lineStarts.append(index + 1) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if (index + 1) % Self.stride == 0 { checkpoints.append(scalars) }
        }
        self.lineStarts = lineStarts
        self.checkpoints = checkpoints
    }

    /// The 1-based line holding `offset`: the number of line starts at or before it.
    func lineCount(through offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func scalarCount(before offset: Int, in bytes: [UInt8]) -> Int {
        let checkpoint = offset / Self.stride
        var count = checkpoints[checkpoint]
        for index in checkpoint * Self.stride..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
