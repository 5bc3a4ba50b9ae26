import Foundation

/// Domain events of the Media Manager. The File Ready, File Failed and File Deleted events are verbatim from
/// `wix-media-api-facts.md` §8 (Wix's examples); the others are built from §8's table in the same shape.
enum EventExamples {
    static let fileReady = #"""
        { "id": "72b9f179-e3db-4a6c-b93z-53d05a0e5b76", "entityFqdn": "wix.media.site_media.v1.file_descriptor",
          "slug": "file_ready", "entityId": "033c14_581d63228a0346aaa42768dd15e74016~mv2.jpg",
          "actionEvent": { "bodyAsJson": { "file": { "id": "033c14_581d…~mv2.jpg", "displayName": "IMG-20230101-WA0060.jpg",
                "operationStatus": "READY", "mediaType": "IMAGE", "…": "…" },
              "triggeredByUndelete": false,
              "externalInfo": { "origin": "MyAppId", "externalIds": ["externalEntityId1"] } } },
          "eventTime": "2023-01-05T14:12:31.863Z", "triggeredByAnonymizeRequest": false }
        """#

    static let fileFailed = #"""
        { "id": "c2f0051a-…", "entityFqdn": "wix.media.site_media.v1.file_descriptor", "slug": "file_failed", "entityId": "a9a72e_89d5…~mv2.jpg", "actionEvent": { "bodyAsJson": { "externalInfo": { "origin": "MyAppId", "externalIds": ["externalEntityId1"] } } }, "eventTime": "2023-03-12T07:42:35.079Z", "triggeredByAnonymizeRequest": false }
        """#

    static let fileDeleted = #"""
        { "id": "5f2b8a8e-0c1d-4a55-9c36-7c1c3c7e7d01", "entityFqdn": "wix.media.site_media.v1.file_descriptor",
          "slug": "deleted", "entityId": "a9a72e_89d5…~mv2.jpg", "deletedEvent": { "movedToTrash": true },
          "eventTime": "2023-03-12T07:42:35.079Z", "triggeredByAnonymizeRequest": false }
        """#

    /// File Descriptor Updated with the file as a JSON string, the `…AsJson` form of the proto.
    static let fileUpdated = #"""
        { "id": "9e3c1f7a-2b44-4c0e-8d0f-4b7f6a1e2c33", "entityFqdn": "wix.media.site_media.v1.file_descriptor",
          "slug": "updated", "entityId": "2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg",
          "updatedEvent": { "currentEntityAsJson": "{\"id\":\"2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg\",\"displayName\":\"renamed.jpg\",\"labels\":[\"summer\"],\"sizeInBytes\":\"15359\"}" },
          "eventTime": "2023-01-05T14:12:31Z", "entityEventSequence": "7" }
        """#

    /// Folder Created, restored from the trash.
    static let folderCreated = #"""
        { "id": "0d4a3c2b-1e5f-4a6b-8c7d-9e0f1a2b3c4d", "entityFqdn": "wix.media.site_media.v1.folder",
          "slug": "created", "entityId": "d147e1ab3e8b4114ad93d13bb9e23540",
          "createdEvent": { "entityAsJson": { "id": "d147e1ab3e8b4114ad93d13bb9e23540", "displayName": "misc",
              "parentFolderId": "media-root", "createdDate": "2022-08-30T16:56:29Z", "updatedDate": "2022-08-30T16:56:29Z",
              "state": "OK" },
            "restoreInfo": { "deletedDate": "2023-02-01T10:00:00Z" } },
          "eventTime": "2023-02-03T09:30:00.000Z" }
        """#

    static let folderUpdated = #"""
        { "id": "1a2b3c4d-0000-4000-8000-000000000001", "entityFqdn": "wix.media.site_media.v1.folder",
          "slug": "updated", "entityId": "12vn4498977596aeebcf5c41eca01c0d99667ac9",
          "updatedEvent": { "currentEntity": { "id": "12vn4498977596aeebcf5c41eca01c0d99667ac9",
              "displayName": "New Folder Name", "parentFolderId": "media-root" } },
          "eventTime": "2022-08-30T17:09:48.000Z" }
        """#

    static let folderDeleted = #"""
        { "id": "1a2b3c4d-0000-4000-8000-000000000002", "entityFqdn": "wix.media.site_media.v1.folder",
          "slug": "deleted", "entityId": "25284aa06584441ea94338fdcfbaba12", "deletedEvent": { "movedToTrash": false },
          "eventTime": "2022-08-30T17:10:00.000Z" }
        """#

    static let instanceID = "b41f8b2e-7a0c-4f52-a2f1-7ab0f3a1d9c4"

    /// The envelope Wix's SDK reads from a webhook JWT's `data`: `identity` and `data` are JSON strings.
    static func envelope(eventType: String?, domainEvent: String) -> String {
        var members: [String: Any] = [
            "instanceId": instanceID, "data": domainEvent,
            "identity": #"{"identityType":"APP","appId":"5e7b9f3a-0c1d-4e2f-8a9b-1c2d3e4f5a6b"}"#,
        ]
        members["eventType"] = eventType
        return json(members)
    }

    /// A webhook body as Wix sends it: a JWT whose payload's `data` is the envelope as a JSON string.
    static func webhookJWT(envelope: String) -> String {
        let header = #"{"kid":"qG1kD2dz","alg":"RS256"}"#
        let payload = json(["data": envelope, "iat": 1_672_927_951, "exp": 1_672_931_551])
        return [Data(header.utf8), Data(payload.utf8), Data([0xDE, 0xAD, 0xBE, 0xEF, 0xFF])]
            .map(base64URL).joined(separator: ".")
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    private static func json(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}
