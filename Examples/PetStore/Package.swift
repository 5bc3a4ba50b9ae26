// swift-tools-version: 6.0
import PackageDescription

// A package that uses wix-media-swift's generator for an API of its own, as yours would: its target holds an
// OpenAPI document and the code generated from it, and depends on the runtime product alone (no WixMedia).
// `swift package --allow-writing-to-package-directory generate-openapi-code` regenerates that code, and
// `… generate-openapi-code --check` fails when it is stale (`make example-package` in the repository).
let package = Package(
    name: "PetStore",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "PetStoreKit", targets: ["PetStoreKit"])
    ],
    dependencies: [
        // Yours would be `.package(url: "https://github.com/…/wix-media-swift.git", from: "…")`; here it is the
        // checkout this example lives in, so that it needs nothing beside the repository. Named, because a path
        // dependency is otherwise known by its folder's name, which is whatever the clone was called.
        .package(name: "wix-media-swift", path: "../..")
    ],
    targets: [
        // The document is the plugin's input, not a resource of the library: excluded.
        // BEGIN README § Use the generator: target
        .target(
            name: "PetStoreKit",
            dependencies: [.product(name: "OpenAPIClientKit", package: "wix-media-swift")],
            exclude: ["openapi.yaml"]),
        // END README § Use the generator: target
        .testTarget(name: "PetStoreKitTests", dependencies: ["PetStoreKit"]),
    ]
)
