import Foundation
import WixMediaSimulator
import XCTest

/// Bytes for uploads: pseudo-random (xorshift64*), the same for the same seed, so a chunk stored at the wrong
/// offset or twice changes the hash, and a run can be repeated exactly.
enum GeneratedBytes {
    /// `count` bytes of the sequence seeded with `seed`.
    static func make(count: Int, seed: UInt64 = 1) -> Data {
        var generator = Generator(seed: seed)
        return generator.next(count)
    }

    /// A file of `count` bytes in a fresh temporary directory, which is removed when the test ends, and the hash
    /// the simulator should end up with. Written a mebibyte at a time, so a large file costs no more memory.
    static func file(
        named name: String, count: Int, seed: UInt64 = 1, in test: XCTestCase
    ) throws -> (url: URL, hash: ContentHash) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wix-media-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw TestFailure("cannot create \(url.path)")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var generator = Generator(seed: seed)
        var hash = ContentHash()
        var written = 0
        while written < count {
            let piece = generator.next(min(1 << 20, count - written))
            hash.update(with: piece)
            try handle.write(contentsOf: piece)
            written += piece.count
        }
        return (url, hash)
    }

    private struct Generator {
        var state: UInt64

        init(seed: UInt64) {
            state = seed | 1  // xorshift never leaves 0
        }

        mutating func next(_ count: Int) -> Data {
            var data = Data(count: (count + 7) / 8 * 8)
            var state = self.state
            data.withUnsafeMutableBytes { buffer in
                // Through a raw pointer: the tests run unoptimised, where this loop is most of a large file's cost.
                let words = buffer.bindMemory(to: UInt64.self)
                for index in 0..<words.count {
                    state ^= state >> 12
                    state ^= state << 25
                    state ^= state >> 27
                    words[index] = (state &* 0x2545_F491_4F6C_DD1D).littleEndian
                }
            }
            self.state = state
            return data.prefix(count)
        }
    }
}
