// Requests whose file ID fields take "a file ID or a Wix media URL" (the schema's words) read them as
// identifiers here. Each accessor is one line over `parseIfIdentifier(s)`: an extension of an internal
// protocol could not make them public.

extension GenerateFileDownloadURLRequest {
    /// `fileID` read as a Wix media identifier; `nil` when it is a plain file ID.
    ///
    /// - Throws: ``WixMediaIdentifierError`` when `fileID` starts like an identifier but is not a valid one.
    public var fileMediaIdentifier: WixMediaIdentifier? {
        get throws(WixMediaIdentifierError) { try WixMediaIdentifier.parseIfIdentifier(fileID) }
    }
}

extension GenerateVideoStreamingURLRequest {
    /// `fileID` read as a Wix media identifier; `nil` when it is a plain file ID.
    ///
    /// - Throws: ``WixMediaIdentifierError`` when `fileID` starts like an identifier but is not a valid one.
    public var fileMediaIdentifier: WixMediaIdentifier? {
        get throws(WixMediaIdentifierError) { try WixMediaIdentifier.parseIfIdentifier(fileID) }
    }
}

extension GetFileDescriptorsRequest {
    /// `fileIDs` read as Wix media identifiers, in their order; `nil` for each plain file ID.
    ///
    /// - Throws: ``WixMediaIdentifierError`` for the first entry that starts like an identifier but is not one.
    public var fileMediaIdentifiers: [WixMediaIdentifier?] {
        get throws(WixMediaIdentifierError) { try WixMediaIdentifier.parseIfIdentifiers(fileIDs) }
    }
}

extension GenerateFilesDownloadURLRequest {
    /// `fileIDs` read as Wix media identifiers, in their order; `nil` for each plain file ID.
    ///
    /// - Throws: ``WixMediaIdentifierError`` for the first entry that starts like an identifier but is not one.
    public var fileMediaIdentifiers: [WixMediaIdentifier?] {
        get throws(WixMediaIdentifierError) { try WixMediaIdentifier.parseIfIdentifiers(fileIDs) }
    }
}

extension BulkDeleteFilesRequest {
    /// `fileIDs` read as Wix media identifiers, in their order; `nil` for each plain file ID.
    ///
    /// - Throws: ``WixMediaIdentifierError`` for the first entry that starts like an identifier but is not one.
    public var fileMediaIdentifiers: [WixMediaIdentifier?] {
        get throws(WixMediaIdentifierError) { try WixMediaIdentifier.parseIfIdentifiers(fileIDs) }
    }
}

extension BulkRestoreFilesFromTrashBinRequest {
    /// `fileIDs` read as Wix media identifiers, in their order; `nil` for each plain file ID.
    ///
    /// - Throws: ``WixMediaIdentifierError`` for the first entry that starts like an identifier but is not one.
    public var fileMediaIdentifiers: [WixMediaIdentifier?] {
        get throws(WixMediaIdentifierError) { try WixMediaIdentifier.parseIfIdentifiers(fileIDs) }
    }
}
