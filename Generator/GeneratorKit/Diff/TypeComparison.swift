/// Compares named types — structs, open enums, error-code enums, unions, aliases — and the types
/// nested in them, by their Swift names.
enum TypeComparison {
    /// `scope` is the Swift path of the type (or request builder) the declarations are nested in.
    static func compare(old: [TypeDeclaration], new: [TypeDeclaration], scope: String?, into log: inout ChangeLog) {
        for pair in Matching.pairs(old: old, new: new, key: \.name) {
            switch pair {
            case .removed(let declaration):
                log.add(.typeRemoved, SymbolName.member(declaration.name, of: scope), "\(noun(declaration)) removed")
            case .added(let declaration):
                log.add(.typeAdded, SymbolName.member(declaration.name, of: scope), "\(noun(declaration)) added")
            case .matched(let oldDeclaration, let newDeclaration):
                compare(
                    oldDeclaration, newDeclaration, symbol: SymbolName.member(newDeclaration.name, of: scope),
                    into: &log)
            }
        }
    }

    private static func compare(
        _ old: TypeDeclaration, _ new: TypeDeclaration, symbol: String, into log: inout ChangeLog
    ) {
        guard noun(old) == noun(new) else {
            log.add(.typeKindChanged, symbol, "\(noun(old)) → \(noun(new))")
            return
        }
        log.documentation(old.documentation, new.documentation, symbol: symbol)
        switch (old.kind, new.kind) {
        case (.structure(let oldStruct), .structure(let newStruct)):
            MemberComparison(
                role: .property, symbol: { name, _ in SymbolName.member(name, of: symbol) },
                callSymbol: SymbolName.initializer(of: symbol)
            ).compare(old: oldStruct.properties, new: newStruct.properties, into: &log)
            compareURLAccessors(old: oldStruct, new: newStruct, symbol: symbol, into: &log)
        case (.enumeration(let oldEnum), .enumeration(let newEnum)):
            EnumComparison.compare(oldEnum, newEnum, symbol: symbol, into: &log)
        case (.union(let oldUnion), .union(let newUnion)):
            EnumComparison.compare(oldUnion, newUnion, symbol: symbol, into: &log)
        case (.alias(let oldTarget), .alias(let newTarget)):
            switch UsageChange(old: oldTarget, new: newTarget) {
            case .retyped(let from, let to): log.add(.aliasRetyped, symbol, "aliased type `\(from)` → `\(to)`")
            case .wireFormat(let from, let to): log.add(.wireFormatChanged, symbol, "wire format \(from) → \(to)")
            case .none: break
            }
        default:
            break  // Equal nouns mean equal kinds.
        }
        compare(old: nestedTypes(of: old), new: nestedTypes(of: new), scope: symbol, into: &log)
    }

    /// The computed `URL?` accessors (`URLAccessorRule`): one added reads more, one removed breaks its readers.
    private static func compareURLAccessors(
        old: StructDeclaration, new: StructDeclaration, symbol: String, into log: inout ChangeLog
    ) {
        let oldNames = Set(old.urlAccessors.map(\.name))
        let newNames = Set(new.urlAccessors.map(\.name))
        for accessor in new.urlAccessors where !oldNames.contains(accessor.name) {
            let property = new.properties[accessor.propertyIndex].swiftName
            log.add(
                .urlAccessorAdded, SymbolName.member(accessor.name, of: symbol),
                "URL accessor added: `\(accessor.name): URL?` reads `\(property)`")
        }
        for accessor in old.urlAccessors where !newNames.contains(accessor.name) {
            log.add(.urlAccessorRemoved, SymbolName.member(accessor.name, of: symbol), "URL accessor removed")
        }
    }

    /// What Swift declares, in a reviewer's words; two types with different nouns cannot be used alike.
    static func noun(_ declaration: TypeDeclaration) -> String {
        switch declaration.kind {
        case .structure: "struct"
        case .enumeration(let enumeration) where enumeration.isErrorCode: "error-code enum"
        case .enumeration(let enumeration): "open enum of `\(enumeration.rawType.rawValue)`"
        case .union: "enum with associated values"
        case .alias: "typealias"
        }
    }

    /// The nested declarations, plus the enum a Wix-style exclusive choice adds to its struct, which
    /// is compared like any union.
    static func nestedTypes(of declaration: TypeDeclaration) -> [TypeDeclaration] {
        guard case .structure(let structure) = declaration.kind, let choice = structure.exclusiveChoice else {
            return declaration.nested
        }
        let cases = choice.propertyIndices.map { index in
            let property = structure.properties[index]
            return UnionDeclaration.Case(swiftName: property.swiftName, type: property.type, discriminatorValues: [])
        }
        let choiceEnum = TypeDeclaration(
            name: choice.enumName, documentation: Documentation(),
            kind: .union(UnionDeclaration(cases: cases, discriminatorProperty: nil)), nested: [],
            pointer: declaration.pointer)
        return declaration.nested + [choiceEnum]
    }
}
