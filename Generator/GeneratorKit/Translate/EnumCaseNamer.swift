import Foundation

/// Names the cases of an open enum from its raw values, keeping them unique and clear of the
/// members every generated enum already has.
enum EnumCaseNamer {
    /// The case that keeps values the schema does not list.
    static let unknownCaseName = "unrecognized"

    static func enumDeclaration(values: [JSONNode], rawType: EnumDeclaration.RawType, isErrorCode: Bool = false)
        -> EnumDeclaration
    {
        var seen: Set<String> = []
        var cases: [EnumDeclaration.Case] = []
        var names: [String] = []
        for value in values {
            let raw = value.string ?? value.numberLiteral ?? ""
            // Duplicate values would be duplicate `case` labels in `init(rawValue:)`.
            guard seen.insert(raw).inserted else { continue }
            cases.append(EnumDeclaration.Case(swiftName: "", rawValue: raw))
            names.append(
                rawType == .int ? "value" + raw.replacingOccurrences(of: "-", with: "Minus") : Naming.caseName(raw))
        }
        let unique = Naming.uniqued(names, reserved: GeneratedCodeNames.enumMembers)
        for index in cases.indices { cases[index].swiftName = unique[index] }
        return EnumDeclaration(
            rawType: rawType, cases: cases, unknownCaseName: unknownCaseName, isErrorCode: isErrorCode,
            caseDocumentation: [:])
    }
}
