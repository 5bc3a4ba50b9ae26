/// How a report names the Swift declaration a change affects.
enum SymbolName {
    /// `FileDescriptor.sizeInBytes`, or just the member when there is no owner.
    static func member(_ name: String, of owner: String?) -> String {
        guard let owner else { return name }
        return owner + "." + name
    }

    /// The full selector: `FilesClient.listFiles(parentFolderID:mediaTypes:)`.
    static func function(_ base: String, labels: [String]) -> String {
        base + "(" + labels.map { $0 + ":" }.joined() + ")"
    }

    /// One argument of a function, the others elided: `FilesClient.listFiles(…mediaTypes:…)`.
    static func argument(_ label: String, of base: String, labels: [String]) -> String {
        let index = labels.firstIndex(of: label) ?? 0
        let before = index > 0 ? "…" : ""
        let after = index < labels.count - 1 ? "…" : ""
        return base + "(" + before + label + ":" + after + ")"
    }

    /// A memberwise initializer, its arguments elided: `FileDescriptor.init(…)`.
    static func initializer(of owner: String) -> String {
        owner + ".init(…)"
    }
}
