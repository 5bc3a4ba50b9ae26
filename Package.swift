// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "wix-media-swift",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "WixMedia", targets: ["WixMedia"]),
        // The API-agnostic runtime on its own, for code the generator makes from any OpenAPI document.
        .library(name: "OpenAPIClientKit", targets: ["OpenAPIClientKit"]),
        .executable(name: "generator", targets: ["generator"]),
        // `swift package generate-openapi-code`: the generator over each target's `openapi.yaml`, into its
        // `Generated` folder, or `--check` that the committed code is current.
        .plugin(name: "GenerateOpenAPICode", targets: ["GenerateOpenAPICode"]),
        .executable(name: "wix-media-simulator", targets: ["wix-media-simulator"]),
        // The simulator in-process, for the test targets of apps that use WixMedia.
        .library(name: "WixMediaTesting", targets: ["WixMediaTesting"]),
    ],
    targets: [
        // API-agnostic runtime the generated code builds on: request values, coding helpers, transport.
        .target(name: "OpenAPIClientKit", path: "Sources/OpenAPIClientKit"),
        // The generated Wix Media bindings plus the hand-written client around them.
        .target(name: "WixMedia", dependencies: ["OpenAPIClientKit"], path: "Sources/WixMedia"),
        // The whole generator pipeline as a library, without I/O beyond what the CLI hands it.
        .target(name: "GeneratorKit", path: "Generator/GeneratorKit"),
        .executableTarget(name: "generator", dependencies: ["GeneratorKit"], path: "Generator/CLI"),
        .plugin(
            name: "GenerateOpenAPICode",
            capability: .command(
                intent: .custom(
                    verb: "generate-openapi-code",
                    description: "Generate Swift from each target's openapi.yaml into its Generated folder"),
                permissions: [
                    .writeToPackageDirectory(
                        reason: "The generated code is written into each target's Generated folder")
                ]),
            dependencies: ["generator"], path: "Plugins/GenerateOpenAPICode"),
        .executableTarget(
            name: "generator-bench", dependencies: ["GeneratorKit"], path: "Benchmarks/GeneratorBenchmark"),
        .testTarget(
            name: "GeneratorKitTests", dependencies: ["GeneratorKit"], path: "Tests/GeneratorKitTests",
            exclude: ["Fixtures", "DiffFixtures", "YAMLTestSuite"]),
        // A loopback HTTP server, a gzip bomb builder and a peak-memory probe for tests and benchmarks.
        .target(name: "TestingSupport", path: "Tests/TestingSupport"),
        .testTarget(
            name: "OpenAPIClientKitTests", dependencies: ["OpenAPIClientKit", "TestingSupport"],
            path: "Tests/OpenAPIClientKitTests"),
        .testTarget(
            name: "WixMediaTests", dependencies: ["WixMedia", "OpenAPIClientKit", "TestingSupport"],
            path: "Tests/WixMediaTests"),
        // A local Wix Media Manager over HTTP on 127.0.0.1, speaking the schema through the generated models.
        .target(
            name: "WixMediaSimulator", dependencies: ["WixMedia", "OpenAPIClientKit"],
            path: "Simulator/WixMediaSimulator"),
        .executableTarget(name: "wix-media-simulator", dependencies: ["WixMediaSimulator"], path: "Simulator/CLI"),
        // The simulator behind an in-process HTTPTransport: no sockets, no network, no executable.
        .target(
            name: "WixMediaTesting", dependencies: ["WixMedia", "WixMediaSimulator"], path: "Simulator/WixMediaTesting"),
        // Uses only WixMediaTesting's public API, as an app's tests would.
        .testTarget(
            name: "WixMediaTestingTests", dependencies: ["WixMedia", "WixMediaTesting"],
            path: "Tests/WixMediaTestingTests"),
        .executableTarget(
            name: "client-bench", dependencies: ["WixMedia", "WixMediaSimulator"], path: "Benchmarks/ClientBenchmark"),
        // Peak memory of a 1 GiB resumable upload; the simulator runs as a child process (`make bench`).
        .executableTarget(
            name: "upload-bench", dependencies: ["WixMedia", "WixMediaSimulator", "TestingSupport"],
            path: "Benchmarks/UploadBenchmark"),
        // Peak memory of hostile responses (huge, gzip bomb, endless) against the transport's size cap.
        .executableTarget(
            name: "transport-bench", dependencies: ["OpenAPIClientKit", "TestingSupport"],
            path: "Benchmarks/TransportBenchmark"),
        // A client process that a test kills in the middle of a resumable upload, to resume it in another.
        .executableTarget(
            name: "upload-resume-helper", dependencies: ["WixMedia"], path: "Tests/UploadResumeHelper"),
        // An example app: the whole newcomer's task of issue #15, written from the README and doc comments alone;
        // its tests run it against WixMediaTesting's in-process simulator.
        .target(name: "MediaToolKit", dependencies: ["WixMedia"], path: "Examples/MediaTool/Sources/MediaToolKit"),
        .executableTarget(
            name: "media-tool", dependencies: ["MediaToolKit", "WixMedia"],
            path: "Examples/MediaTool/Sources/media-tool"),
        .testTarget(
            name: "MediaToolTests", dependencies: ["MediaToolKit", "WixMedia", "WixMediaTesting"],
            path: "Examples/MediaTool/Tests/MediaToolTests"),
        .testTarget(
            name: "WixMediaIntegrationTests", dependencies: ["WixMedia", "WixMediaSimulator", "TestingSupport"],
            path: "Tests/WixMediaIntegrationTests"),
    ]
)
