import WixMedia

/// A request's inputs read by the generated request builder's property names: each one's wire name and
/// location come from the builder's `APIEndpoint` (made from the schema), so that no path or wire name is
/// typed twice and a schema change cannot leave the simulator behind.
struct RequestInputs: Sendable {
    let request: SimulatorRequest
    let endpoint: APIEndpoint
    /// The path's values by their placeholder's wire name (`folderId`).
    let pathValues: [String: String]

    /// The wire name of the builder's input `name`. An input the builder does not have is a mistake in the
    /// route table, which the simulator's tests exercise route by route.
    func wireName(_ name: String) -> String {
        guard let input = endpoint.input(named: name) else {
            preconditionFailure("\(endpoint.pathTemplate) has no input '\(name)'")
        }
        return input.wireName
    }

    /// The path parameter held by the builder's input `name`.
    func path(_ name: String) -> String {
        pathValues[wireName(name)] ?? ""
    }

    func query(_ name: String) -> String? {
        request.queryValue(wireName(name))
    }

    func requiredQuery(_ name: String) throws -> String {
        try request.requiredQuery(wireName(name))
    }

    func bool(_ name: String) throws -> Bool? {
        try request.boolQuery(wireName(name))
    }

    func sorting(_ name: String) -> Sorting? {
        request.sortingQuery(wireName(name))
    }

    func paging(_ name: String) throws -> CursorPaging? {
        try request.pagingQuery(wireName(name))
    }

    func mediaTypes(_ name: String) -> [MediaType]? {
        request.mediaTypesQuery(wireName(name))
    }

    /// The JSON body, with the path parameter of the builder's input `pathInput` bound into the body field
    /// its placeholder names (`{folder.id}` → `folder.id`) when the body leaves it out.
    func body<Body: Decodable>(_ type: Body.Type, bindingPathInput pathInput: String) throws -> Body {
        try request.body(type, binding: path(pathInput), to: wireName(pathInput))
    }
}
