/// One operation's paging as a rule found it (`PagingConventions`) or `x-paging` declared it
/// (`PagingExtension`): what `PagingDetector` turns into a `PagingDeclaration`.
struct PagingRule {
    var style: PagingDeclaration.Style
    /// The argument the sequence sets for each page (cursor, page number or offset); nil for `Link` paging.
    var position: PropertyDeclaration?
    /// The page-size argument, which the paged method takes as `pageSize`.
    var size: PropertyDeclaration?
    var items: [PropertyDeclaration]
    var itemType: TypeUsage
    var next: [PropertyDeclaration] = []
    /// Whether `next` starts at the page's last item rather than at the response.
    var nextIsInLastItem = false
    var hasMore: [PropertyDeclaration]?
    var totalItems: [PropertyDeclaration]?
    var totalPages: [PropertyDeclaration]?

    /// The page closure's parameter: the position it is called with.
    var positionLocal: String {
        switch style {
        case .cursor: PagingDetector.cursorName
        case .pages: "page"
        case .offset: "offset"
        case .link: "link"
        }
    }
}
