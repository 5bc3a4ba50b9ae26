/// Gives every generated file a name that all file systems and SwiftPM accept, in one place for models,
/// request builders and clients alike:
/// - names are unique across the whole output ignoring case (and Unicode normalisation): macOS's
///   default file system does not tell `FooBarClient.swift` from `FoobarClient.swift`, and SwiftPM
///   names object files by file name alone, whatever the folder;
/// - a name never exceeds `maximumFileNameBytes`: a long schema name is valid input, but file systems
///   allow 255 bytes, and the compiler adds its own suffixes (`.swiftconstvalues`) to build products.
///   The type keeps its long name; only the file is shortened, deterministically.
enum FileNaming {
    static let maximumFileNameBytes = 200
    private static let fileExtension = ".swift"

    /// `files` with clashing or over-long names changed. The first file (in the given order) to claim a
    /// name keeps it; later ones get `2`, `3`, … — never a name another file has of its own.
    static func assigned(_ files: [GeneratedFile]) -> [GeneratedFile] {
        let split = files.map { file -> (folder: String, stem: String) in
            let (folder, name) = components(file.path)
            let stem = name.hasSuffix(fileExtension) ? String(name.dropLast(fileExtension.count)) : name
            return (folder, shortened(stem))
        }
        // Swift's String equality is canonical equivalence, as on APFS; lowercasing covers case.
        let key = { (stem: String) in stem.lowercased() }
        let natural = Set(split.map { key($0.stem) })
        var taken: Set<String> = []
        var result = files
        for (index, part) in split.enumerated() {
            var stem = part.stem
            var counter = 2
            while taken.contains(key(stem)) || (stem != part.stem && natural.contains(key(stem))) {
                stem = shortened(part.stem, suffix: String(counter))
                counter += 1
            }
            taken.insert(key(stem))
            result[index].path = part.folder + stem + fileExtension
        }
        return result
    }

    /// The folder part (with its trailing `/`, or empty) and the file name.
    private static func components(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// `stem` + `suffix`, cut to fit with a hash of the whole stem when too long: `VeryLong…_1a2b3c4d5e6f7a8b`.
    static func shortened(_ stem: String, suffix: String = "") -> String {
        let limit = maximumFileNameBytes - fileExtension.utf8.count
        guard stem.utf8.count + suffix.utf8.count > limit else { return stem + suffix }
        let hash = "_" + stableHash(stem)
        var kept = ""
        var budget = limit - hash.utf8.count - suffix.utf8.count
        // Whole characters only, so no scalar or grapheme is cut in half.
        for character in stem {
            let size = character.utf8.count
            guard size <= budget else { break }
            kept.append(character)
            budget -= size
        }
        return kept + hash + suffix
    }

    /// 64-bit FNV-1a of the UTF-8 bytes as 16 hex digits: the same on every run and platform, unlike
    /// `Hasher`.
    static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
