/// Hands out names nobody has taken yet: `base` itself, or else `base2`, `base3`, … — the first free one.
///
/// It remembers, per base name, the counter to try next. Names once taken stay taken, so counters already
/// passed never become free again, and n requests for one base cost O(n) in all rather than O(n²).
struct NameAllocator {
    private var taken: Set<String>
    private var nextCounters: [String: Int] = [:]
    /// Names that differ only in case count as the same (type names become file names, and macOS file
    /// systems do not tell `PetX.swift` from `Petx.swift`).
    private let ignoringCase: Bool

    init(reserved: some Sequence<String> = [String](), ignoringCase: Bool = false) {
        self.ignoringCase = ignoringCase
        self.taken = Set(reserved.lazy.map { ignoringCase ? $0.lowercased() : $0 })
    }

    func isTaken(_ name: String) -> Bool {
        taken.contains(key(name))
    }

    /// Marks `name` as taken without handing it out.
    mutating func reserve(_ name: String) {
        taken.insert(key(name))
    }

    /// The first free spelling of `base`, now taken. `alsoTaken` adds names taken elsewhere; like this
    /// allocator's own, they must stay taken once they are, or the remembered counters would skip them.
    mutating func claim(_ base: String, alsoTaken: (String) -> Bool = { _ in false }) -> String {
        var counter = nextCounters[base] ?? 2
        let name = Self.firstFree(base, counter: &counter) { isTaken($0) || alsoTaken($0) }
        nextCounters[base] = counter
        taken.insert(key(name))
        return name
    }

    /// The one "add a counter until the name is free" loop: `base`, else `base<counter>` counting up.
    /// On return `counter` is the next one to try.
    static func firstFree(_ base: String, counter: inout Int, isTaken: (String) -> Bool) -> String {
        var name = base
        while isTaken(name) {
            name = base + String(counter)
            counter += 1
        }
        return name
    }

    private func key(_ name: String) -> String {
        ignoringCase ? name.lowercased() : name
    }
}
