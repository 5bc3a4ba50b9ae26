/// A rectangle of the original image, in its pixels, from its top-left corner: the `crop` transformation.
public struct ImageCropRegion: Sendable, Hashable {
    /// Distance of the region's left edge from the image's, in pixels.
    public var x: Int
    /// Distance of the region's top edge from the image's, in pixels.
    public var y: Int
    /// Width of the region in pixels.
    public var width: Int
    /// Height of the region in pixels.
    public var height: Int

    /// Creates a region from its top-left corner and its size, in pixels of the original image.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}
