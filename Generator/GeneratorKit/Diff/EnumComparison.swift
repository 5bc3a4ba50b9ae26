/// Compares the cases of open enums, error-code enums and unions. Any added case is breaking:
/// `switch` statements over our enums are exhaustive without `default` (the unknown-value case makes
/// that possible), and one more case makes them fail to compile (docs/DESIGN-notes.md).
enum EnumComparison {
    private static let switchNote = "exhaustive `switch`es must handle it"

    static func compare(_ old: EnumDeclaration, _ new: EnumDeclaration, symbol: String, into log: inout ChangeLog) {
        let errorCode = new.isErrorCode
        for pair in Matching.pairs(old: ComparedCase.all(old), new: ComparedCase.all(new), key: \.swiftName) {
            switch pair {
            case .removed(let enumCase):
                log.add(
                    errorCode ? .errorCodeRemoved : .enumCaseRemoved, member(enumCase, symbol),
                    "\(describe(enumCase, errorCode: errorCode)) removed")
            case .added(let enumCase):
                log.add(
                    errorCode ? .errorCodeAdded : .enumCaseAdded, member(enumCase, symbol),
                    "\(describe(enumCase, errorCode: errorCode)) added; \(switchNote)")
            case .matched(let oldCase, let newCase):
                if let oldLiteral = oldCase.literal, let newLiteral = newCase.literal, oldLiteral != newLiteral {
                    log.add(.wireNameChanged, member(newCase, symbol), "raw value `\(oldLiteral)` → `\(newLiteral)`")
                }
                log.documentation(
                    old.caseDocumentation[oldCase.swiftName] ?? Documentation(),
                    new.caseDocumentation[newCase.swiftName] ?? Documentation(), symbol: member(newCase, symbol))
            }
        }
    }

    static func compare(_ old: UnionDeclaration, _ new: UnionDeclaration, symbol: String, into log: inout ChangeLog) {
        if let oldProperty = old.discriminatorProperty, let newProperty = new.discriminatorProperty,
            oldProperty != newProperty
        {
            log.add(.wireNameChanged, symbol, "discriminator property `\(oldProperty)` → `\(newProperty)`")
        }
        for pair in Matching.pairs(old: allCases(old), new: allCases(new), key: \.swiftName) {
            switch pair {
            case .removed(let unionCase):
                log.add(.enumCaseRemoved, SymbolName.member(unionCase.swiftName, of: symbol), "case removed")
            case .added(let unionCase):
                log.add(
                    .enumCaseAdded, SymbolName.member(unionCase.swiftName, of: symbol),
                    "case `.\(unionCase.swiftName)(\(TypeSpelling.swift(unionCase.type)))` added; \(switchNote)")
            case .matched(let oldCase, let newCase):
                compare(oldCase, newCase, symbol: SymbolName.member(newCase.swiftName, of: symbol), into: &log)
            }
        }
    }

    private static func compare(
        _ old: UnionDeclaration.Case, _ new: UnionDeclaration.Case, symbol: String, into log: inout ChangeLog
    ) {
        switch UsageChange(old: old.type, new: new.type) {
        case .retyped(let from, let to): log.add(.enumCaseRetyped, symbol, "associated value `\(from)` → `\(to)`")
        case .wireFormat(let from, let to): log.add(.wireFormatChanged, symbol, "wire format \(from) → \(to)")
        case .none: break
        }
        if old.discriminatorValues != new.discriminatorValues {
            let spell = { (values: [String]) in values.map { "`\($0)`" }.joined(separator: ", ") }
            log.add(
                .wireNameChanged, symbol,
                "discriminator values \(spell(old.discriminatorValues)) → \(spell(new.discriminatorValues))")
        }
    }

    /// An enum case as a report shows it: its raw value as the Swift literal users see, nil for the case
    /// that keeps unknown values.
    private struct ComparedCase {
        var swiftName: String
        var literal: String?

        /// The listed cases and the one that keeps unknown values.
        static func all(_ enumeration: EnumDeclaration) -> [ComparedCase] {
            enumeration.cases.map {
                ComparedCase(
                    swiftName: $0.swiftName, literal: SwiftSpelling.rawValueLiteral($0.rawValue, enumeration.rawType))
            } + [ComparedCase(swiftName: enumeration.unknownCaseName, literal: nil)]
        }
    }

    /// The listed cases and, with a discriminator, the one that keeps unknown variants as JSON.
    private static func allCases(_ union: UnionDeclaration) -> [UnionDeclaration.Case] {
        guard union.discriminatorProperty != nil else { return union.cases }
        return union.cases + [
            UnionDeclaration.Case(
                swiftName: EnumCaseNamer.unknownCaseName, type: .jsonValue, discriminatorValues: [])
        ]
    }

    private static func member(_ enumCase: ComparedCase, _ symbol: String) -> String {
        SymbolName.member(enumCase.swiftName, of: symbol)
    }

    private static func describe(_ enumCase: ComparedCase, errorCode: Bool) -> String {
        guard let literal = enumCase.literal else { return "case for unknown values" }
        return errorCode ? "error code `\(literal)`" : "case for `\(literal)`"
    }
}
