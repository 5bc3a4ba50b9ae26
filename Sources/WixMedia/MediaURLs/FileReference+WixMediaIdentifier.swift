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
