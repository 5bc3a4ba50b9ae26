// `import WixMediaTesting` is all a test needs: the store, fault and request-count types it reads and steers come
// with it.
@_exported import WixMediaSimulator
