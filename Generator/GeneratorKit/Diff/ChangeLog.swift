/// Collects the changes the comparers find, in the order they walk the two models.
struct ChangeLog {
    private(set) var changes: [APIChange] = []

    mutating func add(_ kind: APIChange.Kind, _ symbol: String, _ description: String) {
        changes.append(APIChange(kind, symbol: symbol, description: description))
    }

    /// Doc-comment and deprecation changes of one declaration.
    mutating func documentation(_ old: Documentation, _ new: Documentation, symbol: String) {
        if old.deprecated != new.deprecated {
            add(.deprecationChanged, symbol, new.deprecated ? "now deprecated" : "no longer deprecated")
        }
        if let description = Self.describeTextChange(old, new) {
            add(.documentationChanged, symbol, description)
        }
    }

    private static func describeTextChange(_ old: Documentation, _ new: Documentation) -> String? {
        let summaryChanged = old.summary != new.summary
        let detailsChanged = old.details != new.details
        switch (summaryChanged, detailsChanged) {
        case (false, false): return nil
        case _ where old.isEmpty: return "documentation added"
        case _ where new.isEmpty: return "documentation removed"
        case (true, true): return "summary and details changed"
        case (true, false): return "summary changed"
        case (false, true): return "details changed"
        }
    }
}

/// Two versions of a keyed list, lined up.
enum Matching {
    enum Pair<Element> {
        case removed(Element)
        case matched(old: Element, new: Element)
        case added(Element)
    }

    /// The old list's elements in their order (matched or removed), then the elements only the new list
    /// has, in theirs. When keys repeat, the first element with a key is the one compared.
    static func pairs<Element, Key: Hashable>(
        old: [Element], new: [Element], key: (Element) -> Key
    ) -> [Pair<Element>] {
        let newByKey = Dictionary(new.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let oldKeys = Set(old.map(key))
        var seen = Set<Key>()
        var pairs: [Pair<Element>] = []
        for element in old where seen.insert(key(element)).inserted {
            if let counterpart = newByKey[key(element)] {
                pairs.append(.matched(old: element, new: counterpart))
            } else {
                pairs.append(.removed(element))
            }
        }
        for element in new where !oldKeys.contains(key(element)) && seen.insert(key(element)).inserted {
            pairs.append(.added(element))
        }
        return pairs
    }
}
