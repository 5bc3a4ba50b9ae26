import Foundation

// The baseline: what a developer would write by hand for the same JSON, with synthesized Codable. Dates are
// `Date` through the decoder's `.iso8601` strategy and sizes stay the strings they are on the wire, so the
// baseline does a little less work than the generated models (which parse RFC 3339 with fractions and int64
// strings themselves); that is the honest comparison with what people write. (`.iso8601` rejects fractional
// seconds, which Wix sometimes sends; the sample page has whole seconds only, so the baseline can read it.)

struct BaselineListFilesResponse: Codable {
    var files: [BaselineFile]?
    var nextCursor: BaselinePagingMetadata?
}

struct BaselinePagingMetadata: Codable {
    struct Cursors: Codable {
        var next: String?
    }

    var cursors: Cursors?
    var hasNext: Bool?
}

struct BaselineFile: Codable {
    var id: String
    var displayName: String?
    var url: String?
    var parentFolderId: String?
    var hash: String?
    var sizeInBytes: String?
    var `private`: Bool?
    var mediaType: String?
    var media: BaselineMedia?
    var operationStatus: String?
    var sourceUrl: String?
    var thumbnailUrl: String?
    var labels: [String]?
    var createdDate: Date?
    var updatedDate: Date?
    var siteId: String?
    var state: String?
}

struct BaselineMedia: Codable {
    var image: BaselineImageMedia?
}

struct BaselineImageMedia: Codable {
    var image: BaselineImage?
    var colors: BaselineColors?
    var faces: [BaselineFace]?
}

struct BaselineImage: Codable {
    var id: String?
    var url: String?
    var height: Int32?
    var width: Int32?
    var filename: String?
    var sizeInBytes: String?
}

struct BaselineColors: Codable {
    struct Color: Codable {
        struct RGB: Codable {
            var r: Int32?
            var g: Int32?
            var b: Int32?
        }

        var hex: String?
        var rgb: RGB?
    }

    var prominent: Color?
    var palette: [Color]?
}

struct BaselineFace: Codable {
    var confidence: Double?
    var x: Int32?
    var y: Int32?
    var height: Int32?
    var width: Int32?
}
