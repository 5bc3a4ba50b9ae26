import Foundation

/// The file part of a `$ref` (`other.yaml`, `./schemas/pet.yaml`, `../common.json`) turned into the name of
/// a file inside the root document's directory, or refused.
///
/// Paths are resolved lexically, relative to the file that holds the `$ref`, and every file is spelled
/// `prefix` + a normalised relative path: one file has one name, so it is read once and a cycle through it
/// is seen. What the names cannot show — a symbolic link leading out — the loader checks.
struct ReferencePath {
    /// The root document's directory as its name spells it, with a trailing `/` ("" for the current one).
    let prefix: String

    init(rootFile: String) {
        if let slash = rootFile.lastIndex(of: "/") {
            prefix = String(rootFile[...slash])
        } else {
            prefix = ""
        }
    }

    /// Why a file part is refused; the resolver words it and locates it at the `$ref`.
    enum Refusal: Error {
        case remote(scheme: String)
        case scheme(String)
        case absolute
        case escapesRoot
        case malformed
    }

    /// The file `filePart` names, as seen from `holdingFile` (a file this type named, or the root).
    func file(_ filePart: String, heldIn holdingFile: String) throws(Refusal) -> String {
        if let scheme = Self.scheme(of: filePart) {
            let lowered = scheme.lowercased()
            throw lowered == "http" || lowered == "https" ? .remote(scheme: lowered) : .scheme(scheme)
        }
        guard let decoded = filePart.removingPercentEncoding, !decoded.isEmpty else { throw .malformed }
        guard !decoded.hasPrefix("/"), !decoded.hasPrefix("\\") else { throw .absolute }
        var components = relativeComponents(of: holdingFile).dropLast()
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { throw .escapesRoot }
                components.removeLast()
            default: components.append(String(component))
            }
        }
        guard !components.isEmpty else { throw .malformed }
        return prefix + components.joined(separator: "/")
    }

    /// The path of `file` below the root directory, as components.
    private func relativeComponents(of file: String) -> [String] {
        let relative = file.hasPrefix(prefix) ? file.dropFirst(prefix.count) : Substring(file)
        return relative.split(separator: "/").map(String.init)
    }

    /// `http` in `http://…`: RFC 3986 `scheme ":"`, letters first. A Windows drive (`C:`) counts too, and is
    /// refused like any absolute path would be.
    static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        guard let first = candidate.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
            candidate.unicodeScalars.allSatisfy({
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0))
            })
        else { return nil }
        return String(candidate)
    }

    /// A readable name for a whole file's schema: `pet` for `schemas/pet.yaml`, `pet` for `pet.schema.json`.
    static func baseName(of file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        return last.split(separator: ".").first.map(String.init) ?? last
    }
}
