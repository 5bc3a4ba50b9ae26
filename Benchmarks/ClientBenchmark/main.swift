import Foundation
import WixMedia
import WixMediaSimulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `client-bench [--rounds N] [--requests N] [--pacing-only | --decode-only]`
///
/// Figures for the client, printed as a table: decoding a 1,000-item `listFiles` page with the generated models
/// against a hand-written `Codable` baseline in the same run, building requests, requests per second against
/// the simulator on loopback, and how evenly the rate limiter paces 16 tasks against a simulator enforcing
/// Wix's limit (scaled 60×). Build it in release (`make bench`); nothing here asserts a figure.
var rounds = 7
var requestCount = 2_000
var pacingOnly = false
var decodeOnly = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--rounds": rounds = max(1, Int(arguments.popFirst() ?? "") ?? rounds)
    case "--requests": requestCount = max(1, Int(arguments.popFirst() ?? "") ?? requestCount)
    case "--pacing-only": pacingOnly = true
    case "--decode-only": decodeOnly = true
    default:
        FileHandle.standardError.write(
            Data("usage: client-bench [--rounds N] [--requests N] [--pacing-only | --decode-only]\n".utf8))
        exit(2)
    }
}

var checksum = 0
print("figure | median | unit")
print("---|---|---")
if pacingOnly {
    try await printPacing()
    exit(0)
}

// Decoding: both decoders read the same bytes; rounds alternate so drift hits both alike.
let pageItems = 1_000
let decodesPerRound = 10
let page = try samplePage(count: pageItems)
var generated = Measurement()
var baseline = Measurement()
for _ in 0..<rounds {
    checksum += try generated.round(items: pageItems * decodesPerRound) {
        try (0..<decodesPerRound).reduce(0) { sum, _ in
            sum + (try JSONDecoder().decode(ListFilesResponse.self, from: page).files?.count ?? 0)
        }
    }
    checksum += try baseline.round(items: pageItems * decodesPerRound) {
        try (0..<decodesPerRound).reduce(0) { sum, _ in
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return sum + (try decoder.decode(BaselineListFilesResponse.self, from: page).files?.count ?? 0)
        }
    }
}
let megabytes = Double(page.count) / 1_000_000
print(
    "decode listFiles page (\(pageItems) items, \(String(format: "%.2f", megabytes)) MB), generated models | \(grouped(generated.median)) | items/s"
)
print("decode listFiles page, hand-written Codable baseline | \(grouped(baseline.median)) | items/s")
print(
    "decode ratio generated / baseline (target ≥ 0.9) | \(String(format: "%.2f", generated.median / baseline.median)) | ×"
)
if decodeOnly { exit(checksum == 0 ? 1 : 0) }

// Request building: the value the client sends, with every kind of query parameter.
let builds = 100_000
let operation = Operations.ListFiles(
    parentFolderID: "25284aa06584441ea94338fdcfbaba12", mediaTypes: [.image, .video], private: false,
    sort: Sorting(fieldName: "displayName", order: .asc), paging: CursorPaging(limit: 50, cursor: "bmV4dA"))
let baseURL = URL(string: "https://www.wixapis.com")!
var building = Measurement()
var buildingURLRequests = Measurement()
for _ in 0..<rounds {
    checksum += try building.round(items: builds) {
        try (0..<builds).reduce(0) { sum, _ in sum + (try operation.makeRequest().query.items.count) }
    }
    checksum += try buildingURLRequests.round(items: builds) {
        try (0..<builds).reduce(0) { sum, _ in
            sum + (try operation.makeRequest().urlRequest(baseURL: baseURL, timeout: 60).url?.query?.count ?? 0)
        }
    }
}
print("build Operations.ListFiles(…).makeRequest() | \(grouped(building.median)) | requests/s")
print("build makeRequest() + urlRequest(baseURL:) | \(grouped(buildingURLRequests.median)) | requests/s")

// End to end: URLSessionTransport → loopback → simulator → generated decoding.
let loopback = try await measureLoopback(requests: requestCount, concurrency: 8)
print("listFiles over loopback, 1 at a time (\(requestCount) requests) | \(grouped(loopback.sequential)) | requests/s")
print("listFiles over loopback, 8 at a time (\(requestCount) requests) | \(grouped(loopback.concurrent)) | requests/s")

// Pacing: one run each, a few seconds; the rate is the figure, not a median.
try await printPacing()
print("")
print("requests the simulator counted: \(loopback.counted) of \(2 * requestCount); checksum \(checksum)")
