import Foundation
import WixMedia

/// Every Files and Folders operation of `Schema/wix-media.openapi.json`, at the endpoints the generated request
/// builders state, plus the upload host's endpoints.
enum Routes {
    static let all: [Route] = files + DeprecatedRoutes.routes(of: DeprecatedRoutes.self) + folders + UploadRoutes.all

    /// The routes with literal segments first, so that `/folders/search` is not taken for a folder ID.
    static let bySpecificity = all.sorted { $0.parameterCount < $1.parameterCount }

    /// The operation IDs of the schema's operations the simulator implements (all of them).
    static var schemaOperationIDs: Set<String> { Set(all.map(\.operationID)).subtracting(UploadOperation.all) }

    // Each route's method and path, and each input's wire name, come from the generated request builder
    // (`APIEndpoint`); only what the simulator does with the operation is written here.
    private static let files: [Route] = [
        Route(Operations.GenerateFileUploadURL.self) { try $0.generateFileUploadURL($1) },
        Route(Operations.GenerateFileResumableUploadURL.self) { try $0.generateFileResumableUploadURL($1) },
        Route(Operations.ImportFile.self) { try $0.importFile($1) },
        Route(Operations.BulkImportFile.self) { try $0.bulkImportFile($1) },
        Route(
            Operations.ListFiles.self,
            decode: { inputs in
                Operations.ListFiles(
                    parentFolderID: inputs.query("parentFolderID"), mediaTypes: inputs.mediaTypes("mediaTypes"),
                    private: try inputs.bool("private"), sort: inputs.sorting("sort"),
                    paging: try inputs.paging("paging"))
            }, handle: { try $0.listFiles($1) }),
        Route(Operations.SearchFiles.self) { try $0.searchFiles($1) },
        Route(Operations.QueryFileDescriptors.self) { try $0.queryFileDescriptors($1) },
        Route(
            Operations.GetFileDescriptor.self,
            decode: { inputs in Operations.GetFileDescriptor(fileID: try inputs.requiredQuery("fileID")) },
            handle: { try $0.getFileDescriptor($1) }),
        Route(Operations.GetFileDescriptors.self) { try $0.getFileDescriptors($1) },
        Route(Operations.UpdateFileDescriptor.self) { try $0.updateFileDescriptor($1) },
        Route(Operations.GenerateFileDownloadURL.self) { try $0.generateFileDownloadURL($1) },
        Route(Operations.GenerateFilesDownloadURL.self) { try $0.generateFilesDownloadURL($1) },
        Route(Operations.GenerateVideoStreamingURL.self) { try $0.generateVideoStreamingURL($1) },
        Route(Operations.BulkDeleteFiles.self) { try $0.bulkDeleteFiles($1) },
        Route(Operations.BulkRestoreFilesFromTrashBin.self) { try $0.bulkRestoreFilesFromTrashBin($1) },
        Route(
            Operations.ListDeletedFiles.self,
            decode: { inputs in
                Operations.ListDeletedFiles(
                    parentFolderID: inputs.query("parentFolderID"), mediaTypes: inputs.mediaTypes("mediaTypes"),
                    private: try inputs.bool("private"), sort: inputs.sorting("sort"),
                    paging: try inputs.paging("paging"))
            }, handle: { try $0.listDeletedFiles($1) }),
    ]

    private static let folders: [Route] = [
        Route(Operations.CreateFolder.self) { try $0.createFolder($1) },
        Route(
            Operations.ListFolders.self,
            decode: { inputs in
                Operations.ListFolders(
                    parentFolderID: inputs.query("parentFolderID"), sort: inputs.sorting("sort"),
                    paging: try inputs.paging("paging"))
            }, handle: { try $0.listFolders($1) }),
        Route(
            Operations.GetFolder.self, decode: { inputs in Operations.GetFolder(folderID: inputs.path("folderID")) },
            handle: { try $0.getFolder($1) }),
        Route(Operations.SearchFolders.self) { try $0.searchFolders($1) },
        Route(Operations.QueryFolders.self) { try $0.queryFolders($1) },
        Route(
            Operations.UpdateFolder.self,
            decode: { inputs in
                Operations.UpdateFolder(
                    folderID: inputs.path("folderID"),
                    body: try inputs.body(UpdateFolderRequest.self, bindingPathInput: "folderID"))
            }, handle: { try $0.updateFolder($1) }),
        Route(
            Operations.GenerateFolderDownloadURL.self,
            decode: { inputs in Operations.GenerateFolderDownloadURL(folderID: inputs.path("folderID")) },
            handle: { try $0.generateFolderDownloadURL($1) }),
        Route(Operations.BulkDeleteFolders.self) { try $0.bulkDeleteFolders($1) },
        Route(Operations.BulkRestoreFoldersFromTrashBin.self) { try $0.bulkRestoreFoldersFromTrashBin($1) },
        Route(
            Operations.ListDeletedFolders.self,
            decode: { inputs in
                Operations.ListDeletedFolders(
                    parentFolderID: inputs.query("parentFolderID"), sort: inputs.sorting("sort"),
                    paging: try inputs.paging("paging"))
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
            Route(Operations.BulkImportFiles.self) { try $0.bulkImportFiles($1) },
            Route(Operations.UpdateFile.self) { try $0.updateFile($1) },
        ]
    }

    static func routes<Group: RouteGroup>(of group: Group.Type) -> [Route] {
        group.routes
    }
}
