/// Compares a model's stored properties, or a client method's arguments, the way code that reads or
/// passes them sees them: presence, type, optionality and argument order (required arguments come
/// first, as the renderer orders them, and Swift rejects labelled arguments given out of order).
struct MemberComparison {
    enum Role {
        /// A model's stored property and its memberwise-initializer argument: optionality shows when
        /// the property is read, so any change of it breaks.
        case property
        /// An argument of a client method: a required argument made optional still accepts every
        /// call written before.
        case parameter
    }

    let role: Role
    /// Names a member; `labels` are the argument labels of the version the member is in.
    let symbol: (_ name: String, _ labels: [String]) -> String
    /// Names the initializer or method whose arguments these are, in the new version.
    let callSymbol: String

    func compare(old: [PropertyDeclaration], new: [PropertyDeclaration], into log: inout ChangeLog) {
        let oldLabels = PropertyDeclaration.initializerOrder(old).map(\.swiftName)
        let newLabels = PropertyDeclaration.initializerOrder(new).map(\.swiftName)
        for pair in Matching.pairs(old: old, new: new, key: \.swiftName) {
            switch pair {
            case .removed(let member):
                log.add(
                    role == .property ? .propertyRemoved : .parameterRemoved, symbol(member.swiftName, oldLabels),
                    role == .property ? "property removed" : "argument removed")
            case .added(let member):
                added(member, symbol: symbol(member.swiftName, newLabels), into: &log)
            case .matched(let oldMember, let newMember):
                changed(oldMember, newMember, symbol: symbol(newMember.swiftName, newLabels), into: &log)
            }
        }
        if let moved = Self.firstReorderedPair(old: oldLabels, new: newLabels) {
            log.add(
                role == .property ? .initializerReordered : .parametersReordered, callSymbol,
                "argument order changed: `\(moved.earlier):` now comes after `\(moved.later):`")
        }
    }

    private func added(_ member: PropertyDeclaration, symbol: String, into log: inout ChangeLog) {
        let declaration = "\(member.swiftName): \(TypeSpelling.swift(member.type, optional: member.isOptional))"
        switch (role, member.isOptional) {
        case (.property, false):
            log.add(.propertyAddedRequired, symbol, "required property added: `\(declaration)`; `init` requires it")
        case (.property, true):
            log.add(.propertyAddedOptional, symbol, "optional property added: `\(declaration)`")
        case (.parameter, false):
            log.add(.parameterAddedRequired, symbol, "required argument added: `\(declaration)`")
        case (.parameter, true):
            log.add(.parameterAddedOptional, symbol, "optional argument added: `\(declaration) = nil`")
        }
    }

    private func changed(
        _ old: PropertyDeclaration, _ new: PropertyDeclaration, symbol: String, into log: inout ChangeLog
    ) {
        let types = "`\(Self.spelling(old))` → `\(Self.spelling(new))`"
        switch UsageChange(old: old.type, new: new.type) {
        case .retyped:
            log.add(role == .property ? .propertyRetyped : .parameterRetyped, symbol, "type \(types)")
        case .wireFormat(let oldWire, let newWire):
            log.add(.wireFormatChanged, symbol, "wire format \(oldWire) → \(newWire)")
            optionalityChanged(old, new, types, symbol, into: &log)
        case .none:
            optionalityChanged(old, new, types, symbol, into: &log)
        }
        guard role == .property else { return }
        if old.jsonKey != new.jsonKey {
            log.add(.wireNameChanged, symbol, "JSON key `\(old.jsonKey)` → `\(new.jsonKey)`")
        }
        log.documentation(old.documentation, new.documentation, symbol: symbol)
    }

    private func optionalityChanged(
        _ old: PropertyDeclaration, _ new: PropertyDeclaration, _ types: String, _ symbol: String,
        into log: inout ChangeLog
    ) {
        guard old.isOptional != new.isOptional else { return }
        switch (role, new.isOptional) {
        case (.property, true): log.add(.propertyMadeOptional, symbol, "now optional: \(types)")
        case (.property, false): log.add(.propertyMadeRequired, symbol, "now required: \(types)")
        case (.parameter, true):
            log.add(
                .parameterMadeOptional, symbol, "now optional: `\(Self.spelling(old))` → `\(Self.spelling(new)) = nil`")
        case (.parameter, false): log.add(.parameterMadeRequired, symbol, "now required: \(types)")
        }
    }

    private static func spelling(_ member: PropertyDeclaration) -> String {
        TypeSpelling.swift(member.type, optional: member.isOptional)
    }

    /// The first two labels, in old order, that the new order swaps; nil when the labels both versions
    /// have keep their relative order.
    static func firstReorderedPair(old: [String], new: [String]) -> (earlier: String, later: String)? {
        let newPositions = Dictionary(new.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let common = old.filter { newPositions[$0] != nil }
        for (index, label) in common.enumerated() {
            for later in common[(index + 1)...] where newPositions[later]! < newPositions[label]! {
                return (label, later)
            }
        }
        return nil
    }
}
