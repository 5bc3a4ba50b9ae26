import Foundation
import GeneratorKit

/// `generator generate --schema PATH --output DIR [--check] [--strict]`.
/// Exit codes: 0 success, 1 schema (or output) errors and stale files, 2 usage errors.
let arguments = Array(CommandLine.arguments.dropFirst())
let status = CommandLineTool.run(arguments)
exit(status)
