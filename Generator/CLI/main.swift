import Foundation
import GeneratorKit

/// `generator generate --schema PATH --output DIR [--check] [--strict] [--baseline OLD]` and
/// `generator diff --old OLD --new NEW [--format text|markdown|json] [--fail-on-breaking]`.
/// Exit codes: 0 success; 1 schema (or output) errors, stale files, breaking changes with
/// --fail-on-breaking; 2 usage errors.
let arguments = Array(CommandLine.arguments.dropFirst())
let status = CommandLineTool.run(arguments)
exit(status)
