import Foundation

/// Response bodies built from the verbatim items in ``FileExamples`` where Wix printed only one item, or only
/// the SDK form.
extension FileExamples {
    /// List Files: the image item of §9 in a page with the `nextCursor` of §5.14.
    static let listFiles = #"""
        { "files": [ \#(listFilesImageItem) ],
          "nextCursor": { "cursors": { "next": "" }, "hasNext": false } }
        """#

    /// List Deleted Files: the audio item of §9 with a cursor to a further page.
    static let listDeletedFiles = #"""
        { "files": [ \#(deletedAudioItem) ],
          "nextCursor": { "cursors": { "next": "eyJmaWx0ZXIiOnsicGFyZW50Rm9sZGVySWQiOiJ0cmFzaC1yb290In19" },
                          "hasNext": true } }
        """#

    /// The Bulk Import File example of §3.4 in REST form: `id`, `createdDate`, `updatedDate` instead of the SDK's
    /// `_id`, `_createdDate`, `_updatedDate`, as §3.4 says REST uses.
    static let bulkImport =
        bulkImportSDKForm
        .replacingOccurrences(of: #""_id""#, with: #""id""#)
        .replacingOccurrences(of: #""_createdDate""#, with: #""createdDate""#)
        .replacingOccurrences(of: #""_updatedDate""#, with: #""updatedDate""#)
}

/// The text of the member `name` of an example such as `{ "file": … }`, to reuse it in a list.
func member(_ name: String, of json: String) throws -> String {
    guard let object = try WireJSON(Data(json.utf8))[.member(name)] else {
        throw TestFailure("the example has no member \(name)")
    }
    return WireJSON.canonical(object)
}
