import Foundation

/// Names the cases of an open enum from its raw values, keeping them unique and clear of the
/// members every generated enum already has.
enum EnumCaseNamer {
    /// The case that keeps values the schema does not list.
    static let unknownCaseName = "unrecognized"

    /// `chosenNames` are the user's case names by the value's index in `values`; they are kept as
    /// written, and a clash of one with another case or an enum member is reported to `diagnostics`.
    static func enumDeclaration(
        values: [JSONNode], rawType: EnumDeclaration.RawType, isErrorCode: Bool = false,
        chosenNames: [Int: NameOverrides.Entry] = [:], diagnostics: DiagnosticCollector? = nil
    ) -> EnumDeclaration {
        var seen: Set<String> = []
        var cases: [EnumDeclaration.Case] = []
        var names: [String?] = []
        var taken = GeneratedCodeNames.enumMembers
        // Derived names count as taken too: a chosen name never pushes another case's aside.
        let derived = Set(
            values.indices.filter { chosenNames[$0] == nil }.map {
                derivedName(values[$0].string ?? values[$0].numberLiteral ?? "", rawType)
            })
        for (index, value) in values.enumerated() {
            let raw = value.string ?? value.numberLiteral ?? ""
            // Duplicate values would be duplicate `case` labels in `init(rawValue:)`.
            guard seen.insert(raw).inserted else { continue }
            cases.append(EnumDeclaration.Case(swiftName: "", rawValue: raw))
            if let chosen = chosenNames[index] {
                if derived.contains(chosen.swiftName) || !taken.insert(chosen.swiftName).inserted {
                    diagnostics?.report(
                        .error(
                            "the Swift name '\(chosen.swiftName)' of enum value '\(raw)' is already taken",
                            at: chosen.location))
                }
                names.append(nil)
                cases[cases.count - 1].swiftName = chosen.swiftName
                continue
            }
            names.append(derivedName(raw, rawType))
        }
        var allocator = NameAllocator(reserved: taken)
        for index in cases.indices {
            if let name = names[index] { cases[index].swiftName = allocator.claim(name) }
        }
        return EnumDeclaration(
            rawType: rawType, cases: cases, unknownCaseName: unknownCaseName, isErrorCode: isErrorCode,
            caseDocumentation: [:])
    }

    private static func derivedName(_ raw: String, _ rawType: EnumDeclaration.RawType) -> String {
        rawType == .int ? "value" + raw.replacingOccurrences(of: "-", with: "Minus") : Naming.caseName(raw)
    }
}
