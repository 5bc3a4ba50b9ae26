/// The rule for URL fields: a string property whose schema says it holds a URL (`format: uri`, `url`,
/// `uri-reference`, `iri`, `iri-reference`) keeps its stored `String` and gains a computed `URL?` beside it,
/// `parsed` + its name (`thumbnailURL` → `parsedThumbnailURL`, `url` → `parsedURL`).
///
/// Why not store a `URL`: the stored value must round-trip what the server sent. `URL(string:)` refuses some
/// strings servers do send (an empty string for a private file's URL, characters outside RFC 3986 on older
/// systems), so a `URL` property would turn those into decoding problems and lose them on re-encoding. Why
/// `parsed…`: it says the string is parsed and may fail (nil), and it cannot be mistaken for the stored value.
/// Only inline string properties qualify: a property that references a string component is typed by the
/// component's alias, whose format the property does not see.
enum URLAccessorRule {
    static let formats: Set<String> = ["uri", "url", "uri-reference", "iri", "iri-reference"]
    static let prefix = "parsed"

    /// The accessors of a struct's properties; `formats` are the properties' schema formats, in order.
    /// Each name is unique among the struct's members (a property already named `parsedURL` pushes the
    /// accessor to `parsedURL2`).
    static func accessors(for properties: [PropertyDeclaration], formats: [String?]) -> [URLAccessor] {
        let reserved = GeneratedCodeNames.structMembers.union(SingleEntityRule.reservedNames)
        var names = NameAllocator(reserved: reserved.union(properties.map(\.swiftName)))
        var accessors: [URLAccessor] = []
        for (index, property) in properties.enumerated() where property.type == .string && !property.isBoxed {
            guard let format = formats[index], Self.formats.contains(format) else { continue }
            let name = names.claim(Naming.memberName(prefix + "_" + property.swiftName))
            accessors.append(URLAccessor(name: name, propertyIndex: index))
        }
        return accessors
    }
}
