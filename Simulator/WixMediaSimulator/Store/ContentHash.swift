import Foundation

/// A 64-bit FNV-1a hash of a byte stream, fed piece by piece, so that the simulator can vouch for the bytes of a
/// file of any size without keeping them.
///
/// Not a cryptographic hash (Foundation has no SHA-2 on Linux): it tells a test whether the stored bytes are the
/// ones sent, which a dropped, repeated or misplaced chunk changes.
///
/// ```swift
/// var hash = ContentHash()
/// hash.update(with: firstChunk)
/// hash.update(with: secondChunk)
/// assert(hash == ContentHash(of: firstChunk + secondChunk))
/// ```
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    /// The hash of the bytes so far; the FNV offset basis before any.
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash of no bytes.
    public init() {}

    /// The hash of `bytes`.
    public init(of bytes: Data) {
        update(with: bytes)
    }

    /// Continues the hash with `bytes`.
    public mutating func update(with bytes: Data) {
        var hash = value
        bytes.withUnsafeBytes { buffer in
            for byte in buffer {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        value = hash
    }

    /// The value as 16 lowercase hex digits.
    public var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
