import Foundation

/// A gzip member of `count` zero bytes, about 160 times smaller than what it inflates to: the shape of a
/// "gzip bomb", built here because Foundation offers no compressor on Linux.
///
/// The deflate stream is one block with the fixed Huffman codes (RFC 1951 §3.2.6): a literal zero, then
/// matches of length 258 at distance 1 (13 bits each), then literal zeros for the rest.
public enum GzipZeros {
    public static func member(count: Int) -> Data {
        var bits = BitWriter()
        bits.write(0b1, count: 1)  // BFINAL
        bits.write(0b01, count: 2)  // BTYPE 01: fixed codes
        var left = count
        if left > 0 {
            bits.writeCode(0x30, length: 8)  // literal 0
            left -= 1
        }
        while left >= 258 {
            bits.writeCode(0xC5, length: 8)  // length symbol 285: 258 bytes
            bits.writeCode(0, length: 5)  // distance symbol 0: distance 1
            left -= 258
        }
        for _ in 0..<left {
            bits.writeCode(0x30, length: 8)
        }
        bits.writeCode(0, length: 7)  // end of block (symbol 256)

        var member = Data([0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF])
        member += bits.flushed
        member += littleEndian(crc32OfZeros(count: count))
        member += littleEndian(UInt32(truncatingIfNeeded: count))
        return member
    }

    /// The CRC-32 of `count` zero bytes, in O(log count): appending zeros is a linear map on the CRC register,
    /// squared for each bit of `count` (the method of zlib's `crc32_combine`).
    public static func crc32OfZeros(count: Int) -> UInt32 {
        // The operator for one zero bit; the register is pre- and post-inverted around it.
        var odd = [UInt32](repeating: 0, count: 32)
        odd[0] = 0xEDB8_8320
        for bit in 1..<32 {
            odd[bit] = 1 << (bit - 1)
        }
        var even = square(odd)  // 2 zero bits
        odd = square(even)  // 4 zero bits
        var crc: UInt32 = 0xFFFF_FFFF
        var remaining = count
        while remaining > 0 {
            even = square(odd)
            if remaining & 1 != 0 { crc = apply(even, to: crc) }
            remaining >>= 1
            guard remaining > 0 else { break }
            odd = square(even)
            if remaining & 1 != 0 { crc = apply(odd, to: crc) }
            remaining >>= 1
        }
        return crc ^ 0xFFFF_FFFF
    }

    private static func apply(_ matrix: [UInt32], to vector: UInt32) -> UInt32 {
        var sum: UInt32 = 0
        var vector = vector
        var row = 0
        while vector != 0 {
            if vector & 1 != 0 { sum ^= matrix[row] }
            vector >>= 1
            row += 1
        }
        return sum
    }

    private static func square(_ matrix: [UInt32]) -> [UInt32] {
        matrix.map { apply(matrix, to: $0) }
    }

    private static func littleEndian(_ value: UInt32) -> Data {
        withUnsafeBytes(of: value.littleEndian) { Data($0) }
    }
}

/// Bits packed from the least significant end of each byte, as deflate does.
private struct BitWriter {
    private(set) var bytes = Data()
    private var current: UInt8 = 0
    private var used = 0

    /// Writes the low `count` bits of `value`, least significant first (header fields, extra bits).
    mutating func write(_ value: UInt32, count: Int) {
        for index in 0..<count {
            append(bit: UInt8((value >> index) & 1))
        }
    }

    /// Writes a Huffman code of `length` bits, most significant first.
    mutating func writeCode(_ code: UInt32, length: Int) {
        for index in stride(from: length - 1, through: 0, by: -1) {
            append(bit: UInt8((code >> index) & 1))
        }
    }

    /// The bytes with the last, partly filled one flushed.
    var flushed: Data { used == 0 ? bytes : bytes + [current] }

    private mutating func append(bit: UInt8) {
        current |= bit << used
        used += 1
        if used == 8 {
            bytes.append(current)
            current = 0
            used = 0
        }
    }
}
