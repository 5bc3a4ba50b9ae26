// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "wix-media-swift",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "WixMedia", targets: ["WixMedia"]),
        .executable(name: "generator", targets: ["generator"]),
    ],
    targets: [
        // API-agnostic runtime the generated code builds on: request values, coding helpers, transport.
        .target(name: "APIRuntime", path: "Sources/APIRuntime"),
        // The generated Wix Media bindings plus the hand-written client around them.
        .target(name: "WixMedia", dependencies: ["APIRuntime"], path: "Sources/WixMedia"),
        // The whole generator pipeline as a library, without I/O beyond what the CLI hands it.
        .target(name: "GeneratorKit", path: "Generator/GeneratorKit"),
        .executableTarget(name: "generator", dependencies: ["GeneratorKit"], path: "Generator/CLI"),
        .executableTarget(
            name: "generator-bench", dependencies: ["GeneratorKit"], path: "Benchmarks/GeneratorBenchmark"),
        .testTarget(
            name: "GeneratorKitTests", dependencies: ["GeneratorKit"], path: "Tests/GeneratorKitTests",
            exclude: ["Fixtures", "DiffFixtures"]),
        .testTarget(name: "APIRuntimeTests", dependencies: ["APIRuntime"], path: "Tests/APIRuntimeTests"),
        .testTarget(name: "WixMediaTests", dependencies: ["WixMedia", "APIRuntime"], path: "Tests/WixMediaTests"),
    ]
)
