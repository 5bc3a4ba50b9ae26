/// Where an operation's requests go and where each of its inputs travels, as the API description says:
/// what a server — a simulator, a test double — needs to route a request to the operation and read its
/// inputs back, without retyping paths and wire names that the schema already states.
public struct APIEndpoint: Sendable, Hashable {
    /// Where an input travels.
    public enum Location: String, Sendable, Hashable {
        /// A segment of the path, in place of `{wireName}` in the template.
        case path
        /// A query item (or several, for arrays and objects).
        case query
        /// A header field.
        case header
        /// A cookie, in the `Cookie` header field.
        case cookie
        /// The request body.
        case body
    }

    /// One input of a request builder: its Swift property and its name on the wire.
    public struct Input: Sendable, Hashable {
        /// The request builder's property (`parentFolderID`).
        public var name: String
        /// The name in the path template, query or header (`parentFolderId`); empty for the body.
        public var wireName: String
        /// Where it travels.
        public var location: Location

        /// An input held by the property `name`, sent as `wireName` at `location`.
        public init(name: String, wireName: String, location: Location) {
            self.name = name
            self.wireName = wireName
            self.location = location
        }

        /// A path parameter: `{wireName}` in the path template.
        public static func path(_ name: String, wireName: String) -> Input {
            Input(name: name, wireName: wireName, location: .path)
        }

        /// A query parameter.
        public static func query(_ name: String, wireName: String) -> Input {
            Input(name: name, wireName: wireName, location: .query)
        }

        /// A header.
        public static func header(_ name: String, wireName: String) -> Input {
            Input(name: name, wireName: wireName, location: .header)
        }

        /// A cookie.
        public static func cookie(_ name: String, wireName: String) -> Input {
            Input(name: name, wireName: wireName, location: .cookie)
        }

        /// The request body.
        public static func body(_ name: String) -> Input {
            Input(name: name, wireName: "", location: .body)
        }
    }

    /// The HTTP method.
    public var method: HTTPMethod
    /// The path with a `{wireName}` placeholder for each path input (`/v1/folders/{folderId}`).
    public var pathTemplate: String
    /// The request builder's inputs, in the order of its properties.
    public var inputs: [Input]

    /// The endpoint `method pathTemplate` and the operation's inputs, in the request builder's order.
    public init(_ method: HTTPMethod, _ pathTemplate: String, _ inputs: Input...) {
        self.method = method
        self.pathTemplate = pathTemplate
        self.inputs = inputs
    }

    /// The input held by the property `name`, or nil when the operation has none.
    public func input(named name: String) -> Input? {
        inputs.first { $0.name == name }
    }
}
