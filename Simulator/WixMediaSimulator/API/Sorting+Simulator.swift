import WixMedia

/// A field results can be sorted by (facts §5.14: `displayName`, `updatedDate`, and `sizeInBytes` for files).
enum SortField: String, Sendable {
    case displayName
    case updatedDate
    case sizeInBytes
}

/// One item's value of a sort field.
enum SortValue: Codable, Hashable, Sendable, Comparable {
    case missing
    case number(Int64)
    case text(String)

    static func < (lhs: SortValue, rhs: SortValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let left), .number(let right)):
            return left < right
        case (.text(let left), .text(let right)):
            // Names sort as people read them: case-insensitively, with exact spelling only breaking ties.
            let (foldedLeft, foldedRight) = (left.lowercased(), right.lowercased())
            return foldedLeft == foldedRight ? left < right : foldedLeft < foldedRight
        default:
            return lhs.rank < rhs.rank
        }
    }

    private var rank: Int {
        switch self {
        case .missing: 0
        case .number: 1
        case .text: 2
        }
    }
}

/// What the simulator sorts and pages.
protocol Sortable {
    var sortID: String { get }
    func sortValue(of field: SortField) -> SortValue
}

extension FileDescriptor: Sortable {
    var sortID: String { id }

    func sortValue(of field: SortField) -> SortValue {
        switch field {
        case .displayName: displayName.map(SortValue.text) ?? .missing
        case .updatedDate: updatedDate.map { .number(Int64($0.timeIntervalSince1970 * 1_000)) } ?? .missing
        case .sizeInBytes: sizeInBytes.map(SortValue.number) ?? .missing
        }
    }
}

extension Folder: Sortable {
    var sortID: String { id }

    func sortValue(of field: SortField) -> SortValue {
        switch field {
        case .displayName: displayName.map(SortValue.text) ?? .missing
        case .updatedDate: updatedDate.map { .number(Int64($0.timeIntervalSince1970 * 1_000)) } ?? .missing
        case .sizeInBytes: .missing
        }
    }
}

/// One level of a sort order.
struct SortKey: Hashable, Sendable, CustomStringConvertible {
    var field: SortField
    var descending: Bool

    /// Wix's default order: most recently updated first.
    static let newestFirst = SortKey(field: .updatedDate, descending: true)

    var description: String { "\(field.rawValue):\(descending ? "DESC" : "ASC")" }

    /// The sort order a request asks for; `field` names the request field in errors.
    ///
    /// No sorting means newest first. A field without an order sorts ascending (`ASC` is the first value of
    /// `SortDirection`, and proto3 defaults an unset enum to it); an order without a field applies to `updatedDate`.
    static func keys(from sorting: [Sorting]?, allowed: [SortField], field: String) throws -> [SortKey] {
        guard let sorting, !sorting.isEmpty else { return [.newestFirst] }
        return try sorting.enumerated().map { index, sort in
            let path = sorting.count == 1 ? field : "\(field)[\(index)]"
            let sortField: SortField
            if let name = sort.fieldName {
                guard let known = SortField(rawValue: name), allowed.contains(known) else {
                    let names = allowed.map(\.rawValue).joined(separator: ", ")
                    throw APIFailure.invalid(field: "\(path).fieldName", "must be one of \(names)")
                }
                sortField = known
            } else {
                sortField = .updatedDate
            }
            switch sort.order {
            case .asc?:
                return SortKey(field: sortField, descending: false)
            case .desc?:
                return SortKey(field: sortField, descending: true)
            case nil:
                // A field without an order is ascending; an empty `Sorting` is the default order.
                return sort.fieldName == nil ? .newestFirst : SortKey(field: sortField, descending: false)
            case .unrecognized(let value)?:
                throw APIFailure.invalid(field: "\(path).order", "must be ASC or DESC, not \(value)")
            }
        }
    }
}
