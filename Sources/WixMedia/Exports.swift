// Users write `import WixMedia` only: the runtime types in the generated API (JSONValue,
// HTTPRequest, Operations' protocols) come with it.
@_exported import OpenAPIClientKit
