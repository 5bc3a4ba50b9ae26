import Foundation
import WixMedia

/// Every Files and Folders endpoint of `Schema/wix-media.openapi.json`, plus the upload host's.
enum Routes {
    static let all: [Route] = files + DeprecatedRoutes.routes(of: DeprecatedRoutes.self) + folders + UploadRoutes.all

    /// The routes with literal segments first, so that `/folders/search` is not taken for a folder ID.
    static let bySpecificity = all.sorted { $0.parameterCount < $1.parameterCount }

    /// The operation IDs of the schema's operations the simulator implements (all of them).
    static var schemaOperationIDs: Set<String> { Set(all.map(\.operationID)).subtracting(UploadOperation.all) }

    private static let files: [Route] = [
        Route(.post, "/site-media/v1/files/generate-upload-url", Operations.GenerateFileUploadURL.self) {
            try $0.generateFileUploadURL($1)
        },
        Route(
            .post, "/site-media/v1/files/generate-resumable-upload-url", Operations.GenerateFileResumableUploadURL.self
        ) { try $0.generateFileResumableUploadURL($1) },
        Route(.post, "/site-media/v1/files/import", Operations.ImportFile.self) { try $0.importFile($1) },
        Route(.post, "/site-media/v1/bulk/files/import-v2", Operations.BulkImportFile.self) {
            try $0.bulkImportFile($1)
        },
        Route(
            .get, "/site-media/v1/files", Operations.ListFiles.self,
            decode: { request, _ in
                Operations.ListFiles(
                    parentFolderID: request.queryValue("parentFolderId"), mediaTypes: request.mediaTypesQuery(),
                    private: try request.boolQuery("private"), sort: request.sortingQuery(),
                    paging: try request.pagingQuery())
            }, handle: { try $0.listFiles($1) }),
        Route(.post, "/site-media/v1/files/search", Operations.SearchFiles.self) { try $0.searchFiles($1) },
        Route(.post, "/site-media/v1/files/query", Operations.QueryFileDescriptors.self) {
            try $0.queryFileDescriptors($1)
        },
        Route(
            .get, "/site-media/v1/files/get-file-by-id", Operations.GetFileDescriptor.self,
            decode: { request, _ in Operations.GetFileDescriptor(fileID: try request.requiredQuery("fileId")) },
            handle: { try $0.getFileDescriptor($1) }),
        Route(.post, "/site-media/v1/files/get-files", Operations.GetFileDescriptors.self) {
            try $0.getFileDescriptors($1)
        },
        Route(.patch, "/site-media/v1/files/update-file-descriptor", Operations.UpdateFileDescriptor.self) {
            try $0.updateFileDescriptor($1)
        },
        Route(.post, "/site-media/v1/files/generate-file-download-url", Operations.GenerateFileDownloadURL.self) {
            try $0.generateFileDownloadURL($1)
        },
        Route(.post, "/site-media/v1/files/generate-download-url", Operations.GenerateFilesDownloadURL.self) {
            try $0.generateFilesDownloadURL($1)
        },
        Route(.post, "/site-media/v1/files/generate-video-stream-url", Operations.GenerateVideoStreamingURL.self) {
            try $0.generateVideoStreamingURL($1)
        },
        Route(.post, "/site-media/v1/bulk/files/delete", Operations.BulkDeleteFiles.self) {
            try $0.bulkDeleteFiles($1)
        },
        Route(.post, "/site-media/v1/bulk/trash-bin/files/restore", Operations.BulkRestoreFilesFromTrashBin.self) {
            try $0.bulkRestoreFilesFromTrashBin($1)
        },
        Route(
            .get, "/site-media/v1/trash-bin/files", Operations.ListDeletedFiles.self,
            decode: { request, _ in
                Operations.ListDeletedFiles(
                    parentFolderID: request.queryValue("parentFolderId"), mediaTypes: request.mediaTypesQuery(),
                    private: try request.boolQuery("private"), sort: request.sortingQuery(),
                    paging: try request.pagingQuery())
            }, handle: { try $0.listDeletedFiles($1) }),
    ]

    private static let folders: [Route] = [
        Route(.post, "/site-media/v1/folders", Operations.CreateFolder.self) { try $0.createFolder($1) },
        Route(
            .get, "/site-media/v1/folders", Operations.ListFolders.self,
            decode: { request, _ in
                Operations.ListFolders(
                    parentFolderID: request.queryValue("parentFolderId"), sort: request.sortingQuery(),
                    paging: try request.pagingQuery())
            }, handle: { try $0.listFolders($1) }),
        Route(
            .get, "/site-media/v1/folders/{folderId}", Operations.GetFolder.self,
            decode: { _, parameters in Operations.GetFolder(folderID: parameters[0]) },
            handle: { try $0.getFolder($1) }),
        Route(.post, "/site-media/v1/folders/search", Operations.SearchFolders.self) { try $0.searchFolders($1) },
        Route(.post, "/site-media/v1/folders/query", Operations.QueryFolders.self) { try $0.queryFolders($1) },
        Route(
            .patch, "/site-media/v1/folders/{folder.id}", Operations.UpdateFolder.self,
            decode: { request, parameters in
                Operations.UpdateFolder(
                    folderID: parameters[0],
                    body: try request.body(UpdateFolderRequest.self, binding: parameters[0], to: "folder.id"))
            }, handle: { try $0.updateFolder($1) }),
        Route(
            .post, "/site-media/v1/folders/{folderId}/generate-download-url", Operations.GenerateFolderDownloadURL.self,
            decode: { _, parameters in Operations.GenerateFolderDownloadURL(folderID: parameters[0]) },
            handle: { try $0.generateFolderDownloadURL($1) }),
        Route(.post, "/site-media/v1/bulk/folders/delete", Operations.BulkDeleteFolders.self) {
            try $0.bulkDeleteFolders($1)
        },
        Route(.post, "/site-media/v1/bulk/trash-bin/folders/restore", Operations.BulkRestoreFoldersFromTrashBin.self) {
            try $0.bulkRestoreFoldersFromTrashBin($1)
        },
        Route(
            .get, "/site-media/v1/trash-bin/folders", Operations.ListDeletedFolders.self,
            decode: { request, _ in
                Operations.ListDeletedFolders(
                    parentFolderID: request.queryValue("parentFolderId"), sort: request.sortingQuery(),
                    paging: try request.pagingQuery())
            }, handle: { try $0.listDeletedFolders($1) }),
    ]
}

/// Routes kept apart because their operations are deprecated in the schema.
protocol RouteGroup {
    static var routes: [Route] { get }
}

/// The two deprecated operations. Serving them is not deprecated, so the routes reach the rest through the
/// ``RouteGroup`` requirement, which keeps the deprecation warnings inside this type.
enum DeprecatedRoutes: RouteGroup {
    @available(*, deprecated, message: "Serves deprecated operations.")
    static var routes: [Route] {
        [
            Route(.post, "/site-media/v1/bulk/files/import", Operations.BulkImportFiles.self) {
                try $0.bulkImportFiles($1)
            },
            Route(.patch, "/site-media/v1/files/update-file", Operations.UpdateFile.self) { try $0.updateFile($1) },
        ]
    }

    static func routes<Group: RouteGroup>(of group: Group.Type) -> [Route] {
        group.routes
    }
}
