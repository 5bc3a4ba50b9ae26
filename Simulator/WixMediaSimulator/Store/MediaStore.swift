import OpenAPIClientKit
import WixMedia

/// The simulator's in-memory Media Manager, safe to use from any thread.
///
/// Tests read it to check what a sequence of calls left behind, independently of the API.
public final class MediaStore: Sendable {
    private let state: Locked<MediaState>

    init(_ state: MediaState) {
        self.state = Locked(state)
    }

    /// Runs `body` with exclusive access to the state.
    func withState<Result>(_ body: (inout MediaState) throws -> Result) rethrows -> Result {
        try state.withLock(body)
    }

    /// Every file, live or in the trash, as the API would return it.
    public var files: [FileDescriptor] {
        withState { $0.files.values.map(\.descriptor).sorted { $0.id < $1.id } }
    }

    /// Every folder, live or in the trash.
    public var folders: [Folder] {
        withState { $0.folders.values.map(\.folder).sorted { $0.id < $1.id } }
    }

    /// The file with `id`, if the store has it.
    public func file(id: String) -> FileDescriptor? {
        withState { $0.files[id]?.descriptor }
    }

    /// The bytes uploaded for the file with `id`; nil for an imported file or an unknown ID.
    public func content(ofFile id: String) -> StoredContent? {
        withState { $0.files[id]?.content }
    }

    /// The folder with `id`, if the store has it.
    public func folder(id: String) -> Folder? {
        withState { $0.folders[id]?.folder }
    }
}
