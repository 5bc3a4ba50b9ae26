extension ImageMedia {
    /// The media's image as a Wix media identifier (``ImageAsset/mediaIdentifier`` of ``image``); `nil` while its ID or
    /// size is unknown.
    public var mediaIdentifier: WixMediaIdentifier? { image?.mediaIdentifier }
}
