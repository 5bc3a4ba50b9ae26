/// The one place a generation's stages report problems to, instead of each keeping (or sharing) its own
/// list: the translators report warnings and errors as they find them, and the translator decides at
/// the end whether the generation fails. One instance per generation; reports keep their order.
final class DiagnosticCollector {
    private(set) var errors: [Diagnostic] = []
    private(set) var warnings: [Diagnostic] = []
    /// Errors already reported: one problem deep inside a chain of schemas fails each schema that
    /// leads to it, and is reported once.
    private var reportedErrors: Set<Diagnostic> = []

    func warn(_ warning: Diagnostic) {
        warnings.append(warning)
    }

    func report(_ error: Diagnostic) {
        reportedErrors.insert(error)
        errors.append(error)
    }

    /// Reports `error` unless the very same error was reported before.
    func reportOnce(_ error: Diagnostic) {
        guard !reportedErrors.contains(error) else { return }
        report(error)
    }
}
